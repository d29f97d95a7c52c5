#pragma once

#include "analytics/TicketClock.h"
#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QString>

namespace setia {

// The translated words the complaint screens show for stored ids, and a ticket's deadline
// in words.
class TicketTexts
{
    Q_DECLARE_TR_FUNCTIONS(TicketTexts)

public:
    static QString status(TicketStatus status);
    static QString priority(TicketPriority priority);
    static QString remedy(RemedyKind remedy);
    // A default category's name ("Kualitas produk"); the shop's own words as they are.
    static QString category(const QString& category);
    // "Answer by Sen 23/11 11:30", "Late: resolution due …", "Clock stopped" (waiting for the
    // customer), "Resolved on time", "Resolved late".
    static QString deadline(const Ticket& ticket, const TicketClock& clock, const QDateTime& now);
    // What a step did, for the ticket's history and the customer's timeline.
    static QString step(const TicketEvent& event);
};

} // namespace setia
