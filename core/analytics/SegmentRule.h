#pragma once

#include "analytics/Segmentation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace setia {

// What a rule segment's condition looks at: a customer field or a measure of SPEC §5.
enum class RuleField {
    Lifecycle,
    CreditStatus,
    Tier,
    RfmSegment,
    ProfitGroup,
    RecencyDays,
    Frequency,
    Revenue365,
    Margin365,
    Revenue90,
    R,
    F,
    M,
    ProjectedMonth,
    LifetimeValue,
    MarginEver,
    Kind,
    City,
    Area,
    Type,
    Source,
    Salesperson,
    Tag,
    Joined,
    Birthday,
    Points,
    LoyaltyTier,
    LastTouchDays,
    OpenFollowUps,
    ContactInterval,
    CreditUsedPercent,
};

// How a field's values compare: one of a fixed list (ids), whole numbers, Rupiah, words,
// a tag, or a date.
enum class RuleValueKind { Choice, Number, Money, Text, Tag, Date };

enum class RuleOperator { Is, IsNot, Contains, LacksText, Below, AtMost, Above, AtLeast };

struct RuleCondition
{
    RuleField field = RuleField::Lifecycle;
    RuleOperator op = RuleOperator::Is;
    QString value; // a choice id, a number, an amount, words, a tag or YYYY-MM-DD

    friend bool operator==(const RuleCondition&, const RuleCondition&) = default;
};

// Conditions joined by AND (all) or OR (any).
struct RuleGroup
{
    bool all = true;
    QList<RuleCondition> conditions;

    friend bool operator==(const RuleGroup&, const RuleGroup&) = default;
};

// Groups joined by AND (all) or OR (any): "(passive OR lost) AND area is Utara".
struct SegmentRule
{
    bool all = true;
    QList<RuleGroup> groups;

    friend bool operator==(const SegmentRule&, const SegmentRule&) = default;
};

// A rule segment saved by name (SPEC §5): always evaluated afresh, never a stored list.
struct RuleSegment
{
    qint64 id = 0; // 0 until saved
    QString name;
    SegmentRule rule;
};

namespace segmentRule {

QList<RuleField> fields();
RuleValueKind valueKind(RuleField field);
// The operators a field's kind allows, the first being the usual one.
QList<RuleOperator> operatorsFor(RuleField field);
// For Choice fields: the ids a value may take ("active", "big", "champions", …).
QStringList choices(RuleField field);

QString fieldId(RuleField field); // "lifecycle", "revenue_365", "tag", …
std::optional<RuleField> fieldFromId(const QString& id);
QString operatorId(RuleOperator op); // "is", "is_not", "contains", "lacks", "<", "<=", ">", ">="
std::optional<RuleOperator> operatorFromId(const QString& id);

// Whether the condition can be evaluated: an operator its field has, and a value that
// reads as the field's kind (a listed choice, a number, an amount, a date, some words).
bool isValid(const RuleCondition& condition);

bool matches(const RuleCondition& condition, const CustomerSegment& customer);
// The customer's value of a field as a condition compares it: a choice id ("big",
// "this_week" or "" for a birthday elsewhere), a number, whole Rupiah, words, the tags joined
// by ", ", or YYYY-MM-DD; empty where they have none.
QString valueOf(RuleField field, const CustomerSegment& customer);
bool matches(const SegmentRule& rule, const CustomerSegment& customer);

// The rule as JSON text for the database, and back; nullopt for text that is not a rule.
QString toJson(const SegmentRule& rule);
std::optional<SegmentRule> fromJson(const QString& json);

} // namespace segmentRule

} // namespace setia
