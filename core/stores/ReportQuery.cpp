#include "stores/ReportQuery.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlitePlatform.h"
#include "domain/IsoTime.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {

ReportQuery::ReportQuery(Database& database)
    : m_database(database)
{}

Result<QList<SalesSummaryRow>> ReportQuery::sales(SalesGrouping grouping, const QDate& from,
                                                  const QDate& to) const
{
    // Sales of the period from the index by time: sold_at starts with the sale's date.
    QString sql;
    switch (grouping) {
    case SalesGrouping::Customer:
        sql = QStringLiteral("SELECT coalesce(c.code, ''), coalesce(c.name, ''), count(*),"
                             " 0, sum(s.revenue) FROM sales s"
                             " LEFT JOIN customers c ON c.id = s.customer_id"
                             " WHERE s.sold_at >= ?1 AND s.sold_at < ?2 AND s.voided = 0"
                             " GROUP BY s.customer_id ORDER BY 5 DESC, 1");
        break;
    case SalesGrouping::Product:
        sql = QStringLiteral("SELECT p.sku, p.name, count(DISTINCT s.id), sum(l.quantity_milli),"
                             " sum(l.amount) FROM sales s"
                             " CROSS JOIN sale_lines l ON l.sale_id = s.id"
                             " CROSS JOIN products p ON p.id = l.product_id"
                             " WHERE s.sold_at >= ?1 AND s.sold_at < ?2 AND s.voided = 0"
                             " GROUP BY l.product_id ORDER BY 5 DESC, 1");
        break;
    case SalesGrouping::Day:
    case SalesGrouping::Month:
        sql = QStringLiteral("SELECT substr(s.sold_at, 1, %1), '', count(*), 0, sum(s.revenue)"
                             " FROM sales s"
                             " WHERE s.sold_at >= ?1 AND s.sold_at < ?2 AND s.voided = 0"
                             " GROUP BY 1 ORDER BY 1")
                  .arg(grouping == SalesGrouping::Day ? 10 : 7);
        break;
    }
    auto prepared = sqlite::FastStatement::prepare(m_database.connection(), sql);
    if (!prepared)
        return prepared.error();
    sqlite::FastStatement& q = **prepared;
    q.bind(1, isoTime::date(from));
    q.bind(2, isoTime::date(to.addDays(1)));
    QList<SalesSummaryRow> rows;
    if (Status read = q.forEach([&] {
            rows.append(SalesSummaryRow{q.columnText(0), q.columnText(1), q.columnInt(2),
                                        q.columnInt(3), q.columnInt(4)});
        });
        !read)
        return read.error();
    return rows;
}

Result<QList<MemberPoints>> ReportQuery::members(const QDate& day) const
{
    auto entries = sqlite::FastStatement::prepare(
        m_database.connection(),
        QStringLiteral("SELECT c.id, c.code, c.name, c.phone, e.entry_date, e.kind, e.points"
                       " FROM customers c CROSS JOIN loyalty_entries e ON e.customer_id = c.id"
                       " WHERE c.archived = 0 AND e.entry_date <= ?1"
                       " ORDER BY c.code, e.entry_date, e.id"));
    if (!entries)
        return entries.error();
    sqlite::FastStatement& q = **entries;
    q.bind(1, isoTime::date(day));
    QList<MemberPoints> members;
    QHash<qint64, qsizetype> indexOf;
    if (Status read = q.forEach([&] {
            const qint64 id = q.columnInt(0);
            if (members.isEmpty() || members.last().customerId != id) {
                indexOf.insert(id, members.size());
                members.append(
                    MemberPoints{id, q.columnText(1), q.columnText(2), q.columnText(3), {}, 0});
            }
            LoyaltyEntry entry;
            entry.customerId = id;
            entry.date = QDate::fromString(q.columnText(4), Qt::ISODate);
            entry.kind = loyalty::kindFromId(q.columnText(5)).value_or(LoyaltyEntryKind::Adjust);
            entry.points = q.columnInt(6);
            members.last().entries.append(entry);
        });
        !read)
        return read.error();

    auto spend = sqlite::FastStatement::prepare(
        m_database.connection(),
        QStringLiteral("SELECT customer_id, sum(revenue) FROM sales"
                       " WHERE voided = 0 AND customer_id IS NOT NULL"
                       " AND sale_date >= ?1 AND sale_date <= ?2 GROUP BY customer_id"));
    if (!spend)
        return spend.error();
    (*spend)->bind(1, isoTime::date(day.addDays(-365)));
    (*spend)->bind(2, isoTime::date(day.addDays(-1)));
    sqlite::FastStatement& sums = **spend;
    if (Status read = sums.forEach([&] {
            if (const auto it = indexOf.constFind(sums.columnInt(0)); it != indexOf.cend())
                members[*it].spend365 = sums.columnInt(1);
        });
        !read)
        return read.error();
    return members;
}

} // namespace setia
