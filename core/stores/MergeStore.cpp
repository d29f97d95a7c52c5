#include "stores/MergeStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"
#include "db/Statement.h"

#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace setia {
namespace {

// The ledgers whose rows belong to a customer by customer_id (route_stops, one row a
// customer, is moved on its own).
constexpr std::array<const char*, 8> ledgers = {
    "sales",        "payments",   "loyalty_entries", "stamp_entries",
    "interactions", "follow_ups", "tickets",         "survey_responses"};

qint64& countOf(MergeMoves& moves, std::size_t ledger)
{
    switch (ledger) {
    case 0:
        return moves.sales;
    case 1:
        return moves.payments;
    case 2:
        return moves.pointEntries;
    case 3:
        return moves.stampEntries;
    case 4:
        return moves.interactions;
    case 5:
        return moves.followUps;
    case 6:
        return moves.tickets;
    default:
        return moves.surveys;
    }
}

} // namespace

MergeStore::MergeStore(Database& database)
    : m_database(database)
{}

Result<QList<DuplicateCandidate>> MergeStore::candidates() const
{
    // Through the engine's own statement: every active customer of a big shop (100 000)
    // is read here at once.
    auto prepared = m_database.dialect().prepare(
        m_database.connection(), QStringLiteral("SELECT id, code, name, phone, city, area"
                                                " FROM customers WHERE archived = 0 ORDER BY id"));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    QList<DuplicateCandidate> found;
    if (Status read = q.forEach([&] {
            found.append({q.integer("id"), q.text("code"), q.text("name"), q.text("phone"),
                          q.text("city"), q.text("area")});
        });
        !read)
        return read.error();
    return found;
}

Result<MergeMoves> MergeStore::ledgerRows(qint64 customerId) const
{
    MergeMoves rows;
    QSqlQuery q(m_database.connection());
    for (std::size_t i = 0; i < ledgers.size(); ++i) {
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = ?")
                      .arg(QLatin1String(ledgers[i])));
        q.addBindValue(customerId);
        auto count = sql::scalar(q);
        if (!count)
            return count.error();
        countOf(rows, i) = *count;
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM route_stops WHERE customer_id = ?"));
    q.addBindValue(customerId);
    auto stop = sql::scalar(q);
    if (!stop)
        return stop.error();
    rows.routeStop = *stop > 0;
    return rows;
}

Result<qint64> MergeStore::record(const Journal& journal)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO merges (kept_id, merged_id, merged_at, merged_by,"
                             " kept_before, kept_after, merged_archived)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(journal.merge.keptId);
    q.addBindValue(journal.merge.mergedId);
    q.addBindValue(sql::timestamp(journal.merge.mergedAt));
    q.addBindValue(sql::text(journal.merge.mergedBy));
    q.addBindValue(QString::fromUtf8(journal.keptBefore));
    q.addBindValue(QString::fromUtf8(journal.keptAfter));
    q.addBindValue(journal.mergedWasArchived ? 1 : 0);
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Result<MergeMoves> MergeStore::moveLedgers(qint64 mergeId, qint64 from, qint64 to)
{
    MergeMoves moved;
    QSqlQuery q(m_database.connection());
    for (std::size_t i = 0; i < ledgers.size(); ++i) {
        const QLatin1String ledger(ledgers[i]);
        q.prepare(QStringLiteral("INSERT INTO merge_moves (merge_id, ledger, row_id)"
                                 " SELECT ?, '%1', id FROM %1 WHERE customer_id = ?")
                      .arg(ledger));
        q.addBindValue(mergeId);
        q.addBindValue(from);
        if (!q.exec())
            return SqlError::from(q);
        q.prepare(
            QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id = ?").arg(ledger));
        q.addBindValue(to);
        q.addBindValue(from);
        if (!q.exec())
            return SqlError::from(q);
        countOf(moved, i) = q.numRowsAffected();
    }
    // A customer has one place on a route: the kept one's stays; the merged one's moves
    // over only when the kept one has none.
    q.prepare(QStringLiteral("INSERT INTO merge_moves (merge_id, ledger, row_id)"
                             " SELECT ?, 'route_stops', customer_id FROM route_stops"
                             " WHERE customer_id = ?"
                             " AND NOT EXISTS (SELECT 1 FROM route_stops WHERE customer_id = ?)"));
    q.addBindValue(mergeId);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return SqlError::from(q);
    if (q.numRowsAffected() > 0) {
        q.prepare(QStringLiteral("UPDATE route_stops SET customer_id = ? WHERE customer_id = ?"));
        q.addBindValue(to);
        q.addBindValue(from);
        if (!q.exec())
            return SqlError::from(q);
        moved.routeStop = true;
    }
    return moved;
}

Status MergeStore::moveBack(qint64 mergeId, qint64 from, qint64 to)
{
    QSqlQuery q(m_database.connection());
    for (const char* name : ledgers) {
        const QLatin1String ledger(name);
        q.prepare(QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id = ? AND id IN"
                                 " (SELECT row_id FROM merge_moves WHERE merge_id = ?"
                                 " AND ledger = '%1')")
                      .arg(ledger));
        q.addBindValue(from);
        q.addBindValue(to);
        q.addBindValue(mergeId);
        if (!q.exec())
            return SqlError::from(q);
    }
    q.prepare(QStringLiteral("UPDATE route_stops SET customer_id = ? WHERE customer_id = ?"
                             " AND EXISTS (SELECT 1 FROM merge_moves WHERE merge_id = ?"
                             " AND ledger = 'route_stops')"
                             " AND NOT EXISTS (SELECT 1 FROM route_stops WHERE customer_id = ?)"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(mergeId);
    q.addBindValue(from);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

Status MergeStore::markUndone(qint64 mergeId, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE merges SET undone_at = ? WHERE id = ?"));
    q.addBindValue(sql::timestamp(at));
    q.addBindValue(mergeId);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

namespace {

const QString mergeColumns = QStringLiteral(
    "SELECT m.id AS id, m.kept_id AS kept_id, k.code AS kept_code, k.name AS kept_name,"
    " m.merged_id AS merged_id, g.code AS merged_code, g.name AS merged_name,"
    " m.merged_at AS merged_at, m.merged_by AS merged_by, m.undone_at AS undone_at,"
    " m.kept_before AS kept_before, m.kept_after AS kept_after,"
    " m.merged_archived AS merged_archived,"
    " (SELECT count(*) FROM merge_moves v WHERE v.merge_id = m.id AND v.ledger = 'sales')"
    "  AS sales,"
    " (SELECT count(*) FROM merge_moves v WHERE v.merge_id = m.id AND v.ledger = 'payments')"
    "  AS payments,"
    " (SELECT count(*) FROM merge_moves v WHERE v.merge_id = m.id"
    "  AND v.ledger = 'loyalty_entries') AS points,"
    " (SELECT count(*) FROM merge_moves v WHERE v.merge_id = m.id"
    "  AND v.ledger = 'stamp_entries') AS stamps,"
    " (SELECT count(*) FROM merge_moves v WHERE v.merge_id = m.id"
    "  AND v.ledger = 'interactions') AS interactions,"
    " (SELECT count(*) FROM merge_moves v WHERE v.merge_id = m.id"
    "  AND v.ledger = 'follow_ups') AS follow_ups,"
    " (SELECT count(*) FROM merge_moves v WHERE v.merge_id = m.id"
    "  AND v.ledger = 'tickets') AS tickets,"
    " (SELECT count(*) FROM merge_moves v WHERE v.merge_id = m.id"
    "  AND v.ledger = 'survey_responses') AS surveys,"
    " (SELECT count(*) FROM merge_moves v WHERE v.merge_id = m.id"
    "  AND v.ledger = 'route_stops') AS route"
    " FROM merges m JOIN customers k ON k.id = m.kept_id JOIN customers g ON g.id = m.merged_id");

MergeStore::Journal readJournal(const SqlRow& row)
{
    MergeStore::Journal journal;
    CustomerMerge& m = journal.merge;
    m.id = row.integer("id");
    m.keptId = row.integer("kept_id");
    m.keptCode = row.text("kept_code");
    m.keptName = row.text("kept_name");
    m.mergedId = row.integer("merged_id");
    m.mergedCode = row.text("merged_code");
    m.mergedName = row.text("merged_name");
    m.mergedAt = row.dateTime("merged_at");
    m.mergedBy = row.text("merged_by");
    m.undoneAt = row.dateTime("undone_at");
    m.moved.sales = row.integer("sales");
    m.moved.payments = row.integer("payments");
    m.moved.pointEntries = row.integer("points");
    m.moved.stampEntries = row.integer("stamps");
    m.moved.interactions = row.integer("interactions");
    m.moved.followUps = row.integer("follow_ups");
    m.moved.tickets = row.integer("tickets");
    m.moved.surveys = row.integer("surveys");
    m.moved.routeStop = row.integer("route") > 0;
    journal.keptBefore = row.text("kept_before").toUtf8();
    journal.keptAfter = row.text("kept_after").toUtf8();
    journal.mergedWasArchived = row.flag("merged_archived");
    return journal;
}

} // namespace

Result<std::optional<MergeStore::Journal>> MergeStore::find(qint64 mergeId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(mergeColumns + QStringLiteral(" WHERE m.id = ?"));
    q.addBindValue(mergeId);
    if (!q.exec())
        return SqlError::from(q);
    std::optional<Journal> found;
    auto read = sql::firstRow(q, [&](const SqlRow& row) { found = readJournal(row); });
    if (!read)
        return read.error();
    return found;
}

Result<QList<CustomerMerge>> MergeStore::latest(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(mergeColumns + QStringLiteral(" ORDER BY m.id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return SqlError::from(q);
    QList<CustomerMerge> found;
    if (Status read =
            sql::forEachRow(q, [&](const SqlRow& row) { found.append(readJournal(row).merge); });
        !read)
        return read.error();
    return found;
}

Result<bool> MergeStore::laterMergeHolds(qint64 mergeId, qint64 keptId, qint64 mergedId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM merges WHERE id > ? AND undone_at IS NULL"
                             " AND (kept_id IN (?, ?) OR merged_id IN (?, ?))"));
    for (const qint64 value : {mergeId, keptId, mergedId, keptId, mergedId})
        q.addBindValue(value);
    auto count = sql::scalar(q);
    if (!count)
        return count.error();
    return *count > 0;
}

Result<bool> MergeStore::balanceBelowZero(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT coalesce(sum(points), 0) < 0 FROM loyalty_entries WHERE customer_id = ?)"
        " + (SELECT count(*) FROM (SELECT 1 FROM stamp_entries WHERE customer_id = ?"
        "  GROUP BY card_id HAVING sum(stamps) < 0))"));
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    auto below = sql::scalar(q);
    if (!below)
        return below.error();
    return *below > 0;
}

} // namespace setia
