// The counter's use cases (SPEC §6): a purchase logged by its amount, or a stamp reward, is
// one call in one transaction that says what it did.
#include "services/CounterService.h"

#include "domain/Product.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/StampService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <limits>

using namespace setia;
using namespace setia::test;

namespace {

struct Counter
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    Customer ani = *backend->customers().create(
        customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-2222")));

    qint64 productsHeld()
    {
        return *backend->products().count(ProductFilter{QString(), false}) +
               *backend->products().count(ProductFilter{QString(), true});
    }
};

} // namespace

TEST_CASE("A counter purchase is one call that says what it saved, earned and left owing",
          "[counter][loyalty]")
{
    Counter c;
    auto outcome = c.backend->counter().purchase(CounterPurchase{c.ani.id, 25'000, 0});
    SETIA_REQUIRE_OK(outcome);
    CHECK(outcome->sale.id > 0);
    CHECK(outcome->sale.customerId == c.ani.id);
    CHECK(outcome->sale.revenue == 25'000);
    CHECK(outcome->sale.payment == PaymentKind::Cash);
    CHECK(outcome->pointsEarned == 2); // one per Rp10.000
    CHECK(outcome->pointsUsed == 0);
    CHECK(outcome->pointsBalance == 2);
    CHECK(outcome->owed == 0);
    auto summary = c.backend->loyalty().summary(c.ani.id, c.temp.clock().today());
    SETIA_REQUIRE_OK(summary);
    CHECK(summary->points == outcome->pointsBalance);

    // The member as the counter shows them, with the purchase.
    auto member = c.backend->counter().member(c.ani.id);
    SETIA_REQUIRE_OK(member);
    CHECK(member->card.purchases == 1);
    CHECK(member->loyalty.points == 2);
    CHECK(member->rules.pointValue == 500);
}

TEST_CASE("Points used on a counter purchase come off it, and it earns none", "[counter][loyalty]")
{
    Counter c;
    SETIA_REQUIRE_OK(c.backend->counter().purchase(CounterPurchase{c.ani.id, 100'000, 0}));
    auto used = c.backend->counter().purchase(CounterPurchase{c.ani.id, 20'000, 4});
    SETIA_REQUIRE_OK(used);
    CHECK(used->sale.revenue == 20'000 - 4 * 500);
    CHECK(used->pointsUsed == 4);
    CHECK(used->pointsEarned == 0);
    CHECK(used->pointsBalance == 10 - 4);
}

TEST_CASE("A counter purchase that cannot be saved leaves nothing behind", "[counter]")
{
    Counter c;
    REQUIRE(c.productsHeld() == 0);
    // More points than the member holds: refused after the amount product was made, in the
    // same transaction — so not even that product stays.
    auto refused = c.backend->counter().purchase(CounterPurchase{c.ani.id, 20'000, 5});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QStringLiteral("points"));
    CHECK(c.productsHeld() == 0);
    CHECK(*c.backend->sales().count() == 0);
    auto nothing = c.backend->counter().purchase(CounterPurchase{c.ani.id, 0, 0});
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().field() == QStringLiteral("amount"));
    CHECK(*c.backend->sales().count() == 0);
}

TEST_CASE("More points than any sale could use are refused, however many are asked for",
          "[counter][loyalty]")
{
    Counter c;
    SETIA_REQUIRE_OK(c.backend->counter().purchase(CounterPurchase{c.ani.id, 100'000, 0}));
    // Worth more than a qint64 holds: refused by the rule, never multiplied into an overflow.
    for (qint64 points : {qint64(41), std::numeric_limits<qint64>::max() / 100,
                          std::numeric_limits<qint64>::max()}) {
        INFO(points << " points");
        auto refused = c.backend->counter().purchase(CounterPurchase{c.ani.id, 20'000, points});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field() == QStringLiteral("points"));
        CHECK(refused.error().message().contains(QStringLiteral("at most 40 points")));
    }
    CHECK(*c.backend->sales().count() == 1);
}

TEST_CASE("A counter purchase is announced once, after its one commit", "[counter]")
{
    Counter c;
    QSignalSpy recorded(&c.backend->sales(), &SaleService::saleRecorded);
    SETIA_REQUIRE_OK(c.backend->counter().purchase(CounterPurchase{c.ani.id, 30'000, 0}));
    REQUIRE(recorded.size() == 1);
    CHECK(recorded.first().at(1).toLongLong() == c.ani.id);
    // A refused one announces nothing.
    CHECK_FALSE(c.backend->counter().purchase(CounterPurchase{c.ani.id, 20'000, 500}).ok());
    CHECK(recorded.size() == 1);
}

TEST_CASE("A stamp reward at the counter is one call: the free item, the stamps it used",
          "[counter][stamps]")
{
    Counter c;
    auto kopi = c.backend->products().create(
        productDraft(QStringLiteral("KP-1"), QStringLiteral("Kopi"), 18'000, 6'000));
    SETIA_REQUIRE_OK(kopi);
    StampCard card;
    card.name = QStringLiteral("Kopi");
    card.productId = kopi->id;
    card.rewardProductId = kopi->id;
    card.stampsNeeded = 2;
    auto saved = c.backend->stamps().save(card);
    SETIA_REQUIRE_OK(saved);
    SaleDraft two;
    two.customerId = c.ani.id;
    two.lines = {SaleLineDraft{kopi->id, Quantity::fromUnits(2), {}, 0}};
    SETIA_REQUIRE_OK(c.backend->sales().record(two));

    auto reward = c.backend->counter().takeReward(c.ani.id, saved->id);
    SETIA_REQUIRE_OK(reward);
    REQUIRE(reward->sale.lines.size() == 1);
    CHECK(reward->sale.lines.first().productId == kopi->id);
    CHECK(reward->sale.revenue == 0);
    CHECK(reward->stampsGained == -2); // the reward used the card's two stamps
    auto again = c.backend->counter().takeReward(c.ani.id, saved->id);
    CHECK_FALSE(again.ok()); // no stamps left for another
}
