#pragma once

#include <QtGlobal>

#include <optional>

namespace setia {

// One side of a campaign over its response window (SPEC §15).
struct GroupOutcome
{
    qint64 customers = 0;
    qint64 responders = 0; // with at least one non-voided sale in the window
    qint64 revenue = 0;    // the revenue of their sales in the window

    // The response rate in tenths of a percent, rounded half away; nullopt without customers.
    std::optional<qint64> rateTenths() const;
    // Revenue per customer, whole Rupiah rounded half away; nullopt without customers.
    std::optional<qint64> revenuePerCustomer() const;
};

// Treatment against holdout (SPEC §15): the uplift in percentage points, the incremental
// revenue and the one-sided Fisher exact p that the treatment's rate is higher. Without a
// customer on either side there is nothing to compare: the three are nullopt.
struct CampaignOutcome
{
    GroupOutcome treatment;
    GroupOutcome holdout;
    std::optional<qint64> upliftTenths; // rate(treatment) − rate(holdout), points × 10
    std::optional<qint64> incrementalRevenue;
    std::optional<double> pValue;

    // p below this, with a positive uplift, is "most likely worked".
    static constexpr double significance = 0.05;

    static CampaignOutcome of(const GroupOutcome& treatment, const GroupOutcome& holdout);
    bool likelyWorked() const
    {
        return pValue && upliftTenths && *upliftTenths > 0 && *pValue < significance;
    }

    // P(X ≥ treatmentResponders) for X hypergeometric: of all responders, how many would fall
    // in a treatment of this size by chance alone (Fisher's exact test, one-sided).
    static double fisherOneSided(qint64 treatmentResponders, qint64 treatmentCustomers,
                                 qint64 holdoutResponders, qint64 holdoutCustomers);
    // The smallest difference in points this split can tell from chance (one-sided 5 %, 80 %
    // power) for a baseline response rate given in millionths (clamped to 5 … 95 %); nullopt
    // without customers on either side.
    static std::optional<int> detectableLiftPoints(qint64 treatmentCustomers,
                                                   qint64 holdoutCustomers, qint64 baselinePpm);
};

} // namespace setia
