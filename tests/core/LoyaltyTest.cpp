// Loyalty points (SPEC §6): earning by tier, rounding down, walk-ins, voids taking points
// back, adjustments with a reason, and a balance that never goes below zero.
#include "domain/Loyalty.h"

#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "stores/LoyaltyStore.h"
#include "support/BackendProbe.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace setia;
using namespace setia::test;

TEST_CASE("Points: one per Rp10.000 rounded down, then the tier's multiplier", "[loyalty]")
{
    const LoyaltySettings rules;
    CHECK(loyalty::pointsFor(9'999, LoyaltyTier::Member, rules) == 0);
    CHECK(loyalty::pointsFor(10'000, LoyaltyTier::Member, rules) == 1);
    CHECK(loyalty::pointsFor(95'000, LoyaltyTier::Member, rules) == 9);
    CHECK(loyalty::pointsFor(95'000, LoyaltyTier::Silver, rules) == 11); // 9 × 1,25 = 11,25
    CHECK(loyalty::pointsFor(95'000, LoyaltyTier::Gold, rules) == 13);   // 9 × 1,5 = 13,5
    CHECK(loyalty::pointsFor(0, LoyaltyTier::Gold, rules) == 0);
    CHECK(loyalty::pointsFor(-50'000, LoyaltyTier::Gold, rules) == 0);

    CHECK(loyalty::tierFor(999'999, rules) == LoyaltyTier::Member);
    CHECK(loyalty::tierFor(1'000'000, rules) == LoyaltyTier::Silver);
    CHECK(loyalty::tierFor(4'999'999, rules) == LoyaltyTier::Silver);
    CHECK(loyalty::tierFor(5'000'000, rules) == LoyaltyTier::Gold);
}

namespace {

struct Cafe
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openMemory();
    qint64 kopi = 0;
    Customer ani;

    Cafe()
    {
        auto product = backend->products().create(
            productDraft(QStringLiteral("KPS-1"), QStringLiteral("Kopi Susu"), 19'000, 7'000));
        REQUIRE(product.ok());
        kopi = product->id;
        auto saved = backend->customers().create(customerDraft(QStringLiteral("Ani Lestari")));
        REQUIRE(saved.ok());
        ani = *saved;
    }

    Sale buy(qint64 customerId, int cups, const QDate& day = QDate(2026, 11, 22))
    {
        SaleDraft draft;
        draft.soldAt = QDateTime(day, QTime(9, 0));
        draft.customerId = customerId;
        draft.lines = {SaleLineDraft{kopi, Quantity::fromUnits(cups), {}, 0}};
        auto sale = backend->sales().record(draft);
        REQUIRE(sale.ok());
        return *sale;
    }

    qint64 points(const QDate& asOf = QDate(2026, 11, 22))
    {
        auto summary = backend->loyalty().summary(ani.id, asOf);
        REQUIRE(summary.ok());
        return summary->points;
    }
};

} // namespace

TEST_CASE("A member's sale earns points with it, a walk-in's earns none", "[loyalty]")
{
    Cafe cafe;
    cafe.buy(cafe.ani.id, 5); // Rp95.000
    CHECK(cafe.points() == 9);
    cafe.buy(0, 10);
    auto entries = LoyaltyStore(BackendProbe::database(*cafe.backend)).entries(cafe.ani.id);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->at(0).kind == LoyaltyEntryKind::Earn);
    CHECK(entries->at(0).reason.startsWith(QStringLiteral("PJ261122-")));
    CHECK(cafe.points(QDate(2026, 11, 21)) == 0); // dated with the sale
    auto card = cafe.backend->cards().card(cafe.ani.id, QDate(2026, 11, 22));
    REQUIRE(card.ok());
    CHECK(card->points == 9); // the record card's header shows them (SPEC §4)
}

TEST_CASE("The tier comes from the 365 days before the sale", "[loyalty]")
{
    Cafe cafe;
    // Rp1.007.000 spent in October: Silver from then on, not for that purchase itself.
    cafe.buy(cafe.ani.id, 53, QDate(2026, 10, 1));
    CHECK(cafe.points(QDate(2026, 10, 1)) == 100);
    auto summary = cafe.backend->loyalty().summary(cafe.ani.id, QDate(2026, 10, 1));
    REQUIRE(summary.ok());
    CHECK(summary->tier == LoyaltyTier::Silver);
    CHECK(summary->spend365 == 1'007'000);
    cafe.buy(cafe.ani.id, 5, QDate(2026, 11, 22)); // 9 points × 1,25
    CHECK(cafe.points() == 111);
    // A year and a day later the October purchase no longer counts.
    summary = cafe.backend->loyalty().summary(cafe.ani.id, QDate(2027, 10, 1));
    REQUIRE(summary.ok());
    CHECK(summary->spend365 == 95'000);
    CHECK(summary->tier == LoyaltyTier::Member);
}

TEST_CASE("A voided sale takes its points back, never past zero", "[loyalty]")
{
    Cafe cafe;
    const Sale first = cafe.buy(cafe.ani.id, 10); // Rp190.000: 19 points
    const Sale second = cafe.buy(cafe.ani.id, 5); // 9 points
    REQUIRE(cafe.points() == 28);
    SETIA_REQUIRE_OK(cafe.backend->sales().voidSale(second.id, QStringLiteral("salah input")));
    CHECK(cafe.points() == 19);

    // 15 points were taken by hand; voiding the first sale can take only the 4 left.
    SETIA_REQUIRE_OK(cafe.backend->loyalty().adjust(cafe.ani.id, -15, QStringLiteral("tukar")));
    SETIA_REQUIRE_OK(cafe.backend->sales().voidSale(first.id, QStringLiteral("batal")));
    CHECK(cafe.points() == 0);
    auto entries = LoyaltyStore(BackendProbe::database(*cafe.backend)).entries(cafe.ani.id);
    REQUIRE(entries.ok());
    CHECK(entries->back().points == -4);
    CHECK(entries->back().reason.contains(QStringLiteral("batal")));
}

TEST_CASE("Adjustments need a reason and never take the balance below zero", "[loyalty]")
{
    Cafe cafe;
    cafe.buy(cafe.ani.id, 5);
    auto noReason = cafe.backend->loyalty().adjust(cafe.ani.id, 5, QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field() == QStringLiteral("reason"));
    auto tooMany = cafe.backend->loyalty().adjust(cafe.ani.id, -10, QStringLiteral("koreksi"));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().message().contains(QStringLiteral("9")));
    CHECK_FALSE(cafe.backend->loyalty().adjust(cafe.ani.id, 0, QStringLiteral("nol")).ok());
    SETIA_REQUIRE_OK(cafe.backend->loyalty().adjust(cafe.ani.id, 6, QStringLiteral("ulang tahun")));
    CHECK(cafe.points() == 15);
    SETIA_REQUIRE_OK(cafe.backend->loyalty().adjust(cafe.ani.id, -15, QStringLiteral("tukar")));
    CHECK(cafe.points() == 0);
}

TEST_CASE("Points used on a sale come off it, earn nothing, and come back if it is voided",
          "[loyalty]")
{
    Cafe cafe;
    cafe.buy(cafe.ani.id, 20); // Rp380.000: 38 points
    REQUIRE(cafe.points() == 38);

    SaleDraft draft;
    draft.soldAt = QDateTime(QDate(2026, 11, 22), QTime(12, 0));
    draft.customerId = cafe.ani.id;
    draft.lines = {SaleLineDraft{cafe.kopi, Quantity::fromUnits(2), {}, 0}}; // Rp38.000
    draft.redeemPoints = 40;
    auto tooMany = cafe.backend->sales().record(draft);
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().field() == QStringLiteral("points"));
    CHECK(tooMany.error().message().contains(QStringLiteral("38")));

    draft.redeemPoints = 80; // Rp40.000: more than the sale
    auto overSale = cafe.backend->sales().record(draft);
    REQUIRE_FALSE(overSale.ok());
    CHECK(overSale.error().message().contains(QStringLiteral("at most 76 points")));

    draft.redeemPoints = 30; // Rp15.000 off
    auto used = cafe.backend->sales().record(draft);
    SETIA_REQUIRE_OK(used);
    CHECK(used->discount == 15'000);
    CHECK(used->revenue == 23'000);
    CHECK(cafe.points() == 8); // 38 − 30, and nothing earned on it
    auto entries = LoyaltyStore(BackendProbe::database(*cafe.backend)).entries(cafe.ani.id);
    REQUIRE(entries.ok());
    CHECK(entries->back().kind == LoyaltyEntryKind::Redeem);
    CHECK(entries->back().points == -30);

    SETIA_REQUIRE_OK(cafe.backend->sales().voidSale(used->id, QStringLiteral("batal")));
    CHECK(cafe.points() == 38);

    SaleDraft walkIn = draft;
    walkIn.customerId = 0;
    walkIn.redeemPoints = 1;
    CHECK_FALSE(cafe.backend->sales().record(walkIn).ok());
}

TEST_CASE("The owner's loyalty rules apply to the next sale", "[loyalty]")
{
    Cafe cafe;
    LoyaltySettings rules;
    rules.rupiahPerPoint = 5'000;
    rules.pointValue = 1'000;
    SETIA_REQUIRE_OK(cafe.backend->settings().setLoyaltySettings(rules));
    cafe.buy(cafe.ani.id, 5); // Rp95.000: 19 points
    CHECK(cafe.points() == 19);

    LoyaltySettings wrong = rules;
    wrong.goldSpend = wrong.silverSpend - 1;
    CHECK_FALSE(cafe.backend->settings().setLoyaltySettings(wrong).ok());
    wrong = rules;
    wrong.rupiahPerPoint = 0;
    CHECK_FALSE(cafe.backend->settings().setLoyaltySettings(wrong).ok());
    wrong = rules;
    wrong.goldPermille = 900;
    CHECK_FALSE(cafe.backend->settings().setLoyaltySettings(wrong).ok());
    auto kept = cafe.backend->settings().loyaltySettings();
    REQUIRE(kept.ok());
    CHECK(*kept == rules);
}
