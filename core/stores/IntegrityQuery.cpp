#include "stores/IntegrityQuery.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QSqlDatabase>

namespace setia {

IntegrityQuery::IntegrityQuery(Database& database)
    : m_database(database)
{}

Result<QStringList> IntegrityQuery::damage() const
{
    return m_database.dialect().integrityProblems(m_database.connection(), true);
}

Result<QStringList> IntegrityQuery::brokenReferences() const
{
    return m_database.dialect().foreignKeyProblems(m_database.connection());
}

Result<QList<IntegrityQuery::SaleTotals>> IntegrityQuery::salesOff() const
{
    auto prepared = m_database.dialect().prepare(
        m_database.connection(),
        QStringLiteral("SELECT s.receipt AS receipt, s.lines_total AS lines_total,"
                       " coalesce(l.total, 0) AS lines_sum, s.revenue AS revenue,"
                       " s.discount AS discount"
                       " FROM sales s LEFT JOIN (SELECT sale_id, sum(amount) AS total"
                       " FROM sale_lines GROUP BY sale_id) l ON l.sale_id = s.id"
                       " WHERE (l.sale_id IS NOT NULL AND l.total <> s.lines_total)"
                       " OR s.revenue <> s.lines_total - s.discount ORDER BY s.id"));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    QList<SaleTotals> rows;
    if (Status read = q.forEach([&] {
            rows.append(SaleTotals{q.text("receipt"), q.integer("lines_total"),
                                   q.integer("lines_sum"), q.integer("revenue"),
                                   q.integer("discount")});
        });
        !read)
        return read.error();
    return rows;
}

Result<QList<IntegrityQuery::Balance>> IntegrityQuery::negativeBalances() const
{
    auto prepared = m_database.dialect().prepare(
        m_database.connection(),
        QStringLiteral("SELECT c.code AS code, '' AS card, sum(e.points) AS balance"
                       " FROM loyalty_entries e JOIN customers c ON c.id = e.customer_id"
                       " GROUP BY e.customer_id HAVING sum(e.points) < 0"
                       " UNION ALL"
                       " SELECT c.code AS code, k.name AS card, sum(e.stamps) AS balance"
                       " FROM stamp_entries e JOIN customers c ON c.id = e.customer_id"
                       " JOIN stamp_cards k ON k.id = e.card_id"
                       " GROUP BY e.customer_id, e.card_id HAVING sum(e.stamps) < 0"
                       " ORDER BY 1, 2"));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    QList<Balance> rows;
    if (Status read = q.forEach([&] {
            rows.append(Balance{q.text("code"), q.text("card"), q.integer("balance")});
        });
        !read)
        return read.error();
    return rows;
}

} // namespace setia
