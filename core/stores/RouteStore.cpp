#include "stores/RouteStore.h"

#include "db/Database.h"
#include "db/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {

RouteStore::RouteStore(Database& database)
    : m_database(database)
{}

Result<QHash<qint64, int>> RouteStore::positions() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT customer_id, position FROM route_stops")))
        return SqlError::from(q);
    QHash<qint64, int> positions;
    while (q.next())
        positions.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return positions;
}

Status RouteStore::setOrder(const QList<qint64>& customers)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO route_stops (customer_id, position) VALUES (?, ?)"
                       " ON CONFLICT (customer_id) DO UPDATE SET position = excluded.position"));
    for (qsizetype i = 0; i < customers.size(); ++i) {
        q.addBindValue(customers.at(i));
        q.addBindValue(int(i + 1));
        if (!q.exec())
            return SqlError::from(q);
    }
    return {};
}

} // namespace setia
