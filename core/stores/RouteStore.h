#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>

namespace setia {

class Database;

// The order in which a salesperson visits customers (table route_stops): a position per
// customer, remembered from one target sheet to the next.
class RouteStore
{
public:
    explicit RouteStore(Database& database);

    Result<QHash<qint64, int>> positions() const;
    // `customers` in visiting order take positions 1, 2, …; others keep theirs.
    Status setOrder(const QList<qint64>& customers);

private:
    Database& m_database;
};

} // namespace setia
