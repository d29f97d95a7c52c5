#pragma once

#include "domain/BusinessProfile.h"
#include "domain/Ticket.h"
#include "reports/ReceiptRoll.h"

#include <QCoreApplication>
#include <QDateTime>

namespace setia {

// The tanda terima keluhan (SPEC §14) for the customer, as lines for a thermal roll: the shop,
// the ticket's number and when it was received, who complained and about what, in their
// words, by when the shop will answer, and the number to name when asking about it.
class TicketReceipt
{
    Q_DECLARE_TR_FUNCTIONS(TicketReceipt)

public:
    explicit TicketReceipt(BusinessProfile business);

    // `answerBy`: the first-response deadline (invalid: not said).
    QStringList lines(const Ticket& ticket, const QDateTime& answerBy, ReceiptRoll roll) const;

private:
    BusinessProfile m_business;
};

} // namespace setia
