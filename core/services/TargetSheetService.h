#pragma once

#include "common/Result.h"
#include "domain/TargetSheet.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>

namespace setia {

class CsvWriter;
class PaymentService;
class ReceivableListQuery;
class TargetQuery;

// The daily sales target sheet (SPEC §7): who is due on a day, what to offer them and what
// to collect, one section per salesperson; as a CSV (SPEC §8) and as a printed report.
class TargetSheetService
{
    Q_DECLARE_TR_FUNCTIONS(TargetSheetService)

public:
    TargetSheetService(const TargetQuery& query, const ReceivableListQuery& receivables,
                       const PaymentService& payments);

    // `salesperson` empty: everyone. Sections by salesperson; customers by area, then name.
    Result<TargetSheet> sheet(const QDate& day, const QString& salesperson) const;

    // SPEC §8: one row per suggested item, cross-sell left out; a due customer without a
    // suggestion has one row with empty product cells.
    static void writeCsv(CsvWriter& writer, const TargetSheet& sheet);
    // A4 or F4 landscape; each salesperson's section starts a page.
    static ReportDocument report(const TargetSheet& sheet, const BusinessProfile& business,
                                 const QDateTime& printedAt);

private:
    const TargetQuery& m_query;
    const ReceivableListQuery& m_receivables;
    const PaymentService& m_payments;
};

} // namespace setia
