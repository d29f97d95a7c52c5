#pragma once

#include "analytics/BusinessRule.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace setia {

class Database;

// The business rules (table business_rules), the customers each matched at its last run
// (rule_matches) and the log of their firings (rule_firings).
class BusinessRuleStore
{
public:
    explicit BusinessRuleStore(Database& database);

    // By name. A row whose condition no longer reads is left out.
    Result<QList<BusinessRule>> all() const;
    Result<std::optional<BusinessRule>> find(qint64 id) const;
    // The rule of that name (ignoring case) other than `exceptId`, if any.
    Result<std::optional<qint64>> idOfName(const QString& name, qint64 exceptId) const;
    Result<qint64> insert(const BusinessRule& rule, const QDateTime& now);
    // Everything but `started`, which only markStarted() sets.
    Status update(const BusinessRule& rule, const QDateTime& now);
    Status markStarted(qint64 id);
    // A rule that never fired; its matches go with it.
    Status remove(qint64 id);

    Result<QSet<qint64>> matches(qint64 ruleId) const;
    Status addMatches(qint64 ruleId, const QList<qint64>& customerIds, const QDate& since);
    Status dropMatches(qint64 ruleId, const QList<qint64>& customerIds);

    Result<qint64> addFiring(const RuleFiring& firing);
    Result<qint64> firingCount(qint64 ruleId) const;
    // The latest `limit` firings, newest first, with the rule's and the customer's names.
    Result<QList<RuleFiring>> firings(int limit) const;
    // A customer's, oldest first (their timeline).
    Result<QList<RuleFiring>> firingsOf(qint64 customerId) const;

private:
    Database& m_database;
};

} // namespace setia
