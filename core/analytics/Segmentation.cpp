#include "analytics/Segmentation.h"

#include "analytics/DayAgenda.h"
#include "domain/BirthdayWeek.h"

#include <algorithm>
#include <vector>

namespace setia::segmentation {
namespace {

constexpr int daysPerMonth = 30;

// Ranks the `count` entries with a positive value, largest first and ties by member code,
// and calls `place` with each and the sum of the values ranked above it.
template <typename Value, typename Code, typename Place>
void rankByShare(qsizetype count, Value value, Code code, Place place)
{
    struct Ranked
    {
        qint64 value;
        qsizetype index;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(static_cast<std::size_t>(count));
    qint64 total = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 v = value(i);
        if (v > 0) {
            ranked.push_back({v, i});
            total += v;
        }
    }
    std::sort(ranked.begin(), ranked.end(), [&](const Ranked& a, const Ranked& b) {
        if (a.value != b.value)
            return a.value > b.value;
        return code(a.index) < code(b.index);
    });
    qint64 before = 0;
    for (const Ranked& entry : ranked) {
        place(entry.index, before, total);
        before += entry.value;
    }
}

// Wide enough for a sum of Rupiah times 100 (GCC and Clang).
__extension__ using Wide = __int128;

// `before` < `percent` % of `total`, in integers.
bool below(qint64 before, int percent, qint64 total)
{
    return Wide(before) * 100 < Wide(total) * percent;
}

// The tier of a customer with `before` of `total` revenue ranked above them.
ContributionTier tierFor(qint64 before, qint64 total, const SegmentationRules& rules)
{
    return below(before, rules.bigPercent, total)       ? ContributionTier::Big
           : below(before, rules.regularPercent, total) ? ContributionTier::Regular
                                                        : ContributionTier::Micro;
}

// 1 + floor(5 × beaten / n), at most 5.
int score(qsizetype beaten, qsizetype n)
{
    return static_cast<int>(std::min<qsizetype>(5, 1 + 5 * beaten / n));
}

} // namespace

qint64 costRupiah(qint64 costMilli)
{
    return costMilli >= 0 ? (costMilli + 500) / 1000 : -((-costMilli + 500) / 1000);
}

RfmSegment rfmSegmentFor(int r, int f)
{
    if (r <= 2)
        return f <= 2   ? RfmSegment::Hibernating
               : f <= 4 ? RfmSegment::AtRisk
                        : RfmSegment::CantLose;
    if (r == 3)
        return f <= 2   ? RfmSegment::AboutToSleep
               : f == 3 ? RfmSegment::NeedAttention
                        : RfmSegment::Loyal;
    if (r == 4)
        return f == 1   ? RfmSegment::Promising
               : f <= 3 ? RfmSegment::PotentialLoyalist
                        : RfmSegment::Loyal;
    return f == 1   ? RfmSegment::New
           : f <= 3 ? RfmSegment::PotentialLoyalist
                    : RfmSegment::Champions;
}

qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Wide twice = Wide(numerator) * 2;
    return static_cast<qint64>(numerator >= 0
                                   ? (twice + denominator) / (Wide(denominator) * 2)
                                   : -((-twice + denominator) / (Wide(denominator) * 2)));
}

QList<CustomerSegment> compute(QList<CustomerActivity> customers, const QDate& asOf,
                               const SegmentationRules& rules)
{
    QList<CustomerSegment> segments;
    segments.reserve(customers.size());
    std::vector<qint64> recency;
    std::vector<qint64> frequency;
    std::vector<qint64> monetary;
    for (CustomerActivity& activity : customers) {
        CustomerSegment s;
        s.activity = std::move(activity);
        const CustomerActivity& a = s.activity;
        if (a.lastSale.isValid()) {
            s.recencyDays = static_cast<int>(a.lastSale.daysTo(asOf));
            s.lifecycle = s.recencyDays <= rules.activeDays    ? Lifecycle::Active
                          : s.recencyDays <= rules.passiveDays ? Lifecycle::Passive
                                                               : Lifecycle::Lost;
            s.rfm = RfmSegment::Lost;
            s.marginEver = a.revenueEver - costRupiah(a.costMilliEver);
            s.projectedMonth = divideRounded(a.revenue90, 3);
            // Margin per sale × sales per month = margin per month since the first sale
            // (a month being 30 days, at least one).
            const qint64 days = std::max<qint64>(daysPerMonth, a.firstSale.daysTo(asOf) + 1);
            s.lifetimeValue =
                divideRounded(s.marginEver * rules.remainingMonths * daysPerMonth, days);
        }
        if (a.bad)
            s.lifecycle = Lifecycle::Bad;
        if (a.frequency > 0) {
            s.margin = a.revenue - costRupiah(a.costMilli) - a.remedyCost;
            recency.push_back(s.recencyDays);
            frequency.push_back(a.frequency);
            monetary.push_back(a.revenue);
        }
        segments.append(std::move(s));
    }

    // RFM over the customers with a sale in the window; ties score alike.
    const auto n = static_cast<qsizetype>(recency.size());
    std::sort(recency.begin(), recency.end());
    std::sort(frequency.begin(), frequency.end());
    std::sort(monetary.begin(), monetary.end());
    for (CustomerSegment& s : segments) {
        const CustomerActivity& a = s.activity;
        if (a.frequency == 0)
            continue;
        const auto longer =
            recency.end() - std::upper_bound(recency.begin(), recency.end(), qint64(s.recencyDays));
        const auto fewer =
            std::lower_bound(frequency.begin(), frequency.end(), a.frequency) - frequency.begin();
        const auto less =
            std::lower_bound(monetary.begin(), monetary.end(), a.revenue) - monetary.begin();
        s.r = score(longer, n);
        s.f = score(fewer, n);
        s.m = score(less, n);
        s.rfm = rfmSegmentFor(s.r, s.f);
        s.profit = ProfitGroup::Low; // until the ranking below says more
    }

    const auto codeAt = [&](qsizetype i) -> const QString& { return segments.at(i).activity.code; };
    rankByShare(
        segments.size(), [&](qsizetype i) { return segments.at(i).activity.revenue; }, codeAt,
        [&](qsizetype index, qint64 before, qint64 total) {
            segments[index].tier = tierFor(before, total, rules);
        });
    rankByShare(
        segments.size(),
        [&](qsizetype i) {
            const CustomerSegment& s = segments.at(i);
            return s.activity.frequency > 0 ? s.margin : 0;
        },
        codeAt,
        [&](qsizetype index, qint64 before, qint64 total) {
            CustomerSegment& s = segments[index];
            const CustomerActivity& a = s.activity;
            const bool growing = a.revenue90 > 0 && Wide(a.revenue90) * 100 >=
                                                        Wide(a.revenuePrev90) * rules.growthPercent;
            const bool newcomer =
                a.firstSale.isValid() && a.firstSale.daysTo(asOf) <= rules.newcomerDays;
            s.profit = below(before, rules.majorPercent, total) ? ProfitGroup::Major
                       : growing || newcomer                    ? ProfitGroup::Potential
                                                                : ProfitGroup::Low;
        });
    // What the rule builder adds (SPEC §13): last touch, contact interval, birthdays.
    for (CustomerSegment& s : segments) {
        const CustomerActivity& a = s.activity;
        const QDate touch = !a.lastInteraction.isValid() ? a.lastSale
                            : !a.lastSale.isValid()      ? a.lastInteraction
                                                         : std::max(a.lastSale, a.lastInteraction);
        s.lastTouchDays = touch.isValid() ? static_cast<int>(touch.daysTo(asOf)) : -1;
        s.contactInterval =
            a.contactInterval > 0 ? a.contactInterval : agenda::defaultInterval(s.tier);
        s.birthdayThisWeek = birthday::isBirthdayWeek(a.birthday, asOf);
        s.birthdayThisMonth = a.birthday.isValid() && a.birthday.month() == asOf.month();
    }
    return segments;
}

QList<ContributionTier> tiers(const QList<qint64>& revenues, const QStringList& codes,
                              const SegmentationRules& rules)
{
    Q_ASSERT(revenues.size() == codes.size());
    QList<ContributionTier> result(revenues.size(), ContributionTier::None);
    rankByShare(
        revenues.size(), [&](qsizetype i) { return revenues.at(i); },
        [&](qsizetype i) -> const QString& { return codes.at(i); },
        [&](qsizetype index, qint64 before, qint64 total) {
            result[index] = tierFor(before, total, rules);
        });
    return result;
}

QString tierId(ContributionTier tier)
{
    switch (tier) {
    case ContributionTier::Big:
        return QStringLiteral("big");
    case ContributionTier::Regular:
        return QStringLiteral("regular");
    case ContributionTier::Micro:
        return QStringLiteral("micro");
    case ContributionTier::None:
        break;
    }
    return {};
}

QString profitGroupId(ProfitGroup group)
{
    switch (group) {
    case ProfitGroup::Major:
        return QStringLiteral("major");
    case ProfitGroup::Potential:
        return QStringLiteral("potential");
    case ProfitGroup::Low:
        return QStringLiteral("low");
    case ProfitGroup::None:
        break;
    }
    return {};
}

QString rfmSegmentId(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Prospect:
        return QStringLiteral("prospect");
    case RfmSegment::Lost:
        return QStringLiteral("lost");
    case RfmSegment::Hibernating:
        return QStringLiteral("hibernating");
    case RfmSegment::AtRisk:
        return QStringLiteral("at_risk");
    case RfmSegment::CantLose:
        return QStringLiteral("cant_lose");
    case RfmSegment::AboutToSleep:
        return QStringLiteral("about_to_sleep");
    case RfmSegment::NeedAttention:
        return QStringLiteral("need_attention");
    case RfmSegment::Loyal:
        return QStringLiteral("loyal");
    case RfmSegment::Promising:
        return QStringLiteral("promising");
    case RfmSegment::PotentialLoyalist:
        return QStringLiteral("potential_loyalist");
    case RfmSegment::New:
        return QStringLiteral("new");
    case RfmSegment::Champions:
        return QStringLiteral("champions");
    }
    return {};
}

} // namespace setia::segmentation
