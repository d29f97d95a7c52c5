#include "stores/ReportQuery.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "domain/IsoTime.h"

#include <QSqlDatabase>

namespace setia {

ReportQuery::ReportQuery(Database& database)
    : m_database(database)
{}

Result<QList<SalesSummaryRow>> ReportQuery::sales(SalesGrouping grouping, const QDate& from,
                                                  const QDate& to) const
{
    // Sales of the period from the index by time: sold_at starts with the sale's date.
    const QString join = m_database.dialect().orderedJoin();
    QString sql;
    switch (grouping) {
    case SalesGrouping::Customer:
        sql = QStringLiteral("SELECT coalesce(c.code, '') AS group_key,"
                             " coalesce(c.name, '') AS name, count(*) AS sales,"
                             " 0 AS quantity_milli, sum(s.revenue) AS amount FROM sales s"
                             " LEFT JOIN customers c ON c.id = s.customer_id"
                             " WHERE s.sold_at >= ? AND s.sold_at < ? AND s.voided = 0"
                             " GROUP BY s.customer_id, c.code, c.name ORDER BY 5 DESC, 1");
        break;
    case SalesGrouping::Product:
        sql = QStringLiteral("SELECT p.sku AS group_key, p.name AS name,"
                             " count(DISTINCT s.id) AS sales,"
                             " sum(l.quantity_milli) AS quantity_milli, sum(l.amount) AS amount"
                             " FROM sales s %1 sale_lines l ON l.sale_id = s.id"
                             " %1 products p ON p.id = l.product_id"
                             " WHERE s.sold_at >= ? AND s.sold_at < ? AND s.voided = 0"
                             " GROUP BY l.product_id, p.sku, p.name ORDER BY 5 DESC, 1")
                  .arg(join);
        break;
    case SalesGrouping::Day:
    case SalesGrouping::Month:
        sql = QStringLiteral("SELECT substr(s.sold_at, 1, %1) AS group_key, '' AS name,"
                             " count(*) AS sales, 0 AS quantity_milli, sum(s.revenue) AS amount"
                             " FROM sales s"
                             " WHERE s.sold_at >= ? AND s.sold_at < ? AND s.voided = 0"
                             " GROUP BY 1 ORDER BY 1")
                  .arg(grouping == SalesGrouping::Day ? 10 : 7);
        break;
    }
    auto prepared = m_database.dialect().prepare(m_database.connection(), sql);
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    q.bind(1, isoTime::date(from));
    q.bind(2, isoTime::date(to.addDays(1)));
    QList<SalesSummaryRow> rows;
    if (Status read = q.forEach([&] {
            rows.append(SalesSummaryRow{q.text("group_key"), q.text("name"), q.integer("sales"),
                                        q.integer("quantity_milli"), q.integer("amount")});
        });
        !read)
        return read.error();
    return rows;
}

Result<QList<MemberPoints>> ReportQuery::members(const QDate& day) const
{
    auto entries = m_database.dialect().prepare(
        m_database.connection(),
        QStringLiteral("SELECT c.id AS id, c.code AS code, c.name AS name, c.phone AS phone,"
                       " e.entry_date AS entry_date, e.kind AS kind, e.points AS points"
                       " FROM customers c %1 loyalty_entries e ON e.customer_id = c.id"
                       " WHERE c.archived = 0 AND e.entry_date <= ?"
                       " ORDER BY c.code, e.entry_date, e.id")
            .arg(m_database.dialect().orderedJoin()));
    if (!entries)
        return entries.error();
    Statement& q = **entries;
    q.bind(1, isoTime::date(day));
    QList<MemberPoints> members;
    QHash<qint64, qsizetype> indexOf;
    if (Status read = q.forEach([&] {
            const qint64 id = q.integer("id");
            if (members.isEmpty() || members.last().customerId != id) {
                indexOf.insert(id, members.size());
                members.append(
                    MemberPoints{id, q.text("code"), q.text("name"), q.text("phone"), {}, 0});
            }
            LoyaltyEntry entry;
            entry.customerId = id;
            entry.date = isoTime::parseDate(q.utf8(q.column("entry_date")));
            entry.kind = loyalty::kindFromId(q.text("kind")).value_or(LoyaltyEntryKind::Adjust);
            entry.points = q.integer("points");
            members.last().entries.append(entry);
        });
        !read)
        return read.error();

    auto spend = m_database.dialect().prepare(
        m_database.connection(),
        QStringLiteral("SELECT customer_id, sum(revenue) AS spend FROM sales"
                       " WHERE voided = 0 AND customer_id IS NOT NULL"
                       " AND sale_date >= ? AND sale_date <= ? GROUP BY customer_id"));
    if (!spend)
        return spend.error();
    Statement& sums = **spend;
    sums.bind(1, isoTime::date(day.addDays(-365)));
    sums.bind(2, isoTime::date(day.addDays(-1)));
    if (Status read = sums.forEach([&] {
            if (const auto it = indexOf.constFind(sums.integer("customer_id"));
                it != indexOf.cend())
                members[*it].spend365 = sums.integer("spend");
        });
        !read)
        return read.error();
    return members;
}

} // namespace setia
