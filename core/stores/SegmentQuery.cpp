#include "stores/SegmentQuery.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlitePlatform.h"
#include "domain/IsoTime.h"
#include "stores/ReceivableListQuery.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSqlQuery>
#include <QThread>

#include <memory>

namespace setia {
namespace {

// Every customer's sales up to the as-of date, grouped, from the covering index alone.
const QString salesSql =
    QStringLiteral("SELECT customer_id, min(sale_date), max(sale_date), sum(sale_date >= ?1),"
                   " sum(revenue) FILTER (WHERE sale_date >= ?1),"
                   " sum(cost_milli) FILTER (WHERE sale_date >= ?1),"
                   " sum(revenue) FILTER (WHERE sale_date >= ?2),"
                   " sum(revenue) FILTER (WHERE sale_date >= ?3 AND sale_date < ?2),"
                   " count(*), sum(revenue), sum(cost_milli)"
                   " FROM sales WHERE voided = 0 AND customer_id IS NOT NULL AND sale_date <= ?4"
                   " GROUP BY customer_id");

// What the customer record says, for every non-archived customer, by member code.
const QString customersSql = QStringLiteral(
    "SELECT id, code, name, bad, kind, phone, city, area, customer_type, source, salesperson,"
    " tags, joined FROM customers WHERE archived = 0 ORDER BY code");

// A YYYY-MM-DD column read without QDate's general parser (a third of a million per run);
// invalid for NULL or anything else.
QDate dateOf(const sqlite::FastStatement& q, int column)
{
    const QString text = q.columnText(column);
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    const auto number = [&text](qsizetype from, qsizetype size) {
        int value = 0;
        for (qsizetype i = from; i < from + size; ++i)
            value = value * 10 + (text.at(i).unicode() - u'0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

// The grouped sales up to `asOf`, by customer id, in a CustomerActivity each.
Result<QHash<qint64, CustomerActivity>> readSales(const QSqlDatabase& db, const QDate& asOf)
{
    auto prepared = sqlite::FastStatement::prepare(db, salesSql);
    if (!prepared)
        return prepared.error();
    sqlite::FastStatement& q = **prepared;
    q.bind(1, isoTime::date(asOf.addDays(-365)));
    q.bind(2, isoTime::date(asOf.addDays(-90)));
    q.bind(3, isoTime::date(asOf.addDays(-180)));
    q.bind(4, isoTime::date(asOf));
    QHash<qint64, CustomerActivity> sales;
    if (Status read = q.forEach([&] {
            CustomerActivity a;
            a.customerId = q.columnInt(0);
            a.firstSale = dateOf(q, 1);
            a.lastSale = dateOf(q, 2);
            a.frequency = q.columnInt(3);
            a.revenue = q.columnInt(4);
            a.costMilli = q.columnInt(5);
            a.revenue90 = q.columnInt(6);
            a.revenuePrev90 = q.columnInt(7);
            a.salesEver = q.columnInt(8);
            a.revenueEver = q.columnInt(9);
            a.costMilliEver = q.columnInt(10);
            sales.insert(a.customerId, a);
        });
        !read)
        return read.error();
    return sales;
}

// Every non-archived customer as the record says, by member code; no sales yet.
Result<QList<CustomerActivity>> readCustomers(const QSqlDatabase& db)
{
    auto prepared = sqlite::FastStatement::prepare(db, customersSql);
    if (!prepared)
        return prepared.error();
    sqlite::FastStatement& q = **prepared;
    const QString separator = QStringLiteral(", ");
    QList<CustomerActivity> customers;
    if (Status read = q.forEach([&] {
            CustomerActivity a;
            a.customerId = q.columnInt(0);
            a.code = q.columnText(1);
            a.name = q.columnText(2);
            a.bad = q.columnInt(3) != 0;
            a.kind = customer::kindFromId(q.columnText(4));
            a.phone = q.columnText(5);
            a.city = q.columnText(6);
            a.area = q.columnText(7);
            a.type = q.columnText(8);
            a.source = q.columnText(9);
            a.salesperson = q.columnText(10);
            const QString tags = q.columnText(11);
            if (!tags.isEmpty())
                a.tags = tags.split(separator);
            a.joined = dateOf(q, 12);
            customers.append(std::move(a));
        });
        !read)
        return read.error();
    return customers;
}

// The same through a read-only connection of its own, for a thread of its own; nullopt when
// that connection cannot be opened (the caller reads through its own instead).
std::optional<Result<QHash<qint64, CustomerActivity>>> readSalesApart(const QString& path,
                                                                      const QDate& asOf)
{
    static QAtomicInteger<int> connections;
    const QString name = QStringLiteral("setia-segments-%1").arg(connections.fetchAndAddRelaxed(1));
    std::optional<Result<QHash<qint64, CustomerActivity>>> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            // As Setia's own connection reads: through a memory map, without copying pages.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
            result = readSales(db, asOf);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
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
    std::optional<Result<QHash<qint64, CustomerActivity>>> apart;
    std::unique_ptr<QThread> worker;
    if (m_database.path() != QLatin1String(":memory:")) {
        worker.reset(QThread::create(
            [&apart, path = m_database.path(), asOf] { apart = readSalesApart(path, asOf); }));
        worker->start();
    }
    auto customers = readCustomers(m_database.connection());
    auto debtors = m_receivables.debtors(asOf);
    if (worker)
        worker->wait();
    Result<QHash<qint64, CustomerActivity>> sales =
        apart ? std::move(*apart) : readSales(m_database.connection(), asOf);
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
