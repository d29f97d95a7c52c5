#include "services/RuleSegmentService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "stores/RuleSegmentStore.h"

namespace setia {

RuleSegmentService::RuleSegmentService(Database& database, RuleSegmentStore& store,
                                       const Clock& clock)
    : m_database(database)
    , m_store(store)
    , m_clock(clock)
{}

Result<QList<RuleSegment>> RuleSegmentService::all() const
{
    return m_store.all();
}

Result<RuleSegment> RuleSegmentService::find(qint64 id) const
{
    auto found = m_store.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Kind::NotFound, tr("This segment does not exist any more."));
    return **found;
}

QString RuleSegmentService::problemOf(const SegmentRule& rule)
{
    qsizetype conditions = 0;
    for (qsizetype g = 0; g < rule.groups.size(); ++g) {
        const RuleGroup& group = rule.groups.at(g);
        if (group.conditions.isEmpty())
            return tr("Group %1 has no condition: add one or remove the group.").arg(g + 1);
        for (qsizetype c = 0; c < group.conditions.size(); ++c) {
            if (!segmentRule::isValid(group.conditions.at(c)))
                return tr("Condition %1 of group %2 has a value that does not fit its field: "
                          "choose one from the list, or type a number, an amount or a date "
                          "(YYYY-MM-DD).")
                    .arg(c + 1)
                    .arg(g + 1);
        }
        conditions += group.conditions.size();
    }
    if (conditions == 0)
        return tr("Add at least one condition.");
    if (conditions > maxConditions)
        return tr("A segment has at most %1 conditions.").arg(maxConditions);
    return {};
}

Result<qint64> RuleSegmentService::save(const RuleSegment& segment)
{
    RuleSegment clean = segment;
    clean.name = segment.name.simplified();
    for (RuleGroup& group : clean.rule.groups)
        for (RuleCondition& condition : group.conditions)
            condition.value = condition.value.trimmed();
    if (clean.name.isEmpty())
        return Error(Error::Kind::Validation, tr("Give the segment a name."),
                     QStringLiteral("name"));
    if (clean.name.size() > maxNameLength)
        return Error(Error::Kind::Validation,
                     tr("A segment's name has at most %1 characters.").arg(maxNameLength),
                     QStringLiteral("name"));
    if (const QString problem = problemOf(clean.rule); !problem.isEmpty())
        return Error(Error::Kind::Validation, problem, QStringLiteral("rule"));

    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto taken = m_store.idOfName(clean.name, clean.id);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return Error(
            Error::Kind::Duplicate,
            tr("A segment named \"%1\" exists already: choose another name.").arg(clean.name),
            QStringLiteral("name"));
    qint64 id = clean.id;
    if (id == 0) {
        auto inserted = m_store.insert(clean, m_clock.now());
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else {
        if (auto existing = find(id); !existing)
            return existing.error();
        if (Status status = m_store.update(clean, m_clock.now()); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status RuleSegmentService::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status = m_store.remove(id); !status)
        return status;
    return transaction.commit();
}

} // namespace setia
