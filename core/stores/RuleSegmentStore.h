#pragma once

#include "analytics/SegmentRule.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace setia {

class Database;

// The saved rule segments: a name and the rule as JSON (table rule_segments).
class RuleSegmentStore
{
public:
    explicit RuleSegmentStore(Database& database);

    // By name. A row whose rule no longer reads is left out.
    Result<QList<RuleSegment>> all() const;
    Result<std::optional<RuleSegment>> find(qint64 id) const;
    // The segment of that name (ignoring case) other than `exceptId`, if any.
    Result<std::optional<qint64>> idOfName(const QString& name, qint64 exceptId) const;
    Result<qint64> insert(const RuleSegment& segment, const QDateTime& now);
    Status update(const RuleSegment& segment, const QDateTime& now);
    Status remove(qint64 id);

private:
    Database& m_database;
};

} // namespace setia
