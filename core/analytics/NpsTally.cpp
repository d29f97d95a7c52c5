#include "analytics/NpsTally.h"

#include "analytics/Segmentation.h"

#include <QHash>
#include <QMap>

#include <cmath>

namespace setia {
namespace {

bool later(const SurveyResponse& a, const SurveyResponse& b)
{
    return a.at != b.at ? a.at > b.at : a.id > b.id;
}

QList<SurveyResponse> latest(const QList<SurveyResponse>& responses, const QDate& from,
                             const QDate& to, bool (SurveyResponse::*has)() const)
{
    QList<SurveyResponse> counted;
    QHash<qint64, qsizetype> byCustomer;
    for (const SurveyResponse& r : responses) {
        const QDate day = r.at.date();
        if (!(r.*has)() || day < from || day > to)
            continue;
        if (r.customerId == 0) {
            counted.append(r);
            continue;
        }
        const auto found = byCustomer.constFind(r.customerId);
        if (found == byCustomer.constEnd()) {
            byCustomer.insert(r.customerId, counted.size());
            counted.append(r);
        } else if (later(r, counted.at(*found))) {
            counted[*found] = r;
        }
    }
    return counted;
}

} // namespace

std::optional<qint64> NpsTally::npsTenths() const
{
    if (responses == 0)
        return std::nullopt;
    return segmentation::divideRounded(qint64(1000) * (promoters - detractors), responses);
}

std::optional<qint64> NpsTally::marginTenths(int minimum) const
{
    if (responses == 0 || responses < minimum)
        return std::nullopt;
    const double n = responses;
    const double p = promoters / n;
    const double d = detractors / n;
    const double variance = std::max(0.0, p + d - (p - d) * (p - d));
    const double margin = 100.0 * 1.96 * std::sqrt(variance / n);
    return static_cast<qint64>(std::llround(margin * 10.0));
}

std::optional<qint64> NpsTally::csatTenths() const
{
    if (csatResponses == 0)
        return std::nullopt;
    return segmentation::divideRounded(qint64(1000) * csatSatisfied, csatResponses);
}

namespace nps {

QList<SurveyResponse> latestNps(const QList<SurveyResponse>& responses, const QDate& from,
                                const QDate& to)
{
    return latest(responses, from, to, &SurveyResponse::hasNps);
}

QList<SurveyResponse> latestCsat(const QList<SurveyResponse>& responses, const QDate& from,
                                 const QDate& to)
{
    return latest(responses, from, to, &SurveyResponse::hasCsat);
}

QList<NpsTally> tally(const QList<SurveyResponse>& responses, const QDate& from, const QDate& to,
                      const std::function<QString(qint64 customerId)>& groupOf,
                      const QStringList& order)
{
    NpsTally all;
    all.group = allGroup;
    QMap<QString, NpsTally> groups;
    auto groupFor = [&](const SurveyResponse& r) -> NpsTally* {
        if (!groupOf)
            return nullptr;
        const QString name = r.customerId == 0 ? anonymousGroup : groupOf(r.customerId);
        NpsTally& t = groups[name];
        t.group = name;
        return &t;
    };
    for (const SurveyResponse& r : latestNps(responses, from, to)) {
        for (NpsTally* t : {&all, groupFor(r)}) {
            if (!t)
                continue;
            ++t->responses;
            if (survey::isPromoter(r.nps))
                ++t->promoters;
            else if (survey::isDetractor(r.nps))
                ++t->detractors;
            else
                ++t->passives;
        }
    }
    for (const SurveyResponse& r : latestCsat(responses, from, to)) {
        for (NpsTally* t : {&all, groupFor(r)}) {
            if (!t)
                continue;
            ++t->csatResponses;
            if (r.csat >= 4)
                ++t->csatSatisfied;
        }
    }
    QList<NpsTally> rows{all};
    for (const QString& name : order)
        if (name != anonymousGroup && groups.contains(name))
            rows.append(groups.take(name));
    const auto anonymous = groups.contains(anonymousGroup)
                               ? std::optional<NpsTally>(groups.take(anonymousGroup))
                               : std::nullopt;
    for (const NpsTally& t : std::as_const(groups))
        rows.append(t);
    if (anonymous)
        rows.append(*anonymous);
    return rows;
}

QString tenthsText(qint64 tenths)
{
    const qint64 whole = std::llabs(tenths);
    return QStringLiteral("%1%2.%3")
        .arg(tenths < 0 ? QStringLiteral("-") : QString())
        .arg(whole / 10)
        .arg(whole % 10);
}

} // namespace nps

} // namespace setia
