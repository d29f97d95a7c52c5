#include "stores/TicketStore.h"

#include "db/Database.h"
#include "db/IdList.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

const QString ticketColumns = QStringLiteral(
    "t.id, t.number, t.customer_id, t.sale_id, t.sale_line, t.category, t.priority, t.staff,"
    " t.received_at, t.status, t.first_response_at, t.resolved_at, t.summary, t.resolution,"
    " t.remedy, t.remedy_cost, t.created_at, t.created_by, c.code AS customer_code,"
    " c.name AS customer_name");
const QString columns = QStringLiteral("SELECT ") + ticketColumns +
                        QStringLiteral(" FROM tickets t JOIN customers c ON c.id = t.customer_id");

Ticket readTicket(const SqlRow& row)
{
    Ticket t;
    t.id = row.integer("id");
    t.number = row.text("number");
    t.customerId = row.integer("customer_id");
    t.saleId = row.integer("sale_id");
    t.saleLine = static_cast<int>(row.integer("sale_line"));
    t.category = row.text("category");
    t.priority = ticket::priorityFromId(row.text("priority")).value_or(TicketPriority::Normal);
    t.staff = row.text("staff");
    t.receivedAt = row.dateTime("received_at");
    t.status = ticket::statusFromId(row.text("status")).value_or(TicketStatus::Open);
    t.firstResponseAt = row.dateTime("first_response_at");
    t.resolvedAt = row.dateTime("resolved_at");
    t.summary = row.text("summary");
    t.resolution = row.text("resolution");
    t.remedy = ticket::remedyFromId(row.text("remedy")).value_or(RemedyKind::None);
    t.remedyCost = row.integer("remedy_cost");
    t.createdAt = row.dateTime("created_at");
    t.createdBy = row.text("created_by");
    t.customerCode = row.text("customer_code");
    t.customerName = row.text("customer_name");
    return t;
}

TicketEvent readEvent(const SqlRow& row)
{
    TicketEvent e;
    e.id = row.integer("id");
    e.ticketId = row.integer("ticket_id");
    e.kind = ticket::eventKindFromId(row.text("kind")).value_or(TicketEventKind::Note);
    e.at = row.dateTime("at");
    e.staff = row.text("staff");
    e.status = ticket::statusFromId(row.text("status")).value_or(TicketStatus::Open);
    e.note = row.text("note");
    return e;
}

Result<QList<Ticket>> readTickets(QSqlQuery& q)
{
    if (!q.exec())
        return SqlError::from(q);
    QList<Ticket> found;
    if (Status read = sql::forEachRow(q, [&](const SqlRow& row) { found.append(readTicket(row)); });
        !read)
        return read.error();
    return found;
}

} // namespace

TicketStore::TicketStore(Database& database)
    : m_database(database)
{}

Result<qint64> TicketStore::insert(const Ticket& t)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO tickets (number, customer_id, sale_id, sale_line, category, priority, staff,"
        " received_at, status, first_response_at, resolved_at, summary, resolution, remedy,"
        " remedy_cost, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?)"));
    q.addBindValue(t.number);
    q.addBindValue(t.customerId);
    q.addBindValue(sql::optionalId(t.saleId));
    q.addBindValue(t.saleLine);
    q.addBindValue(t.category);
    q.addBindValue(ticket::priorityId(t.priority));
    q.addBindValue(sql::text(t.staff));
    q.addBindValue(sql::timestamp(t.receivedAt));
    q.addBindValue(ticket::statusId(t.status));
    q.addBindValue(sql::optionalTimestamp(t.firstResponseAt));
    q.addBindValue(sql::optionalTimestamp(t.resolvedAt));
    q.addBindValue(t.summary);
    q.addBindValue(sql::text(t.resolution));
    q.addBindValue(ticket::remedyId(t.remedy));
    q.addBindValue(t.remedyCost);
    q.addBindValue(sql::timestamp(t.createdAt));
    q.addBindValue(sql::text(t.createdBy));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Status TicketStore::update(const Ticket& t)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE tickets SET category = ?, priority = ?, staff = ?, status = ?,"
        " first_response_at = ?, resolved_at = ?, summary = ?, resolution = ?, remedy = ?,"
        " remedy_cost = ? WHERE id = ?"));
    q.addBindValue(t.category);
    q.addBindValue(ticket::priorityId(t.priority));
    q.addBindValue(sql::text(t.staff));
    q.addBindValue(ticket::statusId(t.status));
    q.addBindValue(sql::optionalTimestamp(t.firstResponseAt));
    q.addBindValue(sql::optionalTimestamp(t.resolvedAt));
    q.addBindValue(t.summary);
    q.addBindValue(sql::text(t.resolution));
    q.addBindValue(ticket::remedyId(t.remedy));
    q.addBindValue(t.remedyCost);
    q.addBindValue(t.id);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

Result<qint64> TicketStore::insertEvent(const TicketEvent& e)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO ticket_events (ticket_id, kind, at, staff, status, note)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.ticketId);
    q.addBindValue(ticket::eventKindId(e.kind));
    q.addBindValue(sql::timestamp(e.at));
    q.addBindValue(sql::text(e.staff));
    q.addBindValue(ticket::statusId(e.status));
    q.addBindValue(sql::text(e.note));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<Ticket>> TicketStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(columns + QStringLiteral(" WHERE t.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    std::optional<Ticket> found;
    auto read = sql::firstRow(q, [&](const SqlRow& row) { found = readTicket(row); });
    if (!read)
        return read.error();
    return found;
}

Result<bool> TicketStore::numberTaken(const QString& number) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE number = ?"));
    q.addBindValue(number);
    auto count = sql::scalar(q);
    if (!count)
        return count.error();
    return *count > 0;
}

Result<QList<Ticket>> TicketStore::unfinished() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(columns + QStringLiteral(" WHERE t.status NOT IN ('resolved', 'closed')"
                                       " ORDER BY t.received_at, t.id"));
    return readTickets(q);
}

Result<QList<Ticket>> TicketStore::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(columns +
              QStringLiteral(" WHERE t.customer_id = ? ORDER BY t.received_at DESC, t.id DESC"));
    q.addBindValue(customerId);
    return readTickets(q);
}

Result<QList<Ticket>> TicketStore::receivedBetween(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(columns + QStringLiteral(" WHERE t.received_at >= ? AND t.received_at < ?"
                                       " ORDER BY t.received_at, t.id"));
    q.addBindValue(sql::date(from));
    q.addBindValue(sql::date(to.addDays(1)));
    return readTickets(q);
}

Result<QList<TicketEvent>> TicketStore::events(qint64 ticketId) const
{
    auto all = events(QList<qint64>{ticketId});
    if (!all)
        return all.error();
    return all->value(ticketId);
}

Result<QHash<qint64, QList<TicketEvent>>> TicketStore::events(const QList<qint64>& ticketIds) const
{
    QHash<qint64, QList<TicketEvent>> found;
    if (ticketIds.isEmpty())
        return found;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.ticket_id, e.kind, e.at, e.staff, e.status, e.note"
                             " FROM ticket_events e WHERE e.ticket_id IN (") +
              sql::idList(ticketIds) + QStringLiteral(") ORDER BY e.ticket_id, e.at, e.id"));
    if (!q.exec())
        return SqlError::from(q);
    if (Status read = sql::forEachRow(q,
                                      [&](const SqlRow& row) {
                                          TicketEvent e = readEvent(row);
                                          found[e.ticketId].append(e);
                                      });
        !read)
        return read.error();
    return found;
}

Result<QHash<qint64, qint64>> TicketStore::remedyCosts(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT customer_id, sum(remedy_cost) AS cost FROM tickets"
                             " WHERE remedy_cost > 0 AND coalesce(resolved_at, received_at) >= ?"
                             " AND coalesce(resolved_at, received_at) < ? GROUP BY customer_id"));
    q.addBindValue(sql::date(from));
    q.addBindValue(sql::date(to.addDays(1)));
    if (!q.exec())
        return SqlError::from(q);
    QHash<qint64, qint64> costs;
    if (Status read = sql::forEachRow(q,
                                      [&](const SqlRow& row) {
                                          costs.insert(row.integer("customer_id"),
                                                       row.integer("cost"));
                                      });
        !read)
        return read.error();
    return costs;
}

Result<bool> TicketStore::saleOf(qint64 saleId, int line, qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    if (line > 0) {
        q.prepare(QStringLiteral("SELECT count(*) FROM sales s JOIN sale_lines l"
                                 " ON l.sale_id = s.id AND l.line_no = ?"
                                 " WHERE s.id = ? AND s.customer_id = ?"));
        q.addBindValue(line);
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM sales WHERE id = ? AND customer_id = ?"));
    }
    q.addBindValue(saleId);
    q.addBindValue(customerId);
    auto count = sql::scalar(q);
    if (!count)
        return count.error();
    return *count > 0;
}

Status TicketStore::forEach(const std::function<void(const Ticket&, const QString& customerCode,
                                                     const QString& receipt)>& visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + ticketColumns +
        QStringLiteral(", s.receipt FROM tickets t"
                       " JOIN customers c ON c.id = t.customer_id"
                       " LEFT JOIN sales s ON s.id = t.sale_id ORDER BY t.received_at, t.id"));
    if (!q.exec())
        return SqlError::from(q);
    return sql::forEachRow(q, [&](const SqlRow& row) {
        const Ticket t = readTicket(row);
        visit(t, t.customerCode, row.text("receipt"));
    });
}

} // namespace setia
