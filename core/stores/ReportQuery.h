#pragma once

#include "common/Result.h"
#include "domain/ReportRows.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace setia {

class Database;

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
