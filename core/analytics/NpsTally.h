#pragma once

#include "domain/SurveyResponse.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace setia {

// The answers of one group over a period (SPEC §14): each customer's latest score counted
// once, anonymous answers each.
struct NpsTally
{
    QString group; // "all", a segment's id, a type or area as written, or "anonymous"
    int responses = 0;
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    int csatResponses = 0;
    int csatSatisfied = 0; // 4–5

    // 100 × (promoters − detractors) / n in tenths, rounded half away from zero; nullopt
    // without responses.
    std::optional<qint64> npsTenths() const;
    // The 95 % margin of SPEC §14 in tenths, rounded half away; nullopt under `minimum`
    // responses (the CSV's `n<30`).
    std::optional<qint64> marginTenths(int minimum) const;
    // The percent of CSAT answers that are 4 or 5, in tenths; nullopt without any.
    std::optional<qint64> csatTenths() const;

    friend bool operator==(const NpsTally&, const NpsTally&) = default;
};

namespace nps {

inline const QString allGroup = QStringLiteral("all");
inline const QString anonymousGroup = QStringLiteral("anonymous");

// What counts of `responses` dated `from` … `to` (both included): for each customer the
// latest answer holding a score of that kind (by time, then the one entered last), and every
// anonymous one.
QList<SurveyResponse> latestNps(const QList<SurveyResponse>& responses, const QDate& from,
                                const QDate& to);
QList<SurveyResponse> latestCsat(const QList<SurveyResponse>& responses, const QDate& from,
                                 const QDate& to);

// The `all` row, then one per group `groupOf` gives a customer (absent: only `all`): the
// groups of `order` first in that order, any others after by name, `anonymous` last. Groups
// without an answer are left out.
QList<NpsTally> tally(const QList<SurveyResponse>& responses, const QDate& from, const QDate& to,
                      const std::function<QString(qint64 customerId)>& groupOf = {},
                      const QStringList& order = {});

// "42.9", "-7.0": tenths as the CSV writes them.
QString tenthsText(qint64 tenths);

} // namespace nps

} // namespace setia
