#pragma once

#include "common/Result.h"
#include "domain/TargetSheet.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>

namespace setia {

class CsvWriter;
class Database;
class PaymentService;
class ReceivableListQuery;
class RouteStore;
class TargetQuery;

// The daily sales target sheet (SPEC §7): who is due on a day, what to offer them and what
// to collect, one section per salesperson; as a CSV (SPEC §8) and as a printed report.
class TargetSheetService
{
    Q_DECLARE_TR_FUNCTIONS(TargetSheetService)

public:
    TargetSheetService(Database& database, const TargetQuery& query, RouteStore& routes,
                       const ReceivableListQuery& receivables, const PaymentService& payments);

    // `salesperson` and `area` empty: everyone. Sections by salesperson; customers by area,
    // route position (remembered by saveRoute), then name.
    Result<TargetSheet> sheet(const QDate& day, const QString& salesperson,
                              const QString& area = {}) const;
    // One customer's row as if due on `day`, to add to a sheet by hand.
    Result<TargetCustomer> customerFor(qint64 customerId, const QDate& day) const;
    Result<QStringList> salespeople() const;
    Result<QStringList> areas() const;
    // Remembers `customers` in this visiting order for the next sheets.
    Status saveRoute(const QList<qint64>& customers);

    // SPEC §8: one row per suggested item, cross-sell left out; a due customer without a
    // suggestion has one row with empty product cells.
    static void writeCsv(CsvWriter& writer, const TargetSheet& sheet);
    // A4 or F4 landscape; each salesperson's section starts a page.
    static ReportDocument report(const TargetSheet& sheet, const BusinessProfile& business,
                                 const QDateTime& printedAt);

private:
    // Last sale, suggested items, cross-sell and receivables of each of `customers`.
    Status fill(QList<TargetCustomer>& customers, const QDate& day) const;

    Database& m_database;
    const TargetQuery& m_query;
    RouteStore& m_routes;
    const ReceivableListQuery& m_receivables;
    const PaymentService& m_payments;
};

} // namespace setia
