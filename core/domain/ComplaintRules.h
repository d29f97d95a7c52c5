#pragma once

#include "domain/OpeningHours.h"
#include "domain/Ticket.h"

#include <QStringList>

namespace setia {

// How complaints are handled (SPEC §14), kept in Settings: the opening hours the deadlines
// count, the hours each deadline allows, and the categories offered.
struct ComplaintRules
{
    OpeningHours hours = OpeningHours::defaults();
    int responseHours = 4;
    int resolutionHours = 48;
    int highResponseHours = 1;
    int highResolutionHours = 24;
    // The defaults' ids (ticket::defaultCategories) and the shop's own words, in the order
    // they are offered.
    QStringList categories = ticket::defaultCategories();
    // After a ticket is resolved, a follow-up to ask whether the customer is satisfied, due
    // this many days later; after a detractor's answer, one for the owner (SPEC §14).
    int satisfactionCheckDays = 2;
    int detractorFollowUpDays = 2;
    // Below this many responses a margin is not worth giving (SPEC §14: n<30).
    int minimumResponses = 30;

    int responseHoursFor(TicketPriority priority) const
    {
        return priority == TicketPriority::High ? highResponseHours : responseHours;
    }
    int resolutionHoursFor(TicketPriority priority) const
    {
        return priority == TicketPriority::High ? highResolutionHours : resolutionHours;
    }

    friend bool operator==(const ComplaintRules&, const ComplaintRules&) = default;
};

} // namespace setia
