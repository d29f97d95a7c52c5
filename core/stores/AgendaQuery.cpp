#include "stores/AgendaQuery.h"

#include "db/Database.h"
#include "db/ReaderConnection.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "domain/IsoTime.h"
#include "stores/ReceivableListQuery.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <array>
#include <memory>
#include <optional>

namespace setia {
namespace {

// A customer's last sale and the revenue of their window.
struct SalesSummary
{
    QDate lastSale;
    qint64 windowRevenue = 0;
};
using SalesByCustomer = QHash<qint64, SalesSummary>;

// The non-voided sales up to the day, in the index's order (by customer), summed here: the
// dates compare as the ISO text the file holds.
Result<SalesByCustomer> readSales(const SqlDialect& dialect, const QSqlDatabase& db,
                                  const QDate& day)
{
    auto prepared = dialect.prepare(
        db, QStringLiteral("SELECT customer_id, sale_date, revenue FROM sales"
                           " WHERE voided = 0 AND customer_id IS NOT NULL AND sale_date <= ?"
                           " ORDER BY customer_id"));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    q.bind(1, isoTime::dateAscii(day).view());
    const isoTime::Ascii windowStart = isoTime::dateAscii(day.addDays(-365));
    const QByteArrayView window = windowStart.view();
    const int customer = q.column("customer_id");
    const int saleDate = q.column("sale_date");
    const int revenue = q.column("revenue");
    SalesByCustomer sales;
    qint64 current = 0;
    // The latest date seen of the current customer, as the file spells it (YYYY-MM-DD).
    std::array<char, 10> last{};
    SalesSummary summary;
    const auto flush = [&] {
        if (current == 0)
            return;
        summary.lastSale = isoTime::parseDate(QByteArrayView(last.data(), last.size()));
        sales.insert(current, summary);
    };
    if (Status read = q.forEach([&] {
            const qint64 id = q.integer(customer);
            if (id != current) {
                flush();
                current = id;
                last.fill('\0');
                summary = {};
            }
            const QByteArrayView stored = q.utf8(saleDate);
            const QByteArrayView date =
                stored.first(std::min<qsizetype>(last.size(), stored.size()));
            if (date.compare(QByteArrayView(last.data(), last.size())) > 0)
                std::copy(date.begin(), date.end(), last.begin());
            if (date.compare(window) >= 0)
                summary.windowRevenue += q.integer(revenue);
        });
        !read)
        return read.error();
    flush();
    return sales;
}

std::optional<Result<SalesByCustomer>> readSalesApart(const Database& database, const QDate& day)
{
    const auto reader = ReaderConnection::open(database);
    if (!reader)
        return std::nullopt;
    return readSales(database.dialect(), reader->connection(), day);
}

Result<QList<AgendaCustomer>> readCustomers(const Database& database)
{
    auto prepared = database.dialect().prepare(
        database.connection(),
        QStringLiteral("SELECT id, code, name, phone, salesperson, bad, whatsapp, birthday,"
                       " joined, contact_interval FROM customers WHERE archived = 0"
                       " ORDER BY code"));
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
    QList<AgendaCustomer> customers;
    if (Status read = q.forEach([&] {
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
    // As the segments do: the pass over the sales in a thread of its own while this
    // connection reads the rest; an in-memory database has no second connection.
    std::optional<Result<SalesByCustomer>> apart;
    std::unique_ptr<QThread> worker;
    if (!m_database.inMemory()) {
        worker.reset(
            QThread::create([this, &apart, day] { apart = readSalesApart(m_database, day); }));
        worker->start();
    }
    auto customers = readCustomers(m_database);
    auto interactions = readLastInteractions(m_database, day);
    auto followUps = readFollowUps(m_database, day);
    auto due = m_receivables.fallingDue(day, day.addDays(agenda::receivableDays));
    if (worker)
        worker->wait();
    Result<SalesByCustomer> sales =
        apart ? std::move(*apart) : readSales(m_database.dialect(), m_database.connection(), day);
    for (const Status& read :
         {Status(customers), Status(interactions), Status(followUps), Status(due), Status(sales)})
        if (!read)
            return read.error();

    AgendaInputs inputs;
    inputs.customers = std::move(*customers);
    for (AgendaCustomer& c : inputs.customers) {
        if (const auto it = sales->constFind(c.id); it != sales->cend()) {
            c.lastSale = it->lastSale;
            c.windowRevenue = it->windowRevenue;
        }
        c.lastInteraction = interactions->value(c.id);
    }
    inputs.followUps = std::move(*followUps);
    inputs.debts = std::move(*due);
    return inputs;
}

} // namespace setia
