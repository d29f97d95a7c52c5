#pragma once

#include "analytics/SegmentRule.h"
#include "domain/RuleFiring.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace setia {

// What a business rule does for a customer who comes to match its condition.
enum class RuleAction {
    // Gives them a salesperson of the rule's list, unless theirs is already one of them.
    AssignSalesperson,
    // Makes a follow-up for their salesperson (the rule's staff member when they have none).
    FollowUp,
};

// "When → then" (seed 001: big customers are served by senior sales staff): when a customer
// comes to match `when` — any condition of the rule builder: becomes big, turns at risk or
// passive, has not bought for N days, uses 90 % of their credit limit — Setia does `action`
// once for that cause. A customer who stops matching and later matches again is a new cause.
struct BusinessRule
{
    qint64 id = 0; // 0 until saved
    QString name;
    bool enabled = true;
    SegmentRule when;
    RuleAction action = RuleAction::FollowUp;
    QStringList salespeople; // AssignSalesperson: the ones allowed, the first preferred
    QString task;            // FollowUp: what to do
    int dueInDays = 0;       // FollowUp: due this many days after the rule fired
    QString staff;           // FollowUp: who does it when the customer has no salesperson
    // Whether the customers who already match when the rule is made count as having just
    // come to match (true), or only those who match later (false).
    bool includeCurrent = false;
    // Set by its first run: from then on, who matched is known.
    bool started = false;

    friend bool operator==(const BusinessRule&, const BusinessRule&) = default;
};

namespace businessRule {

QString actionId(RuleAction action); // "assign", "follow_up"
std::optional<RuleAction> actionFromId(const QString& id);

// Whom an AssignSalesperson rule gives the customer: nobody (empty) when their salesperson is
// one of `allowed` already (ignoring case and spaces); otherwise the one of `allowed` with the
// fewest customers in `load` (case-folded name → customers), the first listed among equals.
QString salespersonFor(const QString& current, const QStringList& allowed,
                       const QHash<QString, int>& load);

} // namespace businessRule

} // namespace setia
