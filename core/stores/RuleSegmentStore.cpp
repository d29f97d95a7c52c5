#include "stores/RuleSegmentStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "domain/IsoTime.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

// The segments an executed query selects (id, name, definition); a row whose rule no
// longer reads is left out.
Result<QList<RuleSegment>> readSegments(QSqlQuery& q)
{
    QList<RuleSegment> segments;
    if (Status read = sql::forEachRow(
            q,
            [&](const SqlRow& row) {
                const auto rule = segmentRule::fromJson(row.text("definition"));
                if (rule)
                    segments.append(RuleSegment{row.integer("id"), row.text("name"), *rule});
            });
        !read)
        return read.error();
    return segments;
}

} // namespace

RuleSegmentStore::RuleSegmentStore(Database& database)
    : m_database(database)
{}

Result<QList<RuleSegment>> RuleSegmentStore::all() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, definition FROM rule_segments ORDER BY ") +
                m_database.dialect().ignoringCase(QStringLiteral("name")) + QStringLiteral(", id")))
        return SqlError::from(q);
    return readSegments(q);
}

Result<std::optional<RuleSegment>> RuleSegmentStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, name, definition FROM rule_segments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    auto found = readSegments(q);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<RuleSegment>();
    return std::optional<RuleSegment>(found->first());
}

Result<std::optional<qint64>> RuleSegmentStore::idOfName(const QString& name, qint64 exceptId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM rule_segments WHERE name = ? AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    if (!q.exec())
        return SqlError::from(q);
    qint64 id = 0;
    auto found = sql::firstRow(q, [&](const SqlRow& row) { id = row.integer("id"); });
    if (!found)
        return found.error();
    return *found ? std::optional<qint64>(id) : std::nullopt;
}

Result<qint64> RuleSegmentStore::insert(const RuleSegment& segment, const QDateTime& now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO rule_segments (name, definition, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?)"));
    q.addBindValue(segment.name);
    q.addBindValue(segmentRule::toJson(segment.rule));
    q.addBindValue(isoTime::dateTimeMs(now));
    q.addBindValue(isoTime::dateTimeMs(now));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Status RuleSegmentStore::update(const RuleSegment& segment, const QDateTime& now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE rule_segments SET name = ?, definition = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(segment.name);
    q.addBindValue(segmentRule::toJson(segment.rule));
    q.addBindValue(isoTime::dateTimeMs(now));
    q.addBindValue(segment.id);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

Status RuleSegmentStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM rule_segments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

} // namespace setia
