#pragma once

#include "analytics/SegmentRule.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace setia {

class Clock;
class Database;
class RuleSegmentStore;

// Saved rule segments (SPEC §5): named rules, checked before they are saved. What they
// select is always evaluated afresh by SegmentService.
class RuleSegmentService
{
    Q_DECLARE_TR_FUNCTIONS(RuleSegmentService)

public:
    static constexpr int maxNameLength = 80;
    static constexpr int maxConditions = 50;

    RuleSegmentService(Database& database, RuleSegmentStore& store, const Clock& clock);

    Result<QList<RuleSegment>> all() const;
    // Error::Kind::NotFound when it was removed meanwhile.
    Result<RuleSegment> find(qint64 id) const;
    // Creates (id 0) or rewrites a segment; returns its id. Refuses an empty or taken name,
    // a rule without conditions, and a condition whose value does not fit its field.
    Result<qint64> save(const RuleSegment& segment);
    Status remove(qint64 id);

    // The rule's first problem in words, or an empty text when it can be saved.
    static QString problemOf(const SegmentRule& rule);

private:
    Database& m_database;
    RuleSegmentStore& m_store;
    const Clock& m_clock;
};

} // namespace setia
