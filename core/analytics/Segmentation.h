#pragma once

#include "domain/CustomerCard.h"
#include "domain/Receivables.h"

#include <QDate>
#include <QList>
#include <QString>

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
    qint64 revenue90 = 0;     // revenue at most 90 days before D
    qint64 revenuePrev90 = 0; // revenue 91–180 days before D
    CreditStatus credit = CreditStatus::Current;
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
};

namespace segmentation {

// Every measure of SPEC §5 for `customers` as of `asOf`: lifecycle, tier, RFM, margin and
// profit group. Tiers and scores rank the customers given against each other.
QList<CustomerSegment> compute(const QList<CustomerActivity>& customers, const QDate& asOf);

// The cost of goods in whole Rupiah, rounded half away from zero.
qint64 costRupiah(qint64 costMilli);
RfmSegment rfmSegmentFor(int r, int f);

// Ids for files and the CLI ("big", "champions", "major"); empty for None.
QString tierId(ContributionTier tier);
QString profitGroupId(ProfitGroup group);
QString rfmSegmentId(RfmSegment segment);

} // namespace segmentation

} // namespace setia
