#pragma once

#include "analytics/Segmentation.h"
#include "common/Result.h"

#include <QList>

namespace setia {

class Database;
class ReceivableListQuery;

// What every non-archived customer did up to a date, for the measures of SPEC §5: one pass
// over the sales' covering index (sales_activity) grouped by customer, and the credit
// status of everyone who owes. By member code.
class SegmentQuery
{
public:
    SegmentQuery(Database& database, const ReceivableListQuery& receivables);

    Result<QList<CustomerActivity>> activity(const QDate& asOf) const;

private:
    Database& m_database;
    const ReceivableListQuery& m_receivables;
};

} // namespace setia
