#include "analytics/SegmentNames.h"

#include "domain/Customer.h"
#include "domain/Money.h"
#include "domain/StatusNames.h"

#include <QLocale>

namespace setia {

QString SegmentNames::tier(ContributionTier tier)
{
    switch (tier) {
    case ContributionTier::Big:
        return tr("Big");
    case ContributionTier::Regular:
        return tr("Regular");
    case ContributionTier::Micro:
        return tr("Micro");
    case ContributionTier::None:
        break;
    }
    return tr("No tier");
}

QString SegmentNames::profitGroup(ProfitGroup group)
{
    switch (group) {
    case ProfitGroup::Major:
        return tr("Major");
    case ProfitGroup::Potential:
        return tr("Potential");
    case ProfitGroup::Low:
        return tr("Low");
    case ProfitGroup::None:
        break;
    }
    return tr("No group");
}

QString SegmentNames::rfmSegment(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Prospect:
        return tr("Prospect");
    case RfmSegment::Lost:
        return tr("Lost");
    case RfmSegment::Hibernating:
        return tr("Hibernating");
    case RfmSegment::AtRisk:
        return tr("At risk");
    case RfmSegment::CantLose:
        return tr("Can't lose them");
    case RfmSegment::AboutToSleep:
        return tr("About to sleep");
    case RfmSegment::NeedAttention:
        return tr("Need attention");
    case RfmSegment::Loyal:
        return tr("Loyal");
    case RfmSegment::Promising:
        return tr("Promising");
    case RfmSegment::PotentialLoyalist:
        return tr("Potential loyalist");
    case RfmSegment::New:
        return tr("New");
    case RfmSegment::Champions:
        return tr("Champions");
    }
    return {};
}

QString SegmentNames::field(RuleField field)
{
    switch (field) {
    case RuleField::Lifecycle:
        return tr("Lifecycle");
    case RuleField::CreditStatus:
        return tr("Credit status");
    case RuleField::Tier:
        return tr("Contribution tier");
    case RuleField::RfmSegment:
        return tr("RFM segment");
    case RuleField::ProfitGroup:
        return tr("Profit group");
    case RuleField::RecencyDays:
        return tr("Days since last purchase");
    case RuleField::Frequency:
        return tr("Purchases (365 days)");
    case RuleField::Revenue365:
        return tr("Revenue (365 days)");
    case RuleField::Margin365:
        return tr("Margin (365 days)");
    case RuleField::Revenue90:
        return tr("Revenue (90 days)");
    case RuleField::R:
        return tr("R score");
    case RuleField::F:
        return tr("F score");
    case RuleField::M:
        return tr("M score");
    case RuleField::ProjectedMonth:
        return tr("Projected next month");
    case RuleField::LifetimeValue:
        return tr("Lifetime value");
    case RuleField::MarginEver:
        return tr("Margin to date");
    case RuleField::Kind:
        return tr("Person or business");
    case RuleField::City:
        return tr("City");
    case RuleField::Area:
        return tr("Area");
    case RuleField::Type:
        return tr("Customer type");
    case RuleField::Source:
        return tr("Came through");
    case RuleField::Salesperson:
        return tr("Salesperson");
    case RuleField::Tag:
        return tr("Tag");
    case RuleField::Joined:
        return tr("Member since");
    case RuleField::Birthday:
        return tr("Birthday");
    case RuleField::Points:
        return tr("Points");
    case RuleField::LoyaltyTier:
        return tr("Loyalty tier");
    case RuleField::LastTouchDays:
        return tr("Days since last touch");
    case RuleField::OpenFollowUps:
        return tr("Open follow-ups");
    case RuleField::ContactInterval:
        return tr("Contact interval (days)");
    case RuleField::CreditUsedPercent:
        return tr("Credit limit used (%)");
    }
    return {};
}

QString SegmentNames::condition(const RuleCondition& condition)
{
    QString value;
    switch (segmentRule::valueKind(condition.field)) {
    case RuleValueKind::Choice:
        value = choice(condition.field, condition.value);
        break;
    case RuleValueKind::Money:
        value = money::parse(condition.value) ? money::format(*money::parse(condition.value))
                                              : condition.value;
        break;
    case RuleValueKind::Text:
    case RuleValueKind::Tag:
        value = QStringLiteral("\"%1\"").arg(condition.value.trimmed());
        break;
    case RuleValueKind::Number:
    case RuleValueKind::Date:
        value = condition.value.trimmed();
        break;
    }
    return tr("%1 %2 %3").arg(field(condition.field), op(condition.op), value);
}

QString SegmentNames::valueOf(RuleField field, const CustomerSegment& customer)
{
    const QString value = segmentRule::valueOf(field, customer);
    if (value.isEmpty())
        return QStringLiteral("-");
    switch (segmentRule::valueKind(field)) {
    case RuleValueKind::Choice:
        return choice(field, value);
    case RuleValueKind::Money:
        return money::format(value.toLongLong());
    case RuleValueKind::Number:
        return QLocale().toString(value.toLongLong());
    case RuleValueKind::Text:
    case RuleValueKind::Tag:
    case RuleValueKind::Date:
        break;
    }
    return value;
}

QString SegmentNames::ruleReason(const SegmentRule& rule, const CustomerSegment& customer)
{
    QStringList held;
    for (const RuleGroup& group : rule.groups)
        for (const RuleCondition& c : group.conditions)
            if (segmentRule::matches(c, customer)) {
                // "Tier is Big" says the value already; a number, a date or words do not.
                const RuleValueKind kind = segmentRule::valueKind(c.field);
                const bool said = c.op == RuleOperator::Is &&
                                  (kind == RuleValueKind::Choice || kind == RuleValueKind::Tag);
                held.append(said ? condition(c)
                                 : tr("%1 (%2)").arg(condition(c), valueOf(c.field, customer)));
            }
    return held.join(QStringLiteral("; "));
}

QString SegmentNames::op(RuleOperator op)
{
    switch (op) {
    case RuleOperator::Is:
        return tr("is");
    case RuleOperator::IsNot:
        return tr("is not");
    case RuleOperator::Contains:
        return tr("contains");
    case RuleOperator::LacksText:
        return tr("does not contain");
    case RuleOperator::Below:
        return tr("below");
    case RuleOperator::AtMost:
        return tr("at most");
    case RuleOperator::Above:
        return tr("above");
    case RuleOperator::AtLeast:
        return tr("at least");
    }
    return {};
}

QString SegmentNames::choice(RuleField field, const QString& id)
{
    switch (field) {
    case RuleField::Lifecycle:
        for (Lifecycle value : {Lifecycle::Prospect, Lifecycle::Active, Lifecycle::Passive,
                                Lifecycle::Lost, Lifecycle::Bad})
            if (card::lifecycleId(value) == id)
                return StatusNames::lifecycle(value);
        break;
    case RuleField::CreditStatus:
        for (CreditStatus value :
             {CreditStatus::Current, CreditStatus::Overdue, CreditStatus::Macet})
            if (receivables::statusId(value) == id)
                return StatusNames::creditStatus(value);
        break;
    case RuleField::Tier:
        for (ContributionTier value : {ContributionTier::Big, ContributionTier::Regular,
                                       ContributionTier::Micro, ContributionTier::None})
            if (segmentation::tierId(value) == id)
                return tier(value);
        break;
    case RuleField::RfmSegment:
        for (int i = int(RfmSegment::Prospect); i <= int(RfmSegment::Champions); ++i)
            if (segmentation::rfmSegmentId(RfmSegment(i)) == id)
                return rfmSegment(RfmSegment(i));
        break;
    case RuleField::ProfitGroup:
        for (ProfitGroup value :
             {ProfitGroup::Major, ProfitGroup::Potential, ProfitGroup::Low, ProfitGroup::None})
            if (segmentation::profitGroupId(value) == id)
                return profitGroup(value);
        break;
    case RuleField::Kind:
        return id == QLatin1String("business") ? tr("Business") : tr("Person");
    case RuleField::Birthday:
        return id == QLatin1String("this_week") ? tr("this week") : tr("this month");
    case RuleField::LoyaltyTier:
        for (LoyaltyTier value : {LoyaltyTier::Member, LoyaltyTier::Silver, LoyaltyTier::Gold})
            if (loyalty::tierId(value) == id)
                return loyalty::tierName(value);
        break;
    case RuleField::Source:
        if (id.isEmpty())
            return tr("Unknown");
        if (id == QLatin1String("walk_in"))
            return tr("Walk-in");
        if (id == QLatin1String("referral"))
            return tr("Referral");
        if (id == QLatin1String("member_card"))
            return tr("Member card");
        if (id == QLatin1String("event"))
            return tr("Event");
        if (id == QLatin1String("sales_visit"))
            return tr("Sales visit");
        if (id == QLatin1String("exhibition"))
            return tr("Exhibition");
        if (id == QLatin1String("online"))
            return tr("Online");
        return tr("Other");
    default:
        break;
    }
    return id;
}

QString SegmentNames::lifecycleReason(const CustomerSegment& s, const SegmentationRules& rules)
{
    const QString name = StatusNames::lifecycle(s.lifecycle).toLower();
    if (s.lifecycle == Lifecycle::Bad)
        return tr("Flagged as a bad customer → %1").arg(name);
    if (s.recencyDays < 0)
        return tr("No purchase yet → %1").arg(name);
    const QString limit = s.lifecycle == Lifecycle::Active ? tr("at most %1").arg(rules.activeDays)
                          : s.lifecycle == Lifecycle::Passive
                              ? tr("%1 to %2").arg(rules.activeDays + 1).arg(rules.passiveDays)
                              : tr("more than %1").arg(rules.passiveDays);
    return tr("Last purchase %1 days ago (%2) → %3").arg(s.recencyDays).arg(limit, name);
}

QString SegmentNames::tierReason(const CustomerSegment& s, const SegmentationRules& rules)
{
    const qint64 revenue = s.activity.revenue;
    switch (s.tier) {
    case ContributionTier::Big:
        return tr("Revenue %1 in 365 days, among the customers who bring the first %2 % of "
                  "revenue → big")
            .arg(money::format(revenue))
            .arg(rules.bigPercent);
    case ContributionTier::Regular:
        return tr("Revenue %1 in 365 days, among the customers who bring %2–%3 % of revenue "
                  "→ regular")
            .arg(money::format(revenue))
            .arg(rules.bigPercent)
            .arg(rules.regularPercent);
    case ContributionTier::Micro:
        return tr("Revenue %1 in 365 days, among the customers who bring the last %2 % of "
                  "revenue → micro")
            .arg(money::format(revenue))
            .arg(100 - rules.regularPercent);
    case ContributionTier::None:
        break;
    }
    return tr("No revenue in the last 365 days → no tier");
}

QString SegmentNames::rfmReason(const CustomerSegment& s)
{
    const QString name = rfmSegment(s.rfm).toLower();
    if (s.r == 0)
        return s.rfm == RfmSegment::Prospect
                   ? tr("No purchase yet → %1").arg(name)
                   : tr("No purchase in the last 365 days → %1").arg(name);
    return tr("R %1 (last purchase %2 days ago) · F %3 (%4 purchases) · M %5 (%6) → %7")
        .arg(s.r)
        .arg(s.recencyDays)
        .arg(s.f)
        .arg(s.activity.frequency)
        .arg(s.m)
        .arg(money::format(s.activity.revenue), name);
}

QString SegmentNames::profitReason(const CustomerSegment& s, const SegmentationRules& rules)
{
    const QString margin = money::format(s.margin);
    switch (s.profit) {
    case ProfitGroup::Major:
        return tr("Margin %1 in 365 days, among the customers who bring the first %2 % of "
                  "margin → major")
            .arg(margin)
            .arg(rules.majorPercent);
    case ProfitGroup::Potential: {
        const CustomerActivity& a = s.activity;
        const qint64 firstDays = s.recencyDays + a.firstSale.daysTo(a.lastSale);
        if (firstDays <= rules.newcomerDays)
            return tr("Margin %1; first purchase %2 days ago → potential")
                .arg(margin)
                .arg(firstDays);
        if (a.revenuePrev90 == 0)
            return tr("Margin %1; revenue %2 in the last 90 days, nothing in the 90 before → "
                      "potential")
                .arg(margin, money::format(a.revenue90));
        return tr("Margin %1; revenue %2 in the last 90 days against %3 in the 90 before → "
                  "potential")
            .arg(margin, money::format(a.revenue90), money::format(a.revenuePrev90));
    }
    case ProfitGroup::Low:
        return s.margin > 0 ? tr("Margin %1, not growing → low").arg(margin)
                            : tr("Margin %1 → low").arg(margin);
    case ProfitGroup::None:
        break;
    }
    return tr("No purchase in the last 365 days → no group");
}

} // namespace setia
