#include "analytics/TargetRules.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace setia::targetRules {
namespace {

constexpr qsizetype rhythmDays = 6;
constexpr qsizetype recentSales = 6;
constexpr qsizetype averagedSales = 4;
constexpr int windowDays = 365;

} // namespace

bool dueByRhythm(const QList<QDate>& purchaseDays, qint64 sales, const QDate& day)
{
    if (sales < 2 || purchaseDays.size() < 2)
        return false;
    const QDate last = purchaseDays.last();
    const qint64 since = last.daysTo(day);
    if (since < 0 || since > windowDays)
        return false;
    const qsizetype from = std::max<qsizetype>(0, purchaseDays.size() - rhythmDays);
    std::vector<qint64> gaps;
    for (qsizetype i = from + 1; i < purchaseDays.size(); ++i)
        gaps.push_back(purchaseDays.at(i - 1).daysTo(purchaseDays.at(i)));
    std::sort(gaps.begin(), gaps.end());
    const std::size_t n = gaps.size();
    // Twice the median, to stay in whole days: last + median ≤ day ⇔ 2 × since ≥ 2 × median.
    const qint64 twiceMedian = n % 2 == 1 ? 2 * gaps[n / 2] : gaps[n / 2 - 1] + gaps[n / 2];
    return 2 * since >= twiceMedian;
}

bool dueByVisitDay(VisitDays visitDays, const QDate& day)
{
    return visitDays.contains(day.dayOfWeek());
}

QList<Suggestion> suggestions(const QList<TargetSale>& sales)
{
    const qsizetype from = std::max<qsizetype>(0, sales.size() - recentSales);
    QHash<qint64, int> salesHolding;
    for (qsizetype i = from; i < sales.size(); ++i)
        for (auto it = sales.at(i).milliByProduct.cbegin(); it != sales.at(i).milliByProduct.cend();
             ++it)
            ++salesHolding[it.key()];
    QList<qint64> products;
    for (auto it = salesHolding.cbegin(); it != salesHolding.cend(); ++it)
        if (it.value() >= 2)
            products.append(it.key());
    std::sort(products.begin(), products.end());

    QList<Suggestion> result;
    for (qint64 product : std::as_const(products)) {
        Suggestion suggestion;
        suggestion.productId = product;
        qint64 total = 0;
        for (qsizetype i = sales.size() - 1; i >= 0 && suggestion.basis.size() < averagedSales;
             --i) {
            const auto it = sales.at(i).milliByProduct.constFind(product);
            if (it == sales.at(i).milliByProduct.cend())
                continue;
            suggestion.basis.prepend(Quantity::fromMilli(*it));
            total += *it;
        }
        // The ceiling of total / count, in whole units: ⌈total / (count × 1000)⌉.
        const qint64 divisor = suggestion.basis.size() * Quantity::scale;
        suggestion.quantity = (total + divisor - 1) / divisor;
        result.append(suggestion);
    }
    return result;
}

QString basisText(const QList<Quantity>& basis)
{
    QStringList parts;
    for (const Quantity& quantity : basis)
        parts.append(quantity.toString(QLatin1Char('.')));
    return parts.join(QStringLiteral(", "));
}

} // namespace setia::targetRules
