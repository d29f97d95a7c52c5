#include "stores/RuleSegmentStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "domain/IsoTime.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

std::optional<RuleSegment> readSegment(const QSqlQuery& q)
{
    const auto rule = segmentRule::fromJson(q.value(2).toString());
    if (!rule)
        return std::nullopt;
    return RuleSegment{q.value(0).toLongLong(), q.value(1).toString(), *rule};
}

} // namespace

RuleSegmentStore::RuleSegmentStore(Database& database)
    : m_database(database)
{}

Result<QList<RuleSegment>> RuleSegmentStore::all() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, definition FROM rule_segments ORDER BY name COLLATE NOCASE, id")))
        return SqlError::from(q);
    QList<RuleSegment> segments;
    while (q.next())
        if (auto segment = readSegment(q))
            segments.append(std::move(*segment));
    return segments;
}

Result<std::optional<RuleSegment>> RuleSegmentStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, name, definition FROM rule_segments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    if (!q.next())
        return std::optional<RuleSegment>();
    return readSegment(q);
}

Result<std::optional<qint64>> RuleSegmentStore::idOfName(const QString& name, qint64 exceptId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM rule_segments WHERE name = ? AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    if (!q.exec())
        return SqlError::from(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
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
