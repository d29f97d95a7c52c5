#include "stores/InteractionStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

const QString columns =
    QStringLiteral("SELECT id, customer_id, kind, happened_at, staff, summary, outcome, sale_id,"
                   " follow_up_id, created_at FROM interactions");

Interaction readInteraction(const SqlRow& row)
{
    Interaction i;
    i.id = row.integer("id");
    i.customerId = row.integer("customer_id");
    i.kind = interaction::kindFromId(row.text("kind")).value_or(InteractionKind::Note);
    i.at = row.dateTime("happened_at");
    i.staff = row.text("staff");
    i.summary = row.text("summary");
    i.outcome = row.text("outcome");
    i.saleId = row.integer("sale_id");
    i.followUpId = row.integer("follow_up_id");
    i.createdAt = row.dateTime("created_at");
    return i;
}

} // namespace

InteractionStore::InteractionStore(Database& database)
    : m_database(database)
{}

Result<qint64> InteractionStore::insert(const Interaction& i)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO interactions (customer_id, kind, happened_at, staff,"
                             " summary, outcome, sale_id, follow_up_id, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(i.customerId);
    q.addBindValue(interaction::kindId(i.kind));
    q.addBindValue(sql::timestamp(i.at));
    q.addBindValue(sql::text(i.staff));
    q.addBindValue(sql::text(i.summary));
    q.addBindValue(sql::text(i.outcome));
    q.addBindValue(sql::optionalId(i.saleId));
    q.addBindValue(sql::optionalId(i.followUpId));
    q.addBindValue(sql::timestamp(i.createdAt));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<Interaction>> InteractionStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(columns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    std::optional<Interaction> found;
    auto read = sql::firstRow(q, [&](const SqlRow& row) { found = readInteraction(row); });
    if (!read)
        return read.error();
    return found;
}

Result<QList<Interaction>> InteractionStore::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(columns +
              QStringLiteral(" WHERE customer_id = ? ORDER BY happened_at DESC, id DESC"));
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlError::from(q);
    QList<Interaction> found;
    if (Status read =
            sql::forEachRow(q, [&](const SqlRow& row) { found.append(readInteraction(row)); });
        !read)
        return read.error();
    return found;
}

Result<bool> InteractionStore::saleOf(qint64 saleId, qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sales WHERE id = ? AND customer_id = ?"));
    q.addBindValue(saleId);
    q.addBindValue(customerId);
    auto count = sql::scalar(q);
    if (!count)
        return count.error();
    return *count > 0;
}

Status InteractionStore::forEach(
    const std::function<void(const Interaction&, const QString& customerCode)>& visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT i.id, i.customer_id, i.kind, i.happened_at, i.staff,"
                           " i.summary, i.outcome, i.sale_id, i.follow_up_id, i.created_at,"
                           " c.code FROM interactions i JOIN customers c ON c.id = i.customer_id"
                           " ORDER BY i.happened_at, i.id")))
        return SqlError::from(q);
    return sql::forEachRow(
        q, [&](const SqlRow& row) { visit(readInteraction(row), row.text("code")); });
}

} // namespace setia
