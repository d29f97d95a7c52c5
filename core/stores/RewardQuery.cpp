#include "stores/RewardQuery.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
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
    const QString join = m_database.dialect().orderedJoin();
    free.prepare(
        QStringLiteral("SELECT s.customer_id AS customer_id,"
                       " sum(l.quantity_milli * l.unit_cost) AS cost_milli"
                       " FROM sale_lines l %1 sales s ON s.id = l.sale_id"
                       " WHERE l.amount = 0 AND l.discount > 0 AND s.voided = 0"
                       "  AND s.customer_id IS NOT NULL AND s.sale_date BETWEEN :from AND :to"
                       " GROUP BY s.customer_id")
            .arg(join));
    free.bindValue(QStringLiteral(":from"), isoTime::date(from));
    free.bindValue(QStringLiteral(":to"), isoTime::date(to));
    if (!free.exec())
        return SqlError::from(free);
    if (Status read = sql::forEachRow(free,
                                      [&](const SqlRow& row) {
                                          costs[row.integer("customer_id")].freeCostMilli =
                                              row.integer("cost_milli");
                                      });
        !read)
        return read.error();

    QSqlQuery points(m_database.connection());
    points.setForwardOnly(true);
    points.prepare(QStringLiteral("SELECT e.customer_id AS customer_id, sum(e.rupiah) AS rupiah"
                                  " FROM loyalty_entries e %1 sales s ON s.id = e.sale_id"
                                  " WHERE e.kind = 'redeem' AND s.voided = 0"
                                  " AND s.sale_date BETWEEN :from AND :to GROUP BY e.customer_id")
                       .arg(join));
    points.bindValue(QStringLiteral(":from"), isoTime::date(from));
    points.bindValue(QStringLiteral(":to"), isoTime::date(to));
    if (!points.exec())
        return SqlError::from(points);
    if (Status read = sql::forEachRow(points,
                                      [&](const SqlRow& row) {
                                          costs[row.integer("customer_id")].pointDiscounts =
                                              row.integer("rupiah");
                                      });
        !read)
        return read.error();
    return costs;
}

} // namespace setia
