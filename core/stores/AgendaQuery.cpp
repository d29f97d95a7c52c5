#include "stores/AgendaQuery.h"

#include "db/Database.h"
#include "db/IdList.h"
#include "db/ReadApart.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "domain/IsoTime.h"
#include "stores/ReceivableListQuery.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <vector>

namespace setia {
namespace {

// A customer's last sale in the window and the window's revenue.
struct SalesSummary
{
    QDate lastSale;
    qint64 windowRevenue = 0;
};
// Indexed by customer id (ids are dense: rows numbered as they were made).
using SalesByCustomer = std::vector<SalesSummary>;

// The non-voided sales of the 365-day window up to the day, in date order (the index
// sales_window): each customer's window revenue and, the dates rising, their last sale in it.
// The dates compare as the ISO text the file holds; each new one is parsed once.
Result<SalesByCustomer> readSales(const SqlDialect& dialect, const QSqlDatabase& db,
                                  const QDate& day)
{
    auto prepared =
        dialect.prepare(db, QStringLiteral("SELECT customer_id, sale_date, revenue FROM sales"
                                           " WHERE voided = 0 AND customer_id IS NOT NULL"
                                           " AND sale_date >= ? AND sale_date <= ?"));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    q.bind(1, isoTime::dateAscii(agenda::windowStart(day)).view());
    q.bind(2, isoTime::dateAscii(day).view());
    const int customer = q.column("customer_id");
    const int saleDate = q.column("sale_date");
    const int revenue = q.column("revenue");
    SalesByCustomer sales;
    std::array<char, 10> spelt{};
    QDate date;
    if (Status read = q.forEach([&] {
            const QByteArrayView stored = q.utf8(saleDate);
            const QByteArrayView day10 =
                stored.first(std::min<qsizetype>(spelt.size(), stored.size()));
            if (day10 != QByteArrayView(spelt.data(), spelt.size())) {
                spelt.fill('\0');
                std::copy(day10.begin(), day10.end(), spelt.begin());
                date = isoTime::parseDate(day10);
            }
            const auto id = std::size_t(q.integer(customer));
            if (id >= sales.size())
                sales.resize(id + 1);
            SalesSummary& summary = sales[id];
            summary.lastSale = date;
            summary.windowRevenue += q.integer(revenue);
        });
        !read)
        return read.error();
    return sales;
}

// The last sale before the window of `ids`, by customer id.
Result<QHash<qint64, QDate>> readEarlierSales(const Database& database, const QList<qint64>& ids,
                                              const QDate& windowStart)
{
    constexpr qsizetype chunk = 500;
    QHash<qint64, QDate> last;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT customer_id, max(sale_date) AS last FROM sales"
                                 " WHERE voided = 0 AND customer_id IN (%1) AND sale_date < ?"
                                 " GROUP BY customer_id")
                      .arg(sql::idList(ids.mid(from, chunk))));
        q.addBindValue(windowStart.toString(Qt::ISODate));
        if (!q.exec())
            return SqlError::from(q);
        if (Status read = sql::forEachRow(q,
                                          [&](const SqlRow& row) {
                                              last.insert(row.integer("customer_id"),
                                                          row.date("last"));
                                          });
            !read)
            return read.error();
    }
    return last;
}

// Every customer neither archived nor merged, in the table's own order: read whole, not through
// an index of archived customers (each row a seek), the archived ones passed over here.
Result<QList<AgendaCustomer>> readCustomers(const Database& database)
{
    auto prepared = database.dialect().prepare(
        database.connection(),
        QStringLiteral("SELECT id, code, name, phone, salesperson, bad, whatsapp, birthday,"
                       " joined, contact_interval, archived FROM customers"));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    const int id = q.column("id");
    const int code = q.column("code");
    const int name = q.column("name");
    const int phone = q.column("phone");
    const int salesperson = q.column("salesperson");
    const int bad = q.column("bad");
    const int whatsapp = q.column("whatsapp");
    const int birthday = q.column("birthday");
    const int joined = q.column("joined");
    const int interval = q.column("contact_interval");
    const int archived = q.column("archived");
    QList<AgendaCustomer> customers;
    if (Status read = q.forEach([&] {
            if (q.integer(archived) != 0)
                return;
            AgendaCustomer c;
            c.id = q.integer(id);
            c.code = q.text(code);
            c.name = q.text(name);
            c.phone = q.text(phone);
            c.salesperson = q.text(salesperson);
            c.bad = q.integer(bad) != 0;
            c.whatsapp = q.integer(whatsapp) != 0;
            c.birthday = isoTime::parseDate(q.utf8(birthday));
            c.joined = isoTime::parseDate(q.utf8(joined));
            c.contactInterval = int(q.integer(interval));
            customers.append(std::move(c));
        });
        !read)
        return read.error();
    return customers;
}

// Each customer's latest interaction on or before the day, by customer id.
Result<QHash<qint64, QDate>> readLastInteractions(const Database& database, const QDate& day)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT customer_id, max(happened_at) AS last FROM interactions"
                             " WHERE happened_at < ? GROUP BY customer_id"));
    q.addBindValue(day.addDays(1).toString(Qt::ISODate));
    if (!q.exec())
        return SqlError::from(q);
    QHash<qint64, QDate> last;
    if (Status read = sql::forEachRow(
            q,
            [&](const SqlRow& row) { last.insert(row.integer("customer_id"), row.date("last")); });
        !read)
        return read.error();
    return last;
}

// The open follow-ups due on or before the day, by due date.
Result<QList<FollowUp>> readFollowUps(const Database& database, const QDate& day)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, customer_id, due_date, staff, task FROM follow_ups"
                             " WHERE done_at IS NULL AND due_date <= ? ORDER BY due_date, id"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return SqlError::from(q);
    QList<FollowUp> followUps;
    if (Status read = sql::forEachRow(q,
                                      [&](const SqlRow& row) {
                                          FollowUp f;
                                          f.id = row.integer("id");
                                          f.customerId = row.integer("customer_id");
                                          f.due = row.date("due_date");
                                          f.staff = row.text("staff");
                                          f.task = row.text("task");
                                          followUps.append(std::move(f));
                                      });
        !read)
        return read.error();
    return followUps;
}

} // namespace

AgendaQuery::AgendaQuery(Database& database, const ReceivableListQuery& receivables)
    : m_database(database)
    , m_receivables(receivables)
{}

Result<AgendaInputs> AgendaQuery::read(const QDate& day) const
{
    // The pass over the window's sales and the credit falling due are independent of the
    // rest: each runs in a thread on a connection of its own while this one reads the
    // customers, their interactions and follow-ups; they meet by customer id.
    const Database& database = m_database;
    ReadApart<SalesByCustomer> salesApart(database, [&database, day](const QSqlDatabase& db) {
        return readSales(database.dialect(), db, day);
    });
    ReadApart<QList<DueCredit>> dueApart(database, [this, day](const QSqlDatabase& db) {
        return m_receivables.fallingDue(day, day.addDays(agenda::receivableDays), db);
    });
    auto customers = readCustomers(m_database);
    auto interactions = readLastInteractions(m_database, day);
    auto followUps = readFollowUps(m_database, day);
    auto sales = salesApart.take();
    auto due = dueApart.take();
    for (const Status& read :
         {Status(customers), Status(interactions), Status(followUps), Status(due), Status(sales)})
        if (!read)
            return read.error();

    AgendaInputs inputs;
    inputs.customers = std::move(*customers);
    // Without a sale in the window a customer has no tier: only an interval of their own
    // needs their last sale from before it.
    QList<qint64> earlier;
    for (AgendaCustomer& c : inputs.customers) {
        const auto id = std::size_t(c.id);
        if (id < sales->size() && (*sales)[id].lastSale.isValid()) {
            c.lastSale = (*sales)[id].lastSale;
            c.windowRevenue = (*sales)[id].windowRevenue;
        } else if (c.contactInterval > 0) {
            earlier.append(c.id);
        }
        c.lastInteraction = interactions->value(c.id);
    }
    if (!earlier.isEmpty()) {
        auto before = readEarlierSales(m_database, earlier, agenda::windowStart(day));
        if (!before)
            return before.error();
        for (AgendaCustomer& c : inputs.customers)
            if (c.contactInterval > 0 && !c.lastSale.isValid())
                c.lastSale = before->value(c.id);
    }
    inputs.followUps = std::move(*followUps);
    inputs.debts = std::move(*due);
    return inputs;
}

} // namespace setia
