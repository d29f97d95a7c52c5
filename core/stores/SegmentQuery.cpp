#include "stores/SegmentQuery.h"

#include "db/Database.h"
#include "db/ReadApart.h"
#include "db/SqlDialect.h"
#include "domain/IsoTime.h"
#include "stores/ReceivableListQuery.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>

namespace setia {
namespace {

// Every customer's sales up to the as-of date, grouped, from the covering index alone. The
// parameters: the first day of the window (three times), of the last 90 days (twice), of
// the 90 days before those, and the as-of date.
const QString salesSql = QStringLiteral(
    "SELECT customer_id, min(sale_date) AS first_sale, max(sale_date) AS last_sale,"
    " count(*) FILTER (WHERE sale_date >= ?) AS frequency,"
    " sum(revenue) FILTER (WHERE sale_date >= ?) AS revenue,"
    " sum(cost_milli) FILTER (WHERE sale_date >= ?) AS cost_milli,"
    " sum(revenue) FILTER (WHERE sale_date >= ?) AS revenue_90,"
    " sum(revenue) FILTER (WHERE sale_date >= ? AND sale_date < ?) AS revenue_prev_90,"
    " count(*) AS sales_ever, sum(revenue) AS revenue_ever, sum(cost_milli) AS cost_milli_ever"
    " FROM sales WHERE voided = 0 AND customer_id IS NOT NULL AND sale_date <= ?"
    " GROUP BY customer_id");

// What the customer record says, for every non-archived customer, by member code.
const QString customersSql = QStringLiteral(
    "SELECT id, code, name, bad, kind, phone, city, area, customer_type, source, salesperson,"
    " tags, joined FROM customers WHERE archived = 0 ORDER BY code");

// The grouped sales up to `asOf`, by customer id, in a CustomerActivity each.
Result<QHash<qint64, CustomerActivity>> readSales(const SqlDialect& dialect, const QSqlDatabase& db,
                                                  const QDate& asOf)
{
    auto prepared = dialect.prepare(db, salesSql);
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    const isoTime::Ascii window = isoTime::dateAscii(asOf.addDays(-365));
    const isoTime::Ascii last90 = isoTime::dateAscii(asOf.addDays(-90));
    int position = 0;
    for (const isoTime::Ascii& day :
         {window, window, window, last90, isoTime::dateAscii(asOf.addDays(-180)), last90,
          isoTime::dateAscii(asOf)})
        q.bind(++position, day.view());
    // By position, found once: a million rows pass through here.
    const int customer = q.column("customer_id");
    const int firstSale = q.column("first_sale");
    const int lastSale = q.column("last_sale");
    const int frequency = q.column("frequency");
    const int revenue = q.column("revenue");
    const int costMilli = q.column("cost_milli");
    const int revenue90 = q.column("revenue_90");
    const int revenuePrev90 = q.column("revenue_prev_90");
    const int salesEver = q.column("sales_ever");
    const int revenueEver = q.column("revenue_ever");
    const int costMilliEver = q.column("cost_milli_ever");
    QHash<qint64, CustomerActivity> sales;
    if (Status read = q.forEach([&] {
            CustomerActivity a;
            a.customerId = q.integer(customer);
            a.firstSale = isoTime::parseDate(q.utf8(firstSale));
            a.lastSale = isoTime::parseDate(q.utf8(lastSale));
            a.frequency = q.integer(frequency);
            a.revenue = q.integer(revenue);
            a.costMilli = q.integer(costMilli);
            a.revenue90 = q.integer(revenue90);
            a.revenuePrev90 = q.integer(revenuePrev90);
            a.salesEver = q.integer(salesEver);
            a.revenueEver = q.integer(revenueEver);
            a.costMilliEver = q.integer(costMilliEver);
            sales.insert(a.customerId, a);
        });
        !read)
        return read.error();
    return sales;
}

// Every non-archived customer as the record says, by member code; no sales yet.
Result<QList<CustomerActivity>> readCustomers(const SqlDialect& dialect, const QSqlDatabase& db)
{
    auto prepared = dialect.prepare(db, customersSql);
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    const QString separator = QStringLiteral(", ");
    QList<CustomerActivity> customers;
    if (Status read = q.forEach([&] {
            CustomerActivity a;
            a.customerId = q.integer("id");
            a.code = q.text("code");
            a.name = q.text("name");
            a.bad = q.integer("bad") != 0;
            a.kind = customer::kindFromId(q.text("kind"));
            a.phone = q.text("phone");
            a.city = q.text("city");
            a.area = q.text("area");
            a.type = q.text("customer_type");
            a.source = q.text("source");
            a.salesperson = q.text("salesperson");
            const QString tags = q.text("tags");
            if (!tags.isEmpty())
                a.tags = tags.split(separator);
            a.joined = isoTime::parseDate(q.utf8(q.column("joined")));
            customers.append(std::move(a));
        });
        !read)
        return read.error();
    return customers;
}

} // namespace

SegmentQuery::SegmentQuery(Database& database, const ReceivableListQuery& receivables)
    : m_database(database)
    , m_receivables(receivables)
{}

Result<QList<CustomerActivity>> SegmentQuery::activity(const QDate& asOf) const
{
    // The grouped pass over the sales is independent of the rest: a file's second connection
    // groups the sales in a thread while this one reads the customers and works out who owes
    // (on two cores, those hide behind the sales' 0,6 s at 1 000 000 sales); the two meet by
    // customer id. An in-memory database has no second connection.
    const SqlDialect& dialect = m_database.dialect();
    ReadApart<QHash<qint64, CustomerActivity>> salesApart(
        m_database,
        [&dialect, asOf](const QSqlDatabase& db) { return readSales(dialect, db, asOf); });
    auto customers = readCustomers(dialect, m_database.connection());
    auto debtors = m_receivables.debtors(asOf);
    Result<QHash<qint64, CustomerActivity>> sales = salesApart.take();
    if (!customers)
        return customers.error();
    if (!debtors)
        return debtors.error();
    if (!sales)
        return sales.error();
    QHash<qint64, CreditStatus> credit;
    for (const ReceivableRow& row : std::as_const(*debtors))
        credit.insert(row.customerId, row.status);
    for (CustomerActivity& a : customers.value()) {
        if (const auto it = sales->constFind(a.customerId); it != sales->cend()) {
            const CustomerActivity& s = *it;
            a.firstSale = s.firstSale;
            a.lastSale = s.lastSale;
            a.frequency = s.frequency;
            a.revenue = s.revenue;
            a.costMilli = s.costMilli;
            a.revenue90 = s.revenue90;
            a.revenuePrev90 = s.revenuePrev90;
            a.salesEver = s.salesEver;
            a.revenueEver = s.revenueEver;
            a.costMilliEver = s.costMilliEver;
        }
        a.credit = credit.value(a.customerId, CreditStatus::Current);
    }
    return customers;
}

} // namespace setia
