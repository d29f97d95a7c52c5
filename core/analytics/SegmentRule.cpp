#include "analytics/SegmentRule.h"

#include "domain/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <limits>

namespace setia::segmentRule {
namespace {

struct FieldInfo
{
    RuleField field;
    const char* id;
    RuleValueKind kind;
};

constexpr std::array fieldTable = {
    FieldInfo{RuleField::Lifecycle, "lifecycle", RuleValueKind::Choice},
    FieldInfo{RuleField::CreditStatus, "credit_status", RuleValueKind::Choice},
    FieldInfo{RuleField::Tier, "tier", RuleValueKind::Choice},
    FieldInfo{RuleField::RfmSegment, "rfm_segment", RuleValueKind::Choice},
    FieldInfo{RuleField::ProfitGroup, "profit_group", RuleValueKind::Choice},
    FieldInfo{RuleField::RecencyDays, "recency_days", RuleValueKind::Number},
    FieldInfo{RuleField::Frequency, "frequency", RuleValueKind::Number},
    FieldInfo{RuleField::Revenue365, "revenue_365", RuleValueKind::Money},
    FieldInfo{RuleField::Margin365, "margin_365", RuleValueKind::Money},
    FieldInfo{RuleField::Revenue90, "revenue_90", RuleValueKind::Money},
    FieldInfo{RuleField::R, "r", RuleValueKind::Number},
    FieldInfo{RuleField::F, "f", RuleValueKind::Number},
    FieldInfo{RuleField::M, "m", RuleValueKind::Number},
    FieldInfo{RuleField::ProjectedMonth, "projected_month", RuleValueKind::Money},
    FieldInfo{RuleField::LifetimeValue, "lifetime_value", RuleValueKind::Money},
    FieldInfo{RuleField::MarginEver, "margin_ever", RuleValueKind::Money},
    FieldInfo{RuleField::Kind, "kind", RuleValueKind::Choice},
    FieldInfo{RuleField::City, "city", RuleValueKind::Text},
    FieldInfo{RuleField::Area, "area", RuleValueKind::Text},
    FieldInfo{RuleField::Type, "type", RuleValueKind::Text},
    FieldInfo{RuleField::Source, "source", RuleValueKind::Choice},
    FieldInfo{RuleField::Salesperson, "salesperson", RuleValueKind::Text},
    FieldInfo{RuleField::Tag, "tag", RuleValueKind::Tag},
    FieldInfo{RuleField::Joined, "joined", RuleValueKind::Date},
    FieldInfo{RuleField::Birthday, "birthday", RuleValueKind::Choice},
    FieldInfo{RuleField::Points, "points", RuleValueKind::Number},
    FieldInfo{RuleField::LoyaltyTier, "loyalty_tier", RuleValueKind::Choice},
    FieldInfo{RuleField::LastTouchDays, "last_touch_days", RuleValueKind::Number},
    FieldInfo{RuleField::OpenFollowUps, "open_follow_ups", RuleValueKind::Number},
    FieldInfo{RuleField::ContactInterval, "contact_interval", RuleValueKind::Number},
    FieldInfo{RuleField::CreditUsedPercent, "credit_used_percent", RuleValueKind::Number},
};

const FieldInfo& info(RuleField field)
{
    for (const FieldInfo& entry : fieldTable)
        if (entry.field == field)
            return entry;
    return fieldTable.front();
}

constexpr std::array operatorIds = {
    std::pair{RuleOperator::Is, "is"},
    std::pair{RuleOperator::IsNot, "is_not"},
    std::pair{RuleOperator::Contains, "contains"},
    std::pair{RuleOperator::LacksText, "lacks"},
    std::pair{RuleOperator::Below, "<"},
    std::pair{RuleOperator::AtMost, "<="},
    std::pair{RuleOperator::Above, ">"},
    std::pair{RuleOperator::AtLeast, ">="},
};

// A Number, Money or Date value as a comparable integer (a date as its Julian day).
std::optional<qint64> numberOf(RuleValueKind kind, const QString& text)
{
    const QString value = text.trimmed();
    switch (kind) {
    case RuleValueKind::Number: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    case RuleValueKind::Money:
        return money::parse(value);
    case RuleValueKind::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? std::optional<qint64>(date.toJulianDay()) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

// The customer's value of a Number, Money or Date field; nullopt where it has none (no
// recency without a sale, no scores outside the RFM population).
std::optional<qint64> numberField(RuleField field, const CustomerSegment& s)
{
    const CustomerActivity& a = s.activity;
    switch (field) {
    case RuleField::RecencyDays:
        return s.recencyDays >= 0 ? std::optional<qint64>(s.recencyDays) : std::nullopt;
    case RuleField::Frequency:
        return a.frequency;
    case RuleField::Revenue365:
        return a.revenue;
    case RuleField::Margin365:
        return s.margin;
    case RuleField::Revenue90:
        return a.revenue90;
    case RuleField::R:
        return s.r > 0 ? std::optional<qint64>(s.r) : std::nullopt;
    case RuleField::F:
        return s.f > 0 ? std::optional<qint64>(s.f) : std::nullopt;
    case RuleField::M:
        return s.m > 0 ? std::optional<qint64>(s.m) : std::nullopt;
    case RuleField::ProjectedMonth:
        return s.projectedMonth;
    case RuleField::LifetimeValue:
        return s.lifetimeValue;
    case RuleField::MarginEver:
        return s.marginEver;
    case RuleField::Joined:
        return a.joined.isValid() ? std::optional<qint64>(a.joined.toJulianDay()) : std::nullopt;
    case RuleField::Points:
        return a.points;
    case RuleField::LastTouchDays:
        return s.lastTouchDays >= 0 ? std::optional<qint64>(s.lastTouchDays) : std::nullopt;
    case RuleField::OpenFollowUps:
        return a.openFollowUps;
    case RuleField::ContactInterval:
        return s.contactInterval > 0 ? std::optional<qint64>(s.contactInterval) : std::nullopt;
    case RuleField::CreditUsedPercent:
        // Whole percent, rounded down: Rp899.999 of Rp1.000.000 is 89 %, not yet 90.
        if (a.creditLimit <= 0)
            return std::nullopt;
        if (a.balance <= 0)
            return 0;
        return a.balance <= std::numeric_limits<qint64>::max() / 100
                   ? a.balance * 100 / a.creditLimit
                   : a.balance / a.creditLimit * 100;
    default:
        return std::nullopt;
    }
}

QString textField(RuleField field, const CustomerSegment& s)
{
    const CustomerActivity& a = s.activity;
    switch (field) {
    case RuleField::Lifecycle:
        return card::lifecycleId(s.lifecycle);
    case RuleField::CreditStatus:
        return receivables::statusId(a.credit);
    case RuleField::Tier:
        return segmentation::tierId(s.tier);
    case RuleField::RfmSegment:
        return segmentation::rfmSegmentId(s.rfm);
    case RuleField::ProfitGroup:
        return segmentation::profitGroupId(s.profit);
    case RuleField::Kind:
        return customer::kindId(a.kind);
    case RuleField::Source:
        return a.source;
    case RuleField::City:
        return a.city;
    case RuleField::Area:
        return a.area;
    case RuleField::Type:
        return a.type;
    case RuleField::Salesperson:
        return a.salesperson;
    case RuleField::LoyaltyTier:
        return loyalty::tierId(a.loyaltyTier);
    default:
        return {};
    }
}

bool compare(RuleOperator op, qint64 left, qint64 right)
{
    switch (op) {
    case RuleOperator::Is:
        return left == right;
    case RuleOperator::IsNot:
        return left != right;
    case RuleOperator::Below:
        return left < right;
    case RuleOperator::AtMost:
        return left <= right;
    case RuleOperator::Above:
        return left > right;
    case RuleOperator::AtLeast:
        return left >= right;
    default:
        return false;
    }
}

} // namespace

QList<RuleField> fields()
{
    QList<RuleField> all;
    for (const FieldInfo& entry : fieldTable)
        all.append(entry.field);
    return all;
}

RuleValueKind valueKind(RuleField field)
{
    return info(field).kind;
}

QList<RuleOperator> operatorsFor(RuleField field)
{
    switch (valueKind(field)) {
    case RuleValueKind::Choice:
    case RuleValueKind::Tag:
        return {RuleOperator::Is, RuleOperator::IsNot};
    case RuleValueKind::Text:
        return {RuleOperator::Is, RuleOperator::IsNot, RuleOperator::Contains,
                RuleOperator::LacksText};
    case RuleValueKind::Number:
    case RuleValueKind::Money:
    case RuleValueKind::Date:
        return {RuleOperator::AtLeast, RuleOperator::AtMost, RuleOperator::Above,
                RuleOperator::Below,   RuleOperator::Is,     RuleOperator::IsNot};
    }
    return {};
}

QStringList choices(RuleField field)
{
    switch (field) {
    case RuleField::Lifecycle:
        return {QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("passive"),
                QStringLiteral("lost"), QStringLiteral("bad")};
    case RuleField::CreditStatus:
        return {QStringLiteral("current"), QStringLiteral("overdue"), QStringLiteral("macet")};
    case RuleField::Tier:
        return {QStringLiteral("big"), QStringLiteral("regular"), QStringLiteral("micro"),
                QString()};
    case RuleField::RfmSegment: {
        QStringList ids;
        for (int i = int(RfmSegment::Prospect); i <= int(RfmSegment::Champions); ++i)
            ids.append(segmentation::rfmSegmentId(RfmSegment(i)));
        return ids;
    }
    case RuleField::ProfitGroup:
        return {QStringLiteral("major"), QStringLiteral("potential"), QStringLiteral("low"),
                QString()};
    case RuleField::Kind:
        return {QStringLiteral("person"), QStringLiteral("business")};
    case RuleField::Birthday:
        return {QStringLiteral("this_week"), QStringLiteral("this_month")};
    case RuleField::LoyaltyTier:
        return {loyalty::tierId(LoyaltyTier::Member), loyalty::tierId(LoyaltyTier::Silver),
                loyalty::tierId(LoyaltyTier::Gold)};
    case RuleField::Source: {
        QStringList ids;
        for (int i = int(AcquisitionSource::Unknown); i <= int(AcquisitionSource::Other); ++i)
            ids.append(customer::sourceId(AcquisitionSource(i)));
        return ids;
    }
    default:
        return {};
    }
}

QString fieldId(RuleField field)
{
    return QLatin1String(info(field).id);
}

std::optional<RuleField> fieldFromId(const QString& id)
{
    for (const FieldInfo& entry : fieldTable)
        if (id == QLatin1String(entry.id))
            return entry.field;
    return std::nullopt;
}

QString operatorId(RuleOperator op)
{
    for (const auto& [candidate, id] : operatorIds)
        if (candidate == op)
            return QLatin1String(id);
    return {};
}

std::optional<RuleOperator> operatorFromId(const QString& id)
{
    for (const auto& [op, candidate] : operatorIds)
        if (id == QLatin1String(candidate))
            return op;
    return std::nullopt;
}

bool isValid(const RuleCondition& condition)
{
    if (!operatorsFor(condition.field).contains(condition.op))
        return false;
    switch (valueKind(condition.field)) {
    case RuleValueKind::Choice:
        return choices(condition.field).contains(condition.value);
    case RuleValueKind::Text:
    case RuleValueKind::Tag:
        return !condition.value.trimmed().isEmpty();
    case RuleValueKind::Number:
    case RuleValueKind::Money:
    case RuleValueKind::Date:
        return numberOf(valueKind(condition.field), condition.value).has_value();
    }
    return false;
}

bool matches(const RuleCondition& condition, const CustomerSegment& customer)
{
    const RuleValueKind kind = valueKind(condition.field);
    switch (kind) {
    case RuleValueKind::Choice: {
        const bool same =
            condition.field == RuleField::Birthday
                ? (condition.value == QLatin1String("this_week") ? customer.birthdayThisWeek
                                                                 : customer.birthdayThisMonth)
                : textField(condition.field, customer) == condition.value;
        return condition.op == RuleOperator::IsNot ? !same : same;
    }
    case RuleValueKind::Tag: {
        const QString tag = condition.value.trimmed();
        bool has = false;
        for (const QString& candidate : customer.activity.tags)
            has = has || candidate.compare(tag, Qt::CaseInsensitive) == 0;
        return condition.op == RuleOperator::IsNot ? !has : has;
    }
    case RuleValueKind::Text: {
        const QString value = textField(condition.field, customer);
        const QString wanted = condition.value.trimmed();
        switch (condition.op) {
        case RuleOperator::Is:
            return value.compare(wanted, Qt::CaseInsensitive) == 0;
        case RuleOperator::IsNot:
            return value.compare(wanted, Qt::CaseInsensitive) != 0;
        case RuleOperator::Contains:
            return value.contains(wanted, Qt::CaseInsensitive);
        case RuleOperator::LacksText:
            return !value.contains(wanted, Qt::CaseInsensitive);
        default:
            return false;
        }
    }
    case RuleValueKind::Number:
    case RuleValueKind::Money:
    case RuleValueKind::Date: {
        const std::optional<qint64> wanted = numberOf(kind, condition.value);
        const std::optional<qint64> value = numberField(condition.field, customer);
        if (!wanted)
            return false;
        // No value (no sale, no score) only ever differs.
        if (!value)
            return condition.op == RuleOperator::IsNot;
        return compare(condition.op, *value, *wanted);
    }
    }
    return false;
}

QString valueOf(RuleField field, const CustomerSegment& customer)
{
    switch (valueKind(field)) {
    case RuleValueKind::Choice:
        if (field == RuleField::Birthday)
            return customer.birthdayThisWeek    ? QStringLiteral("this_week")
                   : customer.birthdayThisMonth ? QStringLiteral("this_month")
                                                : QString();
        return textField(field, customer);
    case RuleValueKind::Text:
        return textField(field, customer);
    case RuleValueKind::Tag:
        return customer.activity.tags.join(QStringLiteral(", "));
    case RuleValueKind::Number:
    case RuleValueKind::Money: {
        const std::optional<qint64> value = numberField(field, customer);
        return value ? QString::number(*value) : QString();
    }
    case RuleValueKind::Date: {
        const std::optional<qint64> value = numberField(field, customer);
        return value ? QDate::fromJulianDay(*value).toString(Qt::ISODate) : QString();
    }
    }
    return {};
}

bool matches(const SegmentRule& rule, const CustomerSegment& customer)
{
    if (rule.groups.isEmpty())
        return false;
    for (const RuleGroup& group : rule.groups) {
        bool groupMatches = group.all;
        for (const RuleCondition& condition : group.conditions) {
            const bool hit = matches(condition, customer);
            if (group.all && !hit) {
                groupMatches = false;
                break;
            }
            if (!group.all && hit) {
                groupMatches = true;
                break;
            }
        }
        if (group.conditions.isEmpty())
            groupMatches = false;
        if (rule.all && !groupMatches)
            return false;
        if (!rule.all && groupMatches)
            return true;
    }
    return rule.all;
}

QString toJson(const SegmentRule& rule)
{
    const auto match = [](bool all) { return all ? QStringLiteral("all") : QStringLiteral("any"); };
    QJsonArray groups;
    for (const RuleGroup& group : rule.groups) {
        QJsonArray conditions;
        for (const RuleCondition& condition : group.conditions)
            conditions.append(QJsonObject{{QStringLiteral("field"), fieldId(condition.field)},
                                          {QStringLiteral("op"), operatorId(condition.op)},
                                          {QStringLiteral("value"), condition.value}});
        groups.append(QJsonObject{{QStringLiteral("match"), match(group.all)},
                                  {QStringLiteral("conditions"), conditions}});
    }
    const QJsonObject root{{QStringLiteral("match"), match(rule.all)},
                           {QStringLiteral("groups"), groups}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<SegmentRule> fromJson(const QString& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    SegmentRule rule;
    rule.all = root.value(QStringLiteral("match")).toString() != QLatin1String("any");
    for (const QJsonValue& groupValue : root.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject groupObject = groupValue.toObject();
        RuleGroup group;
        group.all = groupObject.value(QStringLiteral("match")).toString() != QLatin1String("any");
        for (const QJsonValue& conditionValue :
             groupObject.value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject object = conditionValue.toObject();
            const auto field = fieldFromId(object.value(QStringLiteral("field")).toString());
            const auto op = operatorFromId(object.value(QStringLiteral("op")).toString());
            if (!field || !op)
                return std::nullopt;
            group.conditions.append(
                RuleCondition{*field, *op, object.value(QStringLiteral("value")).toString()});
        }
        rule.groups.append(group);
    }
    return rule;
}

} // namespace setia::segmentRule
