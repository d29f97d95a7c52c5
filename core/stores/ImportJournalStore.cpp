#include "stores/ImportJournalStore.h"

#include "db/Database.h"
#include "db/IdList.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace setia {
namespace {

bool known(const QString& table)
{
    return table == QLatin1String("customers") || table == QLatin1String("products") ||
           table == QLatin1String("sales") || table == QLatin1String("payments") ||
           table == QLatin1String("interactions") || table == QLatin1String("survey_responses") ||
           table == QLatin1String("tickets");
}

// Runs `sql` with the import's first and last id bound to every `:first` and `:last` (and its
// time to `:at`): its single number.
Result<qint64> count(const Database& database, const QString& sql,
                     const ImportJournalStore::Entry& entry)
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":first"), entry.firstId);
    q.bindValue(QStringLiteral(":last"), entry.lastId);
    if (sql.contains(QLatin1String(":at")))
        q.bindValue(QStringLiteral(":at"), sql::timestamp(entry.importedAt));
    return sql::scalar(q);
}

} // namespace

ImportJournalStore::ImportJournalStore(Database& database)
    : m_database(database)
{}

Result<qint64> ImportJournalStore::lastId(const QString& table) const
{
    if (!known(table))
        return Error(Error::Kind::Database, QStringLiteral("no import table %1").arg(table));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
    return sql::scalar(q);
}

Result<qint64> ImportJournalStore::record(const Entry& entry)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO imports (kind, file_name, imported_at, imported_by,"
                             " first_id, last_id, records) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.table);
    q.addBindValue(sql::text(entry.fileName));
    q.addBindValue(sql::timestamp(entry.importedAt));
    q.addBindValue(sql::text(entry.importedBy));
    q.addBindValue(entry.firstId);
    q.addBindValue(entry.lastId);
    q.addBindValue(entry.records);
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

namespace {

const QString entryColumns =
    QStringLiteral("SELECT id, kind, file_name, imported_at, imported_by, first_id, last_id,"
                   " records, undone_at FROM imports");

ImportJournalStore::Entry readEntry(const SqlRow& row)
{
    return {row.integer("id"),           row.text("kind"),        row.text("file_name"),
            row.dateTime("imported_at"), row.text("imported_by"), row.integer("first_id"),
            row.integer("last_id"),      row.integer("records"),  row.dateTime("undone_at")};
}

} // namespace

Result<QList<ImportJournalStore::Entry>> ImportJournalStore::latest(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(entryColumns + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return SqlError::from(q);
    QList<Entry> found;
    if (Status read = sql::forEachRow(q, [&](const SqlRow& row) { found.append(readEntry(row)); });
        !read)
        return read.error();
    return found;
}

Result<std::optional<ImportJournalStore::Entry>> ImportJournalStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(entryColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    std::optional<Entry> found;
    auto read = sql::firstRow(q, [&](const SqlRow& row) { found = readEntry(row); });
    if (!read)
        return read.error();
    return found;
}

Result<ImportJournalStore::Dependents> ImportJournalStore::dependents(const Entry& entry) const
{
    QString changed;
    QString used;
    if (entry.table == QLatin1String("customers")) {
        changed = QStringLiteral("SELECT count(*) FROM customers WHERE id BETWEEN :first AND"
                                 " :last AND (updated_at > :at OR archived = 2)");
        used = QStringLiteral(
            "SELECT count(*) FROM customers c WHERE c.id BETWEEN :first AND :last AND ("
            " EXISTS (SELECT 1 FROM sales s WHERE s.customer_id = c.id)"
            " OR EXISTS (SELECT 1 FROM payments p WHERE p.customer_id = c.id)"
            " OR EXISTS (SELECT 1 FROM loyalty_entries l WHERE l.customer_id = c.id)"
            " OR EXISTS (SELECT 1 FROM stamp_entries t WHERE t.customer_id = c.id)"
            " OR EXISTS (SELECT 1 FROM route_stops r WHERE r.customer_id = c.id)"
            " OR EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id)"
            " OR EXISTS (SELECT 1 FROM follow_ups f WHERE f.customer_id = c.id)"
            " OR EXISTS (SELECT 1 FROM tickets k WHERE k.customer_id = c.id)"
            " OR EXISTS (SELECT 1 FROM survey_responses v WHERE v.customer_id = c.id)"
            " OR EXISTS (SELECT 1 FROM merges m WHERE m.kept_id = c.id OR m.merged_id = c.id))");
    } else if (entry.table == QLatin1String("products")) {
        changed = QStringLiteral("SELECT count(*) FROM products WHERE id BETWEEN :first AND"
                                 " :last AND updated_at > :at");
        used = QStringLiteral(
            "SELECT count(*) FROM products p WHERE p.id BETWEEN :first AND :last AND ("
            " EXISTS (SELECT 1 FROM sale_lines l WHERE l.product_id = p.id)"
            " OR EXISTS (SELECT 1 FROM stamp_cards c"
            "  WHERE c.product_id = p.id OR c.reward_product_id = p.id))");
    } else if (entry.table == QLatin1String("sales")) {
        changed = QStringLiteral("SELECT count(*) FROM sales WHERE id BETWEEN :first AND :last"
                                 " AND voided_at IS NOT NULL");
        // Imported sales give no points or stamps (they are history): an entry that names one
        // came later (a redemption, a reversal).
        used = QStringLiteral(
            "SELECT (SELECT count(*) FROM loyalty_entries WHERE sale_id BETWEEN :first AND :last)"
            " + (SELECT count(*) FROM stamp_entries WHERE sale_id BETWEEN :first AND :last)"
            " + (SELECT count(*) FROM interactions WHERE sale_id BETWEEN :first AND :last)");
    } else if (entry.table == QLatin1String("payments")) {
        changed = QStringLiteral("SELECT count(*) FROM payments WHERE id BETWEEN :first AND"
                                 " :last AND voided_at IS NOT NULL");
    } else if (entry.table == QLatin1String("survey_responses")) {
        // A detractor's follow-up done since: someone called them back.
        used = QStringLiteral("SELECT count(*) FROM survey_responses r JOIN follow_ups f"
                              " ON f.id = r.follow_up_id WHERE r.id BETWEEN :first AND :last"
                              " AND f.done_at IS NOT NULL");
    } else if (entry.table == QLatin1String("tickets")) {
        // A step taken since the import (its own steps carry the tickets' times).
        changed = QStringLiteral("SELECT count(DISTINCT ticket_id) FROM ticket_events"
                                 " WHERE ticket_id BETWEEN :first AND :last AND at > :at");
    }
    // Contacts are never changed once logged, and nothing refers to them.
    Dependents found;
    const std::pair<const QString*, qint64*> counts[] = {{&changed, &found.changed},
                                                         {&used, &found.used}};
    for (const auto& [sql, into] : counts) {
        if (sql->isEmpty())
            continue;
        auto n = count(m_database, *sql, entry);
        if (!n)
            return n.error();
        *into = *n;
    }
    return found;
}

Status ImportJournalStore::remove(const Entry& entry)
{
    QStringList steps;
    if (entry.table == QLatin1String("customers")) {
        steps = {QStringLiteral("DELETE FROM customer_consents WHERE customer_id BETWEEN :first"
                                " AND :last"),
                 QStringLiteral("DELETE FROM customers WHERE id BETWEEN :first AND :last")};
    } else if (entry.table == QLatin1String("products")) {
        steps = {QStringLiteral("DELETE FROM products WHERE id BETWEEN :first AND :last")};
    } else if (entry.table == QLatin1String("sales")) {
        steps = {QStringLiteral("DELETE FROM sale_lines WHERE sale_id BETWEEN :first AND :last"),
                 QStringLiteral("DELETE FROM sales WHERE id BETWEEN :first AND :last")};
    } else if (entry.table == QLatin1String("payments")) {
        steps = {QStringLiteral("DELETE FROM payments WHERE id BETWEEN :first AND :last")};
    } else if (entry.table == QLatin1String("interactions")) {
        steps = {QStringLiteral("DELETE FROM interactions WHERE id BETWEEN :first AND :last")};
    } else if (entry.table == QLatin1String("tickets")) {
        steps = {QStringLiteral("DELETE FROM ticket_events WHERE ticket_id BETWEEN :first AND"
                                " :last"),
                 QStringLiteral("DELETE FROM tickets WHERE id BETWEEN :first AND :last")};
    } else if (entry.table == QLatin1String("survey_responses")) {
        // The detractors' follow-ups the import made go with it, once nothing points at them.
        QSqlQuery made(m_database.connection());
        made.prepare(QStringLiteral("SELECT follow_up_id FROM survey_responses WHERE id BETWEEN"
                                    " :first AND :last AND follow_up_id IS NOT NULL"));
        made.bindValue(QStringLiteral(":first"), entry.firstId);
        made.bindValue(QStringLiteral(":last"), entry.lastId);
        if (!made.exec())
            return SqlError::from(made);
        QList<qint64> followUps;
        if (Status read = sql::forEachRow(
                made, [&](const SqlRow& row) { followUps.append(row.integer("follow_up_id")); });
            !read)
            return read;
        steps = {QStringLiteral("DELETE FROM survey_responses WHERE id BETWEEN :first AND :last")};
        if (!followUps.isEmpty())
            steps.append(QStringLiteral("DELETE FROM follow_ups WHERE id IN (%1)")
                             .arg(sql::idList(followUps)));
    }
    QSqlQuery q(m_database.connection());
    for (const QString& step : std::as_const(steps)) {
        q.prepare(step);
        if (step.contains(QLatin1String(":first"))) {
            q.bindValue(QStringLiteral(":first"), entry.firstId);
            q.bindValue(QStringLiteral(":last"), entry.lastId);
        }
        if (!q.exec())
            return SqlError::from(q);
    }
    return {};
}

Status ImportJournalStore::markUndone(qint64 id, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE imports SET undone_at = ? WHERE id = ?"));
    q.addBindValue(sql::timestamp(at));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

} // namespace setia
