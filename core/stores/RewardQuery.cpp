#include "stores/RewardQuery.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "domain/IsoTime.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {

RewardQuery::RewardQuery(Database& database)
    : m_database(database)
{}

Result<QHash<qint64, RewardCost>> RewardQuery::costs(const QDate& from, const QDate& to) const
{
    QHash<qint64, RewardCost> costs;
    QSqlQuery free(m_database.connection());
    free.setForwardOnly(true);
    // A free line is discounted whole: it has an amount of 0 and a discount.
    free.prepare(
        QStringLiteral("SELECT s.customer_id, sum(l.quantity_milli * l.unit_cost)"
                       " FROM sale_lines l CROSS JOIN sales s ON s.id = l.sale_id"
                       " WHERE l.amount = 0 AND l.discount > 0 AND s.voided = 0"
                       "  AND s.customer_id IS NOT NULL AND s.sale_date BETWEEN :from AND :to"
                       " GROUP BY s.customer_id"));
    free.bindValue(QStringLiteral(":from"), isoTime::date(from));
    free.bindValue(QStringLiteral(":to"), isoTime::date(to));
    if (!free.exec())
        return SqlError::from(free);
    while (free.next())
        costs[free.value(0).toLongLong()].freeCostMilli = free.value(1).toLongLong();

    QSqlQuery points(m_database.connection());
    points.setForwardOnly(true);
    points.prepare(QStringLiteral(
        "SELECT e.customer_id, sum(e.rupiah) FROM loyalty_entries e"
        " CROSS JOIN sales s ON s.id = e.sale_id"
        " WHERE e.kind = 'redeem' AND s.voided = 0 AND s.sale_date BETWEEN :from AND :to"
        " GROUP BY e.customer_id"));
    points.bindValue(QStringLiteral(":from"), isoTime::date(from));
    points.bindValue(QStringLiteral(":to"), isoTime::date(to));
    if (!points.exec())
        return SqlError::from(points);
    while (points.next())
        costs[points.value(0).toLongLong()].pointDiscounts = points.value(1).toLongLong();
    return costs;
}

} // namespace setia
