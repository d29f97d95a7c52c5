#pragma once

#include "domain/BusinessProfile.h"
#include "domain/Ticket.h"
#include "reports/ReceiptRoll.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>
#include <QDateTime>

namespace setia {

// The tanda terima keluhan (SPEC §14) for the customer, as lines for a thermal roll or as an
// A5 sheet: the shop, the ticket's number and when it was received, who complained and about
// what, in their words, by when the shop will answer, and the number to name when asking
// about it.
class TicketReceipt
{
    Q_DECLARE_TR_FUNCTIONS(TicketReceipt)

public:
    explicit TicketReceipt(BusinessProfile business);

    // `answerBy`: the first-response deadline (invalid: not said).
    QStringList lines(const Ticket& ticket, const QDateTime& answerBy, ReceiptRoll roll) const;
    // The same on A5 paper, with room to sign; `printedAt` in its footer.
    ReportDocument sheet(const Ticket& ticket, const QDateTime& answerBy,
                         const QDateTime& printedAt) const;
    // A5 portrait with the report margins: what sheet() is printed on.
    static QPageLayout sheetLayout();

private:
    BusinessProfile m_business;
};

} // namespace setia
