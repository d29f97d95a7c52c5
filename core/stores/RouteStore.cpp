#include "stores/RouteStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"

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
    if (Status read = sql::forEachRow(q,
                                      [&](const SqlRow& row) {
                                          positions.insert(row.integer("customer_id"),
                                                           int(row.integer("position")));
                                      });
        !read)
        return read.error();
    return positions;
}

Status RouteStore::setOrder(const QList<qint64>& customers)
{
    QSqlQuery q(m_database.connection());
    q.prepare(m_database.dialect().upsert(
        QStringLiteral("route_stops"), {QStringLiteral("customer_id"), QStringLiteral("position")},
        {QStringLiteral("customer_id")}, QStringLiteral("position = excluded.position")));
    for (qsizetype i = 0; i < customers.size(); ++i) {
        q.bindValue(QStringLiteral(":customer_id"), customers.at(i));
        q.bindValue(QStringLiteral(":position"), int(i + 1));
        if (!q.exec())
            return SqlError::from(q);
    }
    return {};
}

} // namespace setia
