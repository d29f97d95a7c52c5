#include "analytics/CampaignOutcome.h"

#include "analytics/Segmentation.h"

#include <algorithm>
#include <cmath>

namespace setia {
namespace {

__extension__ using Wide = __int128;

qint64 divideRoundedWide(Wide numerator, Wide denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Wide twice = numerator * 2;
    return qint64(numerator >= 0 ? (twice + denominator) / (denominator * 2)
                                 : -((-twice + denominator) / (denominator * 2)));
}

double logChoose(qint64 n, qint64 k)
{
    return std::lgamma(double(n) + 1) - std::lgamma(double(k) + 1) - std::lgamma(double(n - k) + 1);
}

} // namespace

std::optional<qint64> GroupOutcome::rateTenths() const
{
    if (customers <= 0)
        return std::nullopt;
    return segmentation::divideRounded(responders * 1000, customers);
}

std::optional<qint64> GroupOutcome::revenuePerCustomer() const
{
    if (customers <= 0)
        return std::nullopt;
    return segmentation::divideRounded(revenue, customers);
}

CampaignOutcome CampaignOutcome::of(const GroupOutcome& treatment, const GroupOutcome& holdout)
{
    CampaignOutcome o;
    o.treatment = treatment;
    o.holdout = holdout;
    const qint64 nT = treatment.customers;
    const qint64 nH = holdout.customers;
    if (nT <= 0 || nH <= 0)
        return o;
    // (rT/nT − rH/nH) × 1000 = 1000 (rT nH − rH nT) / (nT nH), worked in exact integers.
    o.upliftTenths = divideRoundedWide(
        Wide(1000) * (Wide(treatment.responders) * nH - Wide(holdout.responders) * nT),
        Wide(nT) * nH);
    // (RT/nT − RH/nH) × nT = (RT nH − RH nT) / nH.
    o.incrementalRevenue =
        divideRoundedWide(Wide(treatment.revenue) * nH - Wide(holdout.revenue) * nT, Wide(nH));
    o.pValue = fisherOneSided(treatment.responders, nT, holdout.responders, nH);
    return o;
}

double CampaignOutcome::fisherOneSided(qint64 treatmentResponders, qint64 treatmentCustomers,
                                       qint64 holdoutResponders, qint64 holdoutCustomers)
{
    const qint64 total = treatmentCustomers + holdoutCustomers;
    const qint64 responders = treatmentResponders + holdoutResponders;
    const qint64 highest = std::min(responders, treatmentCustomers);
    const qint64 lowest = std::max<qint64>(0, responders - holdoutCustomers);
    if (treatmentResponders <= lowest)
        return 1.0;
    const double all = logChoose(total, treatmentCustomers);
    auto logTerm = [&](qint64 x) {
        return logChoose(responders, x) + logChoose(total - responders, treatmentCustomers - x) -
               all;
    };
    // Summed from the largest term (at the observed count or beyond) so none underflows.
    double largest = -INFINITY;
    for (qint64 x = treatmentResponders; x <= highest; ++x)
        largest = std::max(largest, logTerm(x));
    double sum = 0;
    for (qint64 x = treatmentResponders; x <= highest; ++x)
        sum += std::exp(logTerm(x) - largest);
    return std::clamp(std::exp(largest) * sum, 0.0, 1.0);
}

std::optional<int> CampaignOutcome::detectableLiftPoints(qint64 treatmentCustomers,
                                                         qint64 holdoutCustomers,
                                                         qint64 baselinePpm)
{
    if (treatmentCustomers <= 0 || holdoutCustomers <= 0)
        return std::nullopt;
    constexpr double zAlpha = 1.6449; // one-sided 5 %
    constexpr double zPower = 0.8416; // 80 %
    const double p = std::clamp(double(baselinePpm) / 1e6, 0.05, 0.95);
    const double spread = std::sqrt(
        p * (1 - p) * (1.0 / double(treatmentCustomers) + 1.0 / double(holdoutCustomers)));
    return int(std::lround((zAlpha + zPower) * spread * 100));
}

} // namespace setia
