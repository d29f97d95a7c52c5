#pragma once

#include "domain/ComplaintRules.h"
#include "domain/Ticket.h"

#include <QDateTime>
#include <QList>

namespace setia {

// A ticket's two deadlines (SPEC §14) as they stand at a moment: counted in opening hours
// from when it was received, the clock stopped while it waits for the customer. A deadline
// missed stays missed once met: lateness compares when it was met with when it was due.
struct TicketClock
{
    QDateTime responseDue;   // invalid while the clock stops before it is reached
    QDateTime resolutionDue; // likewise
    bool responseLate = false;
    bool resolutionLate = false;
    bool paused = false; // waiting for the customer now
    // How long the customer waited for the first response and for the resolution, in open
    // seconds with the clock stopped while waiting (what the deadlines count); -1 until then.
    qint64 responseSeconds = -1;
    qint64 resolutionSeconds = -1;

    bool late() const { return responseLate || resolutionLate; }

    // The deadline the ticket works towards now: the first response until there is one, then
    // the resolution; invalid when finished or paused.
    static QDateTime pendingDue(const Ticket& ticket, const TicketClock& clock);
};

namespace ticketClock {

// The clock of `ticket` at `now`. `events` are its steps (any order); those that set a status
// say when it waited.
TicketClock at(const Ticket& ticket, const QList<TicketEvent>& events, const ComplaintRules& rules,
               const QDateTime& now);

} // namespace ticketClock

} // namespace setia
