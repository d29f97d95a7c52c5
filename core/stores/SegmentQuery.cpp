#include "stores/SegmentQuery.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "domain/IsoTime.h"
#include "stores/ReceivableListQuery.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace setia {

SegmentQuery::SegmentQuery(Database& database, const ReceivableListQuery& receivables)
    : m_database(database)
    , m_receivables(receivables)
{}

Result<QList<CustomerActivity>> SegmentQuery::activity(const QDate& asOf) const
{
    auto debtors = m_receivables.debtors(asOf);
    if (!debtors)
        return debtors.error();
    QHash<qint64, CreditStatus> credit;
    for (const ReceivableRow& row : std::as_const(*debtors))
        credit.insert(row.customerId, row.status);

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Sales grouped first, from the covering index alone; customers joined to the groups.
    q.prepare(QStringLiteral(
        "SELECT c.id, c.code, c.name, c.bad, a.first_sale, a.last_sale, a.frequency,"
        " a.revenue, a.cost_milli, a.revenue_90, a.revenue_prev_90, a.sales_ever,"
        " a.revenue_ever, a.cost_milli_ever, c.kind, c.phone, c.city, c.area, c.customer_type,"
        " c.source, c.salesperson, c.tags, c.joined"
        " FROM customers c LEFT JOIN ("
        "  SELECT customer_id, min(sale_date) AS first_sale, max(sale_date) AS last_sale,"
        "   sum(sale_date >= :window) AS frequency,"
        "   sum(CASE WHEN sale_date >= :window THEN revenue ELSE 0 END) AS revenue,"
        "   sum(CASE WHEN sale_date >= :window THEN cost_milli ELSE 0 END) AS cost_milli,"
        "   sum(CASE WHEN sale_date >= :recent THEN revenue ELSE 0 END) AS revenue_90,"
        "   sum(CASE WHEN sale_date >= :earlier AND sale_date < :recent"
        "    THEN revenue ELSE 0 END) AS revenue_prev_90,"
        "   count(*) AS sales_ever, sum(revenue) AS revenue_ever,"
        "   sum(cost_milli) AS cost_milli_ever"
        "  FROM sales WHERE voided = 0 AND customer_id IS NOT NULL AND sale_date <= :asOf"
        "  GROUP BY customer_id) a ON a.customer_id = c.id"
        " WHERE c.archived = 0 ORDER BY c.code"));
    q.bindValue(QStringLiteral(":window"), isoTime::date(asOf.addDays(-365)));
    q.bindValue(QStringLiteral(":recent"), isoTime::date(asOf.addDays(-90)));
    q.bindValue(QStringLiteral(":earlier"), isoTime::date(asOf.addDays(-180)));
    q.bindValue(QStringLiteral(":asOf"), isoTime::date(asOf));
    if (!q.exec())
        return SqlError::from(q);
    QList<CustomerActivity> customers;
    while (q.next()) {
        CustomerActivity a;
        a.customerId = q.value(0).toLongLong();
        a.code = q.value(1).toString();
        a.name = q.value(2).toString();
        a.bad = q.value(3).toBool();
        a.firstSale = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        a.lastSale = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        a.frequency = q.value(6).toLongLong();
        a.revenue = q.value(7).toLongLong();
        a.costMilli = q.value(8).toLongLong();
        a.revenue90 = q.value(9).toLongLong();
        a.revenuePrev90 = q.value(10).toLongLong();
        a.salesEver = q.value(11).toLongLong();
        a.revenueEver = q.value(12).toLongLong();
        a.costMilliEver = q.value(13).toLongLong();
        a.credit = credit.value(a.customerId, CreditStatus::Current);
        a.kind = customer::kindFromId(q.value(14).toString());
        a.phone = q.value(15).toString();
        a.city = q.value(16).toString();
        a.area = q.value(17).toString();
        a.type = q.value(18).toString();
        a.source = q.value(19).toString();
        a.salesperson = q.value(20).toString();
        const QString tags = q.value(21).toString();
        if (!tags.isEmpty())
            a.tags = tags.split(QStringLiteral(", "));
        a.joined = QDate::fromString(q.value(22).toString(), Qt::ISODate);
        customers.append(a);
    }
    return customers;
}

} // namespace setia
