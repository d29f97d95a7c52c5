#pragma once

#include "common/Result.h"
#include "domain/Loyalty.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace setia {

class Database;

// One line of a sales summary: a customer, a product or a period.
struct SalesSummaryRow
{
    QString key;  // member code, SKU or period ("2026-11-22", "2026-11"); empty for walk-ins
    QString name; // customer or product name; empty for periods
    qint64 sales = 0;
    qint64 quantityMilli = 0; // products only
    qint64 amount = 0;        // revenue; for products the lines' amounts
};

enum class SalesGrouping { Customer, Product, Day, Month };

// A loyalty member's entries and spending, for the members report.
struct MemberPoints
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString phone;
    QList<LoyaltyEntry> entries; // up to the day, oldest first
    qint64 spend365 = 0;         // revenue of the 365 days before the day
};

// The aggregate reads of the report centre.
class ReportQuery
{
public:
    explicit ReportQuery(Database& database);

    // Non-voided sales dated from `from` to `to`, grouped; largest amount first, periods in
    // date order.
    Result<QList<SalesSummaryRow>> sales(SalesGrouping grouping, const QDate& from,
                                         const QDate& to) const;
    // Every non-archived customer with a loyalty entry, by member code.
    Result<QList<MemberPoints>> members(const QDate& day) const;

private:
    Database& m_database;
};

} // namespace setia
