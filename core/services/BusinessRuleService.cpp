#include "services/BusinessRuleService.h"

#include "analytics/SegmentNames.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DisplayFormat.h"
#include "domain/TextInput.h"
#include "services/RuleSegmentService.h"
#include "services/SegmentService.h"
#include "stores/BusinessRuleStore.h"
#include "stores/CustomerStore.h"
#include "stores/FollowUpStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace setia {

BusinessRuleService::BusinessRuleService(Database& database, BusinessRuleStore& rules,
                                         CustomerStore& customers, FollowUpStore& followUps,
                                         const SegmentService& segments, const Clock& clock,
                                         QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_rules(rules)
    , m_customers(customers)
    , m_followUps(followUps)
    , m_segments(segments)
    , m_clock(clock)
{}

Result<QList<BusinessRule>> BusinessRuleService::all() const
{
    return m_rules.all();
}

Result<BusinessRule> BusinessRuleService::find(qint64 id) const
{
    auto found = m_rules.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Kind::NotFound, tr("This rule does not exist any more."));
    return **found;
}

QString BusinessRuleService::problemOf(const BusinessRule& rule)
{
    if (rule.name.simplified().isEmpty())
        return tr("Give the rule a name.");
    if (rule.name.simplified().size() > maxNameLength)
        return tr("A rule's name has at most %1 characters.").arg(maxNameLength);
    for (const QString* text : {&rule.name, &rule.task, &rule.staff})
        if (textInput::hasControlCharacters(*text))
            return tr("The text holds invisible control characters. Type it again.");
    for (const QString& name : rule.salespeople)
        if (textInput::hasControlCharacters(name))
            return tr("The text holds invisible control characters. Type it again.");
    if (const QString problem = RuleSegmentService::problemOf(rule.when); !problem.isEmpty())
        return problem;
    switch (rule.action) {
    case RuleAction::AssignSalesperson: {
        qsizetype named = 0;
        for (const QString& name : rule.salespeople)
            named += name.simplified().isEmpty() ? 0 : 1;
        if (named == 0)
            return tr("Name the salesperson to assign, or the ones to choose from.");
        if (named > maxSalespeople)
            return tr("A rule chooses from at most %1 salespeople.").arg(maxSalespeople);
        for (const QString& name : rule.salespeople)
            if (name.simplified().size() > maxSalespersonLength)
                return tr("A salesperson's name has at most %1 characters.")
                    .arg(maxSalespersonLength);
        break;
    }
    case RuleAction::FollowUp:
        if (rule.task.simplified().isEmpty())
            return tr("Say what the follow-up is for, e.g. \"Call: ask why they stopped "
                      "coming\".");
        if (rule.task.simplified().size() > maxTaskLength)
            return tr("What to do has at most %1 characters.").arg(maxTaskLength);
        if (rule.staff.simplified().size() > maxStaffLength)
            return tr("Who does it has at most %1 characters.").arg(maxStaffLength);
        if (rule.dueInDays < 0 || rule.dueInDays > maxDueDays)
            return tr("A follow-up is due 0 to %1 days after the rule fired.").arg(maxDueDays);
        break;
    }
    return {};
}

Result<qint64> BusinessRuleService::save(const BusinessRule& rule)
{
    BusinessRule clean = rule;
    clean.name = textInput::cleaned(rule.name);
    clean.task = textInput::cleaned(rule.task);
    clean.staff = textInput::cleaned(rule.staff);
    clean.salespeople.clear();
    for (const QString& name : rule.salespeople)
        if (const QString simple = textInput::cleaned(name);
            !simple.isEmpty() && !clean.salespeople.contains(simple, Qt::CaseInsensitive))
            clean.salespeople.append(simple);
    for (RuleGroup& group : clean.when.groups)
        for (RuleCondition& condition : group.conditions)
            condition.value = condition.value.trimmed();
    if (const QString problem = problemOf(clean); !problem.isEmpty())
        return Error(Error::Kind::Validation, problem);

    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto taken = m_rules.idOfName(clean.name, clean.id);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return Error(Error::Kind::Duplicate,
                     tr("A rule named \"%1\" exists already: choose another name.").arg(clean.name),
                     QStringLiteral("name"));
    qint64 id = clean.id;
    if (id == 0) {
        auto inserted = m_rules.insert(clean, m_clock.now());
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else {
        if (auto existing = find(id); !existing)
            return existing.error();
        if (Status status = m_rules.update(clean, m_clock.now()); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] { Q_EMIT rulesChanged(); });
    return id;
}

Status BusinessRuleService::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    auto fired = m_rules.firingCount(id);
    if (!fired)
        return fired.error();
    if (*fired > 0)
        return Error(Error::Kind::Validation,
                     tr("This rule fired %n time(s): its log stays, so switch it off instead of "
                        "removing it.",
                        nullptr, int(*fired)));
    if (Status status = m_rules.remove(id); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    m_database.afterCommit([this] { Q_EMIT rulesChanged(); });
    return {};
}

bool BusinessRuleService::isReady(const QDate& asOf) const
{
    auto rules = m_rules.all();
    const bool anyOn = !rules || std::any_of(rules->cbegin(), rules->cend(),
                                             [](const BusinessRule& r) { return r.enabled; });
    return !anyOn || m_segments.isReady(asOf);
}

Result<BusinessRuleService::Run> BusinessRuleService::run(const QDate& asOf)
{
    auto rules = m_rules.all();
    if (!rules)
        return rules.error();
    Run run;
    run.asOf = asOf;
    QList<BusinessRule> enabled;
    for (const BusinessRule& rule : std::as_const(*rules))
        if (rule.enabled)
            enabled.append(rule);
    run.rules = int(enabled.size());
    if (enabled.isEmpty())
        return run;
    auto snapshot = m_segments.snapshot(asOf);
    if (!snapshot)
        return snapshot.error();
    const QList<CustomerSegment>& customers = (*snapshot)->customers;

    // Salespeople as this run leaves them, and how many customers each serves.
    QHash<qint64, QString> salesperson;
    QHash<QString, int> load;
    for (const CustomerSegment& s : customers)
        if (!s.activity.salesperson.isEmpty())
            ++load[s.activity.salesperson.simplified().toCaseFolded()];
    const auto salespersonOf = [&](const CustomerSegment& s) {
        return salesperson.value(s.activity.customerId, s.activity.salesperson);
    };

    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QDateTime now = m_clock.now();
    QSet<qint64> matchedAny;
    QList<qint64> touched;
    for (const BusinessRule& rule : std::as_const(enabled)) {
        auto before = m_rules.matches(rule.id);
        if (!before)
            return before.error();
        QSet<qint64> matching;
        QList<const CustomerSegment*> entered;
        for (const CustomerSegment& s : customers) {
            if (!segmentRule::matches(rule.when, s))
                continue;
            matching.insert(s.activity.customerId);
            if (!before->contains(s.activity.customerId))
                entered.append(&s);
        }
        matchedAny.unite(matching);
        QList<qint64> left;
        for (qint64 id : std::as_const(*before))
            if (!matching.contains(id))
                left.append(id);
        if (Status dropped = m_rules.dropMatches(rule.id, left); !dropped)
            return dropped.error();
        QList<qint64> enteredIds;
        enteredIds.reserve(entered.size());
        for (const CustomerSegment* s : std::as_const(entered))
            enteredIds.append(s->activity.customerId);
        if (Status added = m_rules.addMatches(rule.id, enteredIds, asOf); !added)
            return added.error();
        // A new rule's first run: those already matching fire only when the rule says so.
        const bool quiet = !rule.started && !rule.includeCurrent;
        if (!rule.started)
            if (Status started = m_rules.markStarted(rule.id); !started)
                return started.error();
        if (quiet)
            continue;

        for (const CustomerSegment* s : std::as_const(entered)) {
            const qint64 id = s->activity.customerId;
            RuleFiring firing;
            firing.ruleId = rule.id;
            firing.ruleName = rule.name;
            firing.customerId = id;
            firing.customerCode = s->activity.code;
            firing.customerName = s->activity.name;
            firing.firedAt = now;
            firing.asOf = asOf;
            firing.why = SegmentNames::ruleReason(rule.when, *s);
            const QString current = salespersonOf(*s);
            if (rule.action == RuleAction::AssignSalesperson) {
                const QString chosen =
                    businessRule::salespersonFor(current, rule.salespeople, load);
                if (chosen.isEmpty())
                    continue; // served by one of them already: nothing to do, nothing to log
                if (Status set = m_customers.setSalesperson(id, chosen, now); !set)
                    return set.error();
                if (!current.isEmpty())
                    --load[current.simplified().toCaseFolded()];
                ++load[chosen.toCaseFolded()];
                salesperson.insert(id, chosen);
                firing.what = current.isEmpty()
                                  ? tr("Salesperson %1").arg(chosen)
                                  : tr("Salesperson %1 (was %2)").arg(chosen, current);
            } else {
                FollowUp followUp;
                followUp.customerId = id;
                followUp.due = asOf.addDays(rule.dueInDays);
                followUp.staff = current.isEmpty() ? rule.staff : current;
                followUp.task = rule.task;
                followUp.createdAt = now;
                followUp.createdBy = tr("Rule \"%1\"").arg(rule.name);
                auto made = m_followUps.insert(followUp);
                if (!made)
                    return made.error();
                firing.followUpId = *made;
                const QString due = display::shortDate(followUp.due);
                firing.what =
                    followUp.staff.isEmpty()
                        ? tr("Follow-up due %1: %2").arg(due, rule.task)
                        : tr("Follow-up for %1 due %2: %3").arg(followUp.staff, due, rule.task);
            }
            auto logged = m_rules.addFiring(firing);
            if (!logged)
                return logged.error();
            firing.id = *logged;
            run.fired.append(firing);
            touched.append(id);
        }
    }
    run.matched = int(matchedAny.size());
    if (Status status = transaction.commit(); !status)
        return status.error();
    if (!touched.isEmpty())
        m_database.afterCommit([this, touched] { Q_EMIT rulesFired(touched); });
    return run;
}

Result<QList<RuleFiring>> BusinessRuleService::firings(int limit) const
{
    return m_rules.firings(limit);
}

} // namespace setia
