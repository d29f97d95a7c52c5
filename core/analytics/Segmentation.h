#pragma once

#include "domain/Customer.h"
#include "domain/CustomerCard.h"
#include "domain/Loyalty.h"
#include "domain/Receivables.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace setia {

// Contribution tier over the window's revenue (SPEC §5); None without revenue.
enum class ContributionTier { None, Big, Regular, Micro };
// Profit group over the window's margin (SPEC §5); None without a sale in the window.
enum class ProfitGroup { None, Major, Potential, Low };
// RFM segments of SPEC §5, with `Lost` (every sale older than the window) and `Prospect`
// (never bought) for customers outside the RFM population.
enum class RfmSegment {
    Prospect,
    Lost,
    Hibernating,
    AtRisk,
    CantLose,
    AboutToSleep,
    NeedAttention,
    Loyal,
    Promising,
    PotentialLoyalist,
    New,
    Champions,
};

// The thresholds of SPEC §5 the owner may change in Settings; the defaults are the SPEC's.
// The window of the tier, RFM and margin stays 365 days.
struct SegmentationRules
{
    int activeDays = 90;      // active: last sale at most this many days before D
    int passiveDays = 365;    // passive up to this; lost beyond
    int bigPercent = 80;      // big while the revenue ranked above is below this share
    int regularPercent = 95;  // regular below this share, micro beyond
    int majorPercent = 80;    // profit group major, over the positive margin
    int growthPercent = 125;  // potential: last 90 days ≥ this % of the 90 days before
    int newcomerDays = 90;    // potential: first sale at most this many days before D
    int remainingMonths = 24; // expected remaining months of the lifetime value

    friend bool operator==(const SegmentationRules&, const SegmentationRules&) = default;
};

// What one customer did up to the as-of date D: the inputs of every measure of SPEC §5.
// Sales are the non-voided ones dated on or before D.
struct CustomerActivity
{
    qint64 customerId = 0;
    QString code;
    QString name;
    bool bad = false;
    QDate firstSale; // invalid when none
    QDate lastSale;
    qint64 frequency = 0;     // sales at most 365 days before D
    qint64 revenue = 0;       // their revenue
    qint64 costMilli = 0;     // their cost of goods, free items included, in 1/1000 Rupiah
    qint64 remedyCost = 0;    // what complaints' remedies cost in the window (a reward, §14)
    qint64 revenue90 = 0;     // revenue at most 90 days before D
    qint64 revenuePrev90 = 0; // revenue 91–180 days before D
    qint64 salesEver = 0;     // every sale up to D
    qint64 revenueEver = 0;   // their revenue
    qint64 costMilliEver = 0; // their cost of goods
    CreditStatus credit = CreditStatus::Current;

    // What the customer record says, for rule segments.
    CustomerKind kind = CustomerKind::Person;
    QString phone;
    QString city;
    QString area;
    QString type;
    QString source; // acquisition source id
    QString salesperson;
    QStringList tags;
    QDate joined;
    // What the rule builder and the business rules look at besides the sales (SPEC §13).
    QDate birthday;      // invalid when unknown
    qint64 spend365 = 0; // revenue of D−364 … D, which decides the loyalty tier (SPEC §6)
    LoyaltyTier loyaltyTier = LoyaltyTier::Member;
    qint64 points = 0;       // the points ledger's balance on D
    QDate lastInteraction;   // the day of the latest contact on or before D; invalid: none
    int openFollowUps = 0;   // follow-ups not done
    int contactInterval = 0; // their own, in days; 0: their tier's default
    qint64 balance = 0;      // what they owe on D
    qint64 creditLimit = 0;  // 0: no limit
};

// One customer's segments as of D.
struct CustomerSegment
{
    CustomerActivity activity;
    Lifecycle lifecycle = Lifecycle::Prospect;
    ContributionTier tier = ContributionTier::None;
    int recencyDays = -1; // -1 for a prospect
    int r = 0;            // 1–5 in the RFM population, else 0
    int f = 0;
    int m = 0;
    RfmSegment rfm = RfmSegment::Prospect;
    qint64 margin = 0; // revenue − cost of goods in the window, whole Rupiah
    ProfitGroup profit = ProfitGroup::None;
    qint64 marginEver = 0;          // historical margin up to D
    qint64 projectedMonth = 0;      // revenue of the last 90 days / 3
    qint64 lifetimeValue = 0;       // margin per month since the first sale × remaining months
    int lastTouchDays = -1;         // days since the last sale or contact; -1 for neither
    int contactInterval = 0;        // their own or their tier's (SPEC §13); 0 for none
    bool birthdayThisWeek = false;  // in the Monday–Sunday week of D (SPEC §6)
    bool birthdayThisMonth = false; // in D's month
};

namespace segmentation {

// Every measure of SPEC §5 for `customers` as of `asOf`: lifecycle, tier, RFM, margin and
// profit group. Tiers and scores rank the customers given against each other.
QList<CustomerSegment> compute(QList<CustomerActivity> customers, const QDate& asOf,
                               const SegmentationRules& rules = {});

// Whole Rupiah of numerator / denominator, rounded half away from zero.
qint64 divideRounded(qint64 numerator, qint64 denominator);

// The cost of goods in whole Rupiah, rounded half away from zero.
qint64 costRupiah(qint64 costMilli);
RfmSegment rfmSegmentFor(int r, int f);

// The contribution tier of each customer whose window revenue is `revenues[i]` and member
// code `codes[i]`, ranked against the others given, as compute() does.
QList<ContributionTier> tiers(const QList<qint64>& revenues, const QStringList& codes,
                              const SegmentationRules& rules = {});

// Ids for files and the CLI ("big", "champions", "major"); empty for None.
QString tierId(ContributionTier tier);
QString profitGroupId(ProfitGroup group);
QString rfmSegmentId(RfmSegment segment);

} // namespace segmentation

} // namespace setia
