// NPS and CSAT over a period (SPEC §14): each customer's latest score once, anonymous answers
// each, promoters 9–10, passives 7–8, detractors 0–6, the 95 % margin from 30 answers on.
#include "analytics/NpsTally.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace setia;

namespace {

qint64 nextId = 1;

SurveyResponse answer(qint64 customer, const QDateTime& at, int nps, int csat = -1)
{
    SurveyResponse r;
    r.id = nextId++;
    r.customerId = customer;
    r.at = at;
    r.nps = nps;
    r.csat = csat;
    return r;
}

QDateTime day(int d, int hour = 10)
{
    return QDateTime(QDate(2026, 11, d), QTime(hour, 0));
}

const QDate from(2026, 11, 1);
const QDate to(2026, 11, 30);

} // namespace

TEST_CASE("NPS counts each customer's latest score in the period once, anonymous answers each",
          "[nps]")
{
    QList<SurveyResponse> answers{
        answer(1, day(3), 2),   // replaced by their later 10
        answer(1, day(20), 10), //
        answer(2, day(5, 9), 10),
        answer(2, day(5, 9), 6), // same moment: the one entered last
        answer(3, day(7), 9),
        answer(3, day(9), -1, 2), // a CSAT-only answer is not an NPS one
        answer(0, day(8), 0),
        answer(0, day(8), 0),                                        // anonymous: each counts
        answer(4, QDateTime(QDate(2026, 10, 31), QTime(23, 59)), 0), // before the period
        answer(5, QDateTime(QDate(2026, 12, 1), QTime(0, 0)), 0),    // after it
        answer(6, QDateTime(QDate(2026, 11, 30), QTime(23, 59)), 8), // its last minute
    };
    const QList<SurveyResponse> counted = nps::latestNps(answers, from, to);
    REQUIRE(counted.size() == 6);
    const QList<NpsTally> rows = nps::tally(answers, from, to);
    REQUIRE(rows.size() == 1);
    const NpsTally& all = rows.first();
    CHECK(all.group == QStringLiteral("all"));
    CHECK(all.responses == 6);
    CHECK(all.promoters == 2);      // customer 1 (10), customer 3 (9)
    CHECK(all.passives == 1);       // customer 6 (8)
    CHECK(all.detractors == 3);     // customer 2 (6, entered last), two anonymous zeros
    CHECK(all.npsTenths() == -167); // 100 × (2 − 3) / 6 = −16.67
    CHECK(all.marginTenths(30) == std::nullopt);
    CHECK(all.csatResponses == 1);
    CHECK(all.csatSatisfied == 0);
    CHECK(all.csatTenths() == 0);
}

TEST_CASE("Scores 6, 7, 8 and 9 fall on the right side of each edge", "[nps]")
{
    const QList<SurveyResponse> answers{answer(1, day(2), 6), answer(2, day(2), 7),
                                        answer(3, day(2), 8), answer(4, day(2), 9)};
    const NpsTally all = nps::tally(answers, from, to).first();
    CHECK(all.detractors == 1);
    CHECK(all.passives == 2);
    CHECK(all.promoters == 1);
    CHECK(all.npsTenths() == 0);
    CHECK(nps::tenthsText(*all.npsTenths()) == QStringLiteral("0.0"));
}

TEST_CASE("The margin needs 30 answers: 29 say n<30, 30 give it, rounded half away", "[nps]")
{
    QList<SurveyResponse> answers;
    // 15 promoters, 10 passives, 5 detractors = 30.
    for (int i = 0; i < 30; ++i)
        answers.append(answer(100 + i, day(4), i < 15 ? 10 : i < 25 ? 7 : 3));
    const NpsTally thirty = nps::tally(answers, from, to).first();
    CHECK(thirty.responses == 30);
    CHECK(thirty.npsTenths() == 333); // 33.33
    // P = 0.5, D = 1/6: 196 × sqrt((0.6667 − 0.1111) / 30) = 26.67.
    const double p = 0.5;
    const double d = 5.0 / 30.0;
    const double expected = 196.0 * std::sqrt((p + d - (p - d) * (p - d)) / 30.0);
    CHECK(thirty.marginTenths(30) == std::llround(expected * 10.0));
    CHECK(thirty.marginTenths(30) == 267);

    answers.removeLast(); // a detractor less: 29
    const NpsTally twentyNine = nps::tally(answers, from, to).first();
    CHECK(twentyNine.responses == 29);
    CHECK(twentyNine.marginTenths(30) == std::nullopt);
    CHECK(twentyNine.marginTenths(20) == 260);
    CHECK(twentyNine.npsTenths() == 379); // 100 × 11 / 29 = 37.93
}

TEST_CASE("All promoters give 100 with no margin to speak of, all detractors −100", "[nps]")
{
    QList<SurveyResponse> promoters;
    QList<SurveyResponse> detractors;
    for (int i = 0; i < 40; ++i) {
        promoters.append(answer(200 + i, day(6), 9 + i % 2));
        detractors.append(answer(300 + i, day(6), i % 7));
    }
    const NpsTally high = nps::tally(promoters, from, to).first();
    CHECK(high.npsTenths() == 1000);
    CHECK(high.marginTenths(30) == 0);
    CHECK(nps::tenthsText(*high.npsTenths()) == QStringLiteral("100.0"));
    const NpsTally low = nps::tally(detractors, from, to).first();
    CHECK(low.npsTenths() == -1000);
    CHECK(low.marginTenths(30) == 0);
    CHECK(nps::tenthsText(*low.npsTenths()) == QStringLiteral("-100.0"));
}

TEST_CASE("NPS rounds half away from zero to one decimal", "[nps]")
{
    // 1 promoter in 16: 6.25 → 6.3; 1 detractor in 16: −6.25 → −6.3.
    QList<SurveyResponse> up{answer(1, day(2), 10)};
    QList<SurveyResponse> down{answer(1, day(2), 0)};
    for (int i = 0; i < 15; ++i) {
        up.append(answer(10 + i, day(2), 8));
        down.append(answer(10 + i, day(2), 8));
    }
    CHECK(nps::tally(up, from, to).first().npsTenths() == 63);
    CHECK(nps::tally(down, from, to).first().npsTenths() == -63);
    CHECK(nps::tenthsText(-63) == QStringLiteral("-6.3"));
    CHECK(nps::tenthsText(-5) == QStringLiteral("-0.5"));
    CHECK(nps::tally({}, from, to).first().npsTenths() == std::nullopt);
}

TEST_CASE("Groups come in the order given, others by name, anonymous last, empty ones left out",
          "[nps]")
{
    const QList<SurveyResponse> answers{answer(1, day(2), 10), answer(2, day(2), 3),
                                        answer(3, day(2), 8),  answer(0, day(2), 9),
                                        answer(4, day(2), 10), answer(5, day(2), -1, 5)};
    const QHash<qint64, QString> groups{{1, QStringLiteral("passive")},
                                        {2, QStringLiteral("active")},
                                        {3, QStringLiteral("zeta")},
                                        {4, QStringLiteral("alpha")},
                                        {5, QStringLiteral("lost")}};
    const QList<NpsTally> rows =
        nps::tally(answers, from, to, [&](qint64 id) { return groups.value(id); },
                   {QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("passive"),
                    QStringLiteral("lost")});
    QStringList names;
    for (const NpsTally& t : rows)
        names.append(t.group);
    CHECK(names == QStringList{QStringLiteral("all"), QStringLiteral("active"),
                               QStringLiteral("passive"), QStringLiteral("lost"),
                               QStringLiteral("alpha"), QStringLiteral("zeta"),
                               QStringLiteral("anonymous")});
    CHECK(rows.at(0).responses == 5);
    CHECK(rows.at(3).responses == 0); // lost: a CSAT answer only
    CHECK(rows.at(3).csatTenths() == 1000);
    CHECK(rows.at(6).promoters == 1);
}
