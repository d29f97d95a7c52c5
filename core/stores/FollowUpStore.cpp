#include "stores/FollowUpStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

const QString columns = QStringLiteral("SELECT id, customer_id, due_date, staff, task, done_at,"
                                       " outcome, created_at, created_by FROM follow_ups");

FollowUp readFollowUp(const SqlRow& row)
{
    FollowUp f;
    f.id = row.integer("id");
    f.customerId = row.integer("customer_id");
    f.due = row.date("due_date");
    f.staff = row.text("staff");
    f.task = row.text("task");
    f.doneAt = row.dateTime("done_at");
    f.outcome = row.text("outcome");
    f.createdAt = row.dateTime("created_at");
    f.createdBy = row.text("created_by");
    return f;
}

// Runs a prepared query of `columns`; every follow-up it selects.
Result<QList<FollowUp>> readAll(QSqlQuery& q)
{
    if (!q.exec())
        return SqlError::from(q);
    QList<FollowUp> found;
    if (Status read =
            sql::forEachRow(q, [&](const SqlRow& row) { found.append(readFollowUp(row)); });
        !read)
        return read.error();
    return found;
}

} // namespace

FollowUpStore::FollowUpStore(Database& database)
    : m_database(database)
{}

Result<qint64> FollowUpStore::insert(const FollowUp& f)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO follow_ups (customer_id, due_date, staff, task,"
                             " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(f.customerId);
    q.addBindValue(sql::date(f.due));
    q.addBindValue(sql::text(f.staff));
    q.addBindValue(f.task);
    q.addBindValue(sql::timestamp(f.createdAt));
    q.addBindValue(sql::text(f.createdBy));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Result<bool> FollowUpStore::complete(qint64 id, const QDateTime& at, const QString& outcome)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE follow_ups SET done_at = ?, outcome = ?"
                             " WHERE id = ? AND done_at IS NULL"));
    q.addBindValue(sql::timestamp(at));
    q.addBindValue(sql::text(outcome));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    return q.numRowsAffected() > 0;
}

Result<std::optional<FollowUp>> FollowUpStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(columns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    std::optional<FollowUp> found;
    auto read = sql::firstRow(q, [&](const SqlRow& row) { found = readFollowUp(row); });
    if (!read)
        return read.error();
    return found;
}

Result<QList<FollowUp>> FollowUpStore::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(columns + QStringLiteral(" WHERE customer_id = ? ORDER BY done_at IS NOT NULL,"
                                       " CASE WHEN done_at IS NULL THEN due_date END,"
                                       " done_at DESC, id"));
    q.addBindValue(customerId);
    return readAll(q);
}

Result<QList<FollowUp>> FollowUpStore::overdueOn(const QDate& day) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(columns +
              QStringLiteral(" WHERE done_at IS NULL AND due_date < ? ORDER BY due_date, id"));
    q.addBindValue(day.toString(Qt::ISODate));
    return readAll(q);
}

} // namespace setia
