#pragma once

#include "analytics/SegmentRule.h"
#include "analytics/Segmentation.h"

#include <QCoreApplication>
#include <QString>

namespace setia {

// What the screens and reports call segments, fields and operators, translated; and why a
// customer is in their segments, in words.
class SegmentNames
{
    Q_DECLARE_TR_FUNCTIONS(SegmentNames)

public:
    static QString tier(ContributionTier tier);    // "Big", …; "No tier" for None
    static QString profitGroup(ProfitGroup group); // "Major", …; "No group" for None
    static QString rfmSegment(RfmSegment segment); // "Champions", "At risk", …
    static QString field(RuleField field);         // "Lifecycle", "Revenue (365 days)", …
    static QString op(RuleOperator op);            // "is", "at least", …
    // A choice of a Choice field by its id ("passive" → "Passive").
    static QString choice(RuleField field, const QString& id);
    // "Contribution tier is Big", "Days since last purchase at least 60".
    static QString condition(const RuleCondition& condition);
    // The customer's value of a field as shown: "Big", "75", "Rp2.500.000", "-" for none.
    static QString valueOf(RuleField field, const CustomerSegment& customer);
    // Why the customer meets the rule: each condition that holds, with their value where the
    // condition does not say it: "Contribution tier is Big; Days since last purchase at
    // least 60 (75)".
    static QString ruleReason(const SegmentRule& rule, const CustomerSegment& customer);

    // One line each: "Last purchase 120 days ago → passive", "Revenue Rp2.500.000: the
    // customers above hold less than 80 % of the total → big", "R 4 · F 2 · M 3 → potential
    // loyalist", "Margin Rp400.000, revenue up 30 % on the 90 days before → potential".
    static QString lifecycleReason(const CustomerSegment& customer, const SegmentationRules& rules);
    static QString tierReason(const CustomerSegment& customer, const SegmentationRules& rules);
    static QString rfmReason(const CustomerSegment& customer);
    static QString profitReason(const CustomerSegment& customer, const SegmentationRules& rules);
};

} // namespace setia
