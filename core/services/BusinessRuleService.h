#pragma once

#include "analytics/BusinessRule.h"
#include "common/Result.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace setia {

class BusinessRuleStore;
class Clock;
class CustomerStore;
class Database;
class FollowUpStore;
class SegmentService;

// Business rules ("when → then", seed 001): checked before they are saved, and run — after the
// changes that move customers between segments, and once a day — against every customer's
// segments as of a day. A customer fires a rule once for coming to match it: the customers who
// matched at the last run are kept, and only the ones new since then fire; one who stops
// matching and later matches again fires again. Every firing is logged with why and what it
// did. Rules are switched off, not deleted, once they fired.
class BusinessRuleService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxNameLength = 80;
    // What a rule writes must pass where it lands: a follow-up's task and staff, a customer's
    // salesperson.
    static constexpr int maxTaskLength = FollowUpService::maxTaskLength;
    static constexpr int maxStaffLength = InteractionService::maxStaffLength;
    static constexpr int maxSalespersonLength = CustomerService::maxTextLength;
    static constexpr int maxDueDays = 365;
    static constexpr int maxSalespeople = 20;

    // What one run did.
    struct Run
    {
        QDate asOf;
        int rules = 0;   // the ones switched on
        int matched = 0; // customers matching any of them
        QList<RuleFiring> fired;
    };

    BusinessRuleService(Database& database, BusinessRuleStore& rules, CustomerStore& customers,
                        FollowUpStore& followUps, const SegmentService& segments,
                        const Clock& clock, QObject* parent = nullptr);

    Result<QList<BusinessRule>> all() const;
    // Error::Kind::NotFound when it was removed meanwhile.
    Result<BusinessRule> find(qint64 id) const;
    // Creates (id 0) or rewrites a rule; its id. Refuses what problemOf() names and a name
    // another rule has.
    Result<qint64> save(const BusinessRule& rule);
    // Only a rule that never fired: one that did is switched off instead (its log stays whole).
    Status remove(qint64 id);
    // The rule's first problem in words, or an empty text when it can be saved.
    static QString problemOf(const BusinessRule& rule);

    // Runs every rule switched on as of `asOf`, in one transaction: what fired is saved with
    // its log, or nothing is.
    Result<Run> run(const QDate& asOf);
    // False when a run must first work out every customer's segments (about a second at
    // 1 000 000 sales): the app then says so while it runs. True when no rule is on.
    bool isReady(const QDate& asOf) const;
    // The latest firings, newest first.
    Result<QList<RuleFiring>> firings(int limit = 500) const;

Q_SIGNALS:
    void rulesChanged();
    // After the commit of a run that fired: the customers given a salesperson or a follow-up.
    void rulesFired(const QList<qint64>& customerIds);

private:
    Database& m_database;
    BusinessRuleStore& m_rules;
    CustomerStore& m_customers;
    FollowUpStore& m_followUps;
    const SegmentService& m_segments;
    const Clock& m_clock;
};

} // namespace setia
