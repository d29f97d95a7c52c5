#pragma once

#include "domain/BusinessProfile.h"
#include "domain/CustomerCard.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>

namespace setia {

// The printed customer record card (kartu pelanggan, SPEC §4): the customer's details,
// every transaction with the running receivable balance, totals, favourite items and the
// aging strip, under the business's letterhead. The same document goes to PDF, the printer
// and the CLI.
class CustomerCardReport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCardReport)

public:
    static ReportDocument build(const CustomerCard& card, const BusinessProfile& business,
                                const QDateTime& printedAt);
};

} // namespace setia
