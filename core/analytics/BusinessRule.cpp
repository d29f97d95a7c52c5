#include "analytics/BusinessRule.h"

#include <QHash>

namespace setia::businessRule {

QString actionId(RuleAction action)
{
    return action == RuleAction::AssignSalesperson ? QStringLiteral("assign")
                                                   : QStringLiteral("follow_up");
}

std::optional<RuleAction> actionFromId(const QString& id)
{
    if (id == QLatin1String("assign"))
        return RuleAction::AssignSalesperson;
    if (id == QLatin1String("follow_up"))
        return RuleAction::FollowUp;
    return std::nullopt;
}

QString salespersonFor(const QString& current, const QStringList& allowed,
                       const QHash<QString, int>& load)
{
    const QString mine = current.simplified();
    QString chosen;
    int fewest = 0;
    for (const QString& candidate : allowed) {
        const QString name = candidate.simplified();
        if (name.isEmpty())
            continue;
        if (name.compare(mine, Qt::CaseInsensitive) == 0)
            return {};
        const int customers = load.value(name.toCaseFolded());
        if (chosen.isEmpty() || customers < fewest) {
            chosen = name;
            fewest = customers;
        }
    }
    return chosen;
}

} // namespace setia::businessRule
