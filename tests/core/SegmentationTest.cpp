// Segmentation of SPEC §5 on crafted data that sits on every boundary: 90/91 and 365/366
// days, ties in R, F and M, the 80 % and 95 % cut-offs with ties, voided sales, no sales,
// sales after the as-of date, a half-Rupiah line amount; and `setia-cli segments`.
#include "analytics/Segmentation.h"

#include "io/CsvWriter.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SegmentService.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/SegmentShop.h"
#include "support/TempDatabase.h"

#include <QBuffer>

using namespace setia;
using namespace setia::test;

namespace {

const QDate asOf(2026, 11, 22);

CustomerActivity buyer(const QString& code, int daysAgo, qint64 frequency, qint64 revenue)
{
    CustomerActivity a;
    a.code = code;
    a.lastSale = asOf.addDays(-daysAgo);
    a.firstSale = a.lastSale.addDays(-400);
    a.frequency = frequency;
    a.revenue = revenue;
    return a;
}

const CustomerSegment& byCode(const QList<CustomerSegment>& segments, const QString& code)
{
    for (const CustomerSegment& s : segments)
        if (s.activity.code == code)
            return s;
    FAIL("no customer " << code.toStdString());
    return segments.first();
}

} // namespace

TEST_CASE("Lifecycle: active to 90 days, passive to 365, then lost, bad overrides", "[segments]")
{
    CustomerActivity never;
    never.code = QStringLiteral("P");
    CustomerActivity bad = buyer(QStringLiteral("X"), 3, 1, 10);
    bad.bad = true;
    const auto segments = segmentation::compute(
        {buyer(QStringLiteral("A90"), 90, 1, 10), buyer(QStringLiteral("A91"), 91, 1, 10),
         buyer(QStringLiteral("A365"), 365, 1, 10), buyer(QStringLiteral("A366"), 366, 0, 0), never,
         bad},
        asOf);
    CHECK(byCode(segments, QStringLiteral("A90")).lifecycle == Lifecycle::Active);
    CHECK(byCode(segments, QStringLiteral("A91")).lifecycle == Lifecycle::Passive);
    CHECK(byCode(segments, QStringLiteral("A365")).lifecycle == Lifecycle::Passive);
    const CustomerSegment& lost = byCode(segments, QStringLiteral("A366"));
    CHECK(lost.lifecycle == Lifecycle::Lost);
    CHECK(lost.rfm == RfmSegment::Lost);
    CHECK(lost.recencyDays == 366);
    CHECK(lost.r == 0);
    CHECK(lost.tier == ContributionTier::None);
    CHECK(lost.profit == ProfitGroup::None);
    const CustomerSegment& prospect = byCode(segments, QStringLiteral("P"));
    CHECK(prospect.lifecycle == Lifecycle::Prospect);
    CHECK(prospect.rfm == RfmSegment::Prospect);
    CHECK(prospect.recencyDays == -1);
    CHECK(byCode(segments, QStringLiteral("X")).lifecycle == Lifecycle::Bad);
    CHECK(byCode(segments, QStringLiteral("X")).rfm != RfmSegment::Prospect); // RFM still counts
}

TEST_CASE("Tiers: big below 80 % of the revenue before, regular below 95 %, ties by code",
          "[segments]")
{
    // Total 1000. Ranked: M1 400 (0 before), M2 and M3 200 each (M2 first by code: 400, then
    // 600 before), M4 150 (800 before: not below 80 %), M5 50 (950: not below 95 %).
    const auto segments = segmentation::compute(
        {buyer(QStringLiteral("M5"), 1, 1, 50), buyer(QStringLiteral("M3"), 1, 1, 200),
         buyer(QStringLiteral("M1"), 1, 1, 400), buyer(QStringLiteral("M4"), 1, 1, 150),
         buyer(QStringLiteral("M2"), 1, 1, 200), buyer(QStringLiteral("M0"), 1, 1, 0)},
        asOf);
    CHECK(byCode(segments, QStringLiteral("M1")).tier == ContributionTier::Big);
    CHECK(byCode(segments, QStringLiteral("M2")).tier == ContributionTier::Big);
    CHECK(byCode(segments, QStringLiteral("M3")).tier == ContributionTier::Big); // 600 < 800
    CHECK(byCode(segments, QStringLiteral("M4")).tier == ContributionTier::Regular);
    CHECK(byCode(segments, QStringLiteral("M5")).tier == ContributionTier::Micro);
    CHECK(byCode(segments, QStringLiteral("M0")).tier == ContributionTier::None);

    // A tie on the 80 % line: the one later by code falls to regular.
    const auto tied = segmentation::compute({buyer(QStringLiteral("B"), 1, 1, 200),
                                             buyer(QStringLiteral("A"), 1, 1, 600),
                                             buyer(QStringLiteral("C"), 1, 1, 200)},
                                            asOf);
    CHECK(byCode(tied, QStringLiteral("A")).tier == ContributionTier::Big);
    CHECK(byCode(tied, QStringLiteral("B")).tier == ContributionTier::Big);     // 600 < 800
    CHECK(byCode(tied, QStringLiteral("C")).tier == ContributionTier::Regular); // 800
}

TEST_CASE("RFM scores count the customers beaten, so ties score alike", "[segments]")
{
    // N = 4. R_days 10, 10, 20, 30; frequency 1, 1, 2, 5; monetary 100, 100, 300, 900.
    const auto segments = segmentation::compute(
        {buyer(QStringLiteral("A"), 10, 1, 100), buyer(QStringLiteral("B"), 10, 1, 100),
         buyer(QStringLiteral("C"), 20, 2, 300), buyer(QStringLiteral("D"), 30, 5, 900)},
        asOf);
    const CustomerSegment& a = byCode(segments, QStringLiteral("A"));
    CHECK(a.r == 3); // 2 of 4 waited longer: 1 + floor(10 / 4)
    CHECK(a.f == 1);
    CHECK(a.m == 1);
    CHECK(byCode(segments, QStringLiteral("B")).r == 3);
    const CustomerSegment& c = byCode(segments, QStringLiteral("C"));
    CHECK(c.r == 2);
    CHECK(c.f == 3);
    CHECK(c.m == 3);
    const CustomerSegment& d = byCode(segments, QStringLiteral("D"));
    CHECK(d.r == 1);
    CHECK(d.f == 4);
    CHECK(d.m == 4);
    CHECK(d.rfm == RfmSegment::AtRisk);
    CHECK(a.rfm == RfmSegment::AboutToSleep);

    // Scores reach 5 and stop there; one customer alone scores 1, 1, 1.
    QList<CustomerActivity> five;
    for (int i = 0; i < 5; ++i)
        five.append(buyer(QStringLiteral("F%1").arg(i), 50 - i, i + 1, 100 * (i + 1)));
    const auto scored = segmentation::compute(five, asOf);
    CHECK(byCode(scored, QStringLiteral("F4")).r == 5);
    CHECK(byCode(scored, QStringLiteral("F4")).f == 5);
    CHECK(byCode(scored, QStringLiteral("F4")).rfm == RfmSegment::Champions);
    const auto alone = segmentation::compute({buyer(QStringLiteral("S"), 5, 1, 10)}, asOf);
    CHECK(alone.first().r == 1);
    CHECK(alone.first().f == 1);
    CHECK(alone.first().rfm == RfmSegment::Hibernating);
}

TEST_CASE("RFM segments from r and f as SPEC §5 lists them", "[segments]")
{
    using S = RfmSegment;
    const S expected[5][5] = {
        {S::Hibernating, S::Hibernating, S::AtRisk, S::AtRisk, S::CantLose},
        {S::Hibernating, S::Hibernating, S::AtRisk, S::AtRisk, S::CantLose},
        {S::AboutToSleep, S::AboutToSleep, S::NeedAttention, S::Loyal, S::Loyal},
        {S::Promising, S::PotentialLoyalist, S::PotentialLoyalist, S::Loyal, S::Loyal},
        {S::New, S::PotentialLoyalist, S::PotentialLoyalist, S::Champions, S::Champions},
    };
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f) {
            INFO("r " << r << " f " << f);
            CHECK(segmentation::rfmSegmentFor(r, f) == expected[r - 1][f - 1]);
        }
    CHECK(segmentation::rfmSegmentId(S::CantLose) == QStringLiteral("cant_lose"));
    CHECK(segmentation::rfmSegmentId(S::PotentialLoyalist) == QStringLiteral("potential_loyalist"));
}

TEST_CASE("Profit groups: major by share of margin, potential by growth or newness, else low",
          "[segments]")
{
    auto withMargin = [](const QString& code, qint64 revenue, qint64 cost) {
        CustomerActivity a = buyer(code, 5, 1, revenue);
        a.costMilli = cost * 1000;
        return a;
    };
    CustomerActivity growing = withMargin(QStringLiteral("G"), 100, 90); // margin 10
    growing.revenue90 = 125;
    growing.revenuePrev90 = 100; // exactly 1,25 ×
    CustomerActivity flat = withMargin(QStringLiteral("H"), 100, 90);
    flat.revenue90 = 124;
    flat.revenuePrev90 = 100;
    CustomerActivity fresh = withMargin(QStringLiteral("I"), 100, 90);
    fresh.firstSale = asOf.addDays(-90);
    CustomerActivity older = withMargin(QStringLiteral("J"), 100, 90);
    older.firstSale = asOf.addDays(-91);
    const auto segments =
        segmentation::compute({withMargin(QStringLiteral("A"), 1000, 200), growing, flat, fresh,
                               older, withMargin(QStringLiteral("L"), 100, 150)},
                              asOf);
    CHECK(byCode(segments, QStringLiteral("A")).margin == 800);
    CHECK(byCode(segments, QStringLiteral("A")).profit == ProfitGroup::Major);
    CHECK(byCode(segments, QStringLiteral("G")).profit == ProfitGroup::Potential);
    CHECK(byCode(segments, QStringLiteral("H")).profit == ProfitGroup::Low);
    CHECK(byCode(segments, QStringLiteral("I")).profit == ProfitGroup::Potential);
    CHECK(byCode(segments, QStringLiteral("J")).profit == ProfitGroup::Low);
    const CustomerSegment& loss = byCode(segments, QStringLiteral("L"));
    CHECK(loss.margin == -50);
    CHECK(loss.profit == ProfitGroup::Low);
    CHECK(segmentation::costRupiah(1500) == 2); // half a Rupiah rounds away from zero
    CHECK(segmentation::costRupiah(1499) == 1);
}

TEST_CASE("Segments from the database: the window's edges, voids, later sales, half Rupiah",
          "[segments]")
{
    Shop shop;
    // The clock is on the as-of date; sales are dated back from it.
    const qint64 edge = shop.customer(QStringLiteral("Edge"));     // M000001
    const qint64 voided = shop.customer(QStringLiteral("Voided")); // M000002
    const qint64 later = shop.customer(QStringLiteral("Later"));   // M000003
    const qint64 half = shop.customer(QStringLiteral("Half"));     // M000004
    shop.customer(QStringLiteral("Nobody"));                       // M000005
    shop.sell(edge, 365, shop.beras, 1000);                        // in the window
    shop.sell(edge, 366, shop.beras, 2000);                        // not in it
    const Sale gone = shop.sell(voided, 10, shop.beras, 1000);
    SETIA_REQUIRE_OK(shop.backend->sales().voidSale(gone.id, QStringLiteral("salah")));
    shop.sell(later, 0, shop.beras, 1000); // today: after the as-of date of yesterday
    shop.sell(half, 1, shop.gula, 1500);   // 1,5 × 333 = 499,5 → 500; cost 166,5 → 167

    const QStringList rows = shop.csv(asOf.addDays(-1));
    REQUIRE(rows.size() == 6);
    CHECK(rows[0] == QStringLiteral("code,name,lifecycle,credit_status,tier,recency_days,"
                                    "frequency,monetary,r,f,m,rfm_segment,revenue_365,"
                                    "margin_365,profit_group"));
    // Seen from yesterday, the 365-day sale is 364 days back and the 366-day one 365.
    // N = 2: Edge waited longest (r 1) and beats Half on frequency and money (1 + floor(5 / 2)).
    CHECK(rows[1] == QStringLiteral("M000001,Edge,passive,current,big,364,2,30000,1,3,3,"
                                    "at_risk,30000,6000,major"));
    CHECK(rows[2] == QStringLiteral("M000002,Voided,prospect,current,,,0,0,,,,prospect,0,0,"));
    CHECK(rows[3] == QStringLiteral("M000003,Later,prospect,current,,,0,0,,,,prospect,0,0,"));
    // Half's first sale was a day ago: potential.
    CHECK(rows[4] == QStringLiteral("M000004,Half,active,current,micro,0,1,500,3,1,1,"
                                    "about_to_sleep,500,333,potential"));
    CHECK(rows[5] == QStringLiteral("M000005,Nobody,prospect,current,,,0,0,,,,prospect,0,0,"));

    // Today, the older sale is 366 days back: out of the window. Edge and Later tie at
    // Rp10.000: both big, Edge ranked first by code.
    const QStringList today = shop.csv(asOf);
    REQUIRE(today.size() == 6);
    CHECK(today[1].startsWith(QStringLiteral("M000001,Edge,passive,current,big,365,1,10000,")));
    CHECK(today[3].startsWith(QStringLiteral("M000003,Later,active,current,big,0,1,10000,")));
}
