#pragma once

#include "analytics/TicketClock.h"
#include "domain/Ticket.h"

#include <QList>

namespace setia {

// A ticket with its steps and its clock as they stand now.
struct TicketDetails
{
    Ticket ticket;
    QList<TicketEvent> events; // in the order they were taken
    TicketClock clock;
};

} // namespace setia
