// Stamp cards (SPEC §6): one stamp per unit of a qualifying product or category, N stamps
// for the reward item, rules locked once a stamp was given (a change is a new version),
// rewards taken at the counter, voids taking stamps back.
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/StampService.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace setia;
using namespace setia::test;

namespace {

struct StampCafe
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openMemory();
    qint64 kopi = 0;
    qint64 roti = 0;
    qint64 donat = 0;
    Customer ani;
    Customer budi;

    StampCafe()
    {
        kopi = product(QStringLiteral("KPS-1"), QStringLiteral("Kopi Susu"),
                       QStringLiteral("Minuman"), 19'000);
        roti = product(QStringLiteral("RTB-1"), QStringLiteral("Roti Bakar"),
                       QStringLiteral("Roti"), 15'000);
        donat = product(QStringLiteral("DNT-1"), QStringLiteral("Donat"), QStringLiteral("roti"),
                        8'000);
        ani = member(QStringLiteral("Ani Lestari"));
        budi = member(QStringLiteral("Budi Santoso"));
    }

    qint64 product(const QString& sku, const QString& name, const QString& category, qint64 price)
    {
        Product draft = productDraft(sku, name, price, price / 3);
        draft.category = category;
        auto saved = backend->products().create(draft);
        REQUIRE(saved.ok());
        return saved->id;
    }

    Customer member(const QString& name)
    {
        auto saved = backend->customers().create(customerDraft(name));
        REQUIRE(saved.ok());
        return *saved;
    }

    StampCard kopiCard(int needed = 10)
    {
        StampCard card;
        card.name = QStringLiteral("Kopi Susu");
        card.productId = kopi;
        card.stampsNeeded = needed;
        card.rewardProductId = kopi;
        auto saved = backend->stamps().save(card);
        REQUIRE(saved.ok());
        return *saved;
    }

    Result<Sale> buy(qint64 customerId, QList<SaleLineDraft> lines, QList<qint64> rewards = {})
    {
        SaleDraft draft;
        draft.customerId = customerId;
        draft.lines = std::move(lines);
        draft.stampRewards = std::move(rewards);
        return backend->sales().record(draft);
    }

    Sale buyKopi(qint64 customerId, qint64 milli)
    {
        auto sale = buy(customerId, {SaleLineDraft{kopi, Quantity::fromMilli(milli), {}, 0}});
        REQUIRE(sale.ok());
        return *sale;
    }

    // The customer's stamps on card version `cardId`.
    qint64 stamps(qint64 customerId, qint64 cardId)
    {
        auto standings = backend->stamps().standings(customerId);
        REQUIRE(standings.ok());
        for (const StampStanding& standing : *standings)
            if (standing.card.id == cardId)
                return standing.stamps;
        return 0;
    }
};

} // namespace

TEST_CASE("A qualifying product gives one stamp per whole unit, walk-ins get none",
          "[loyalty][stamps]")
{
    StampCafe cafe;
    const StampCard card = cafe.kopiCard();
    CHECK(card.version == 1);
    CHECK(card.cardKey == card.id);
    cafe.buyKopi(cafe.ani.id, 3000);
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 3);
    cafe.buyKopi(cafe.ani.id, 2500); // 2,5 cups: 2 stamps
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 5);
    cafe.buyKopi(0, 4000);
    // Other items give none.
    SETIA_REQUIRE_OK(
        cafe.buy(cafe.ani.id, {SaleLineDraft{cafe.roti, Quantity::fromUnits(2), {}, 0}}));
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 5);

    auto standings = cafe.backend->stamps().standings(cafe.budi.id);
    REQUIRE(standings.ok());
    REQUIRE(standings->size() == 1); // every card in force is shown, even empty
    CHECK(standings->at(0).stamps == 0);
}

TEST_CASE("A qualifying category counts every product in it, whatever its case",
          "[loyalty][stamps]")
{
    StampCafe cafe;
    StampCard card;
    card.name = QStringLiteral("Roti");
    card.category = QStringLiteral(" ROTI ");
    card.stampsNeeded = 6;
    card.rewardProductId = cafe.donat;
    auto saved = cafe.backend->stamps().save(card);
    REQUIRE(saved.ok());
    CHECK(saved->category == QStringLiteral("ROTI"));
    CHECK(saved->productId == 0);

    SaleDraft draft;
    draft.customerId = cafe.ani.id;
    draft.lines = {SaleLineDraft{cafe.roti, Quantity::fromUnits(2), {}, 0},
                   SaleLineDraft{cafe.donat, Quantity::fromMilli(1500), {}, 0},
                   SaleLineDraft{cafe.kopi, Quantity::fromUnits(1), {}, 0}};
    // Shown before saving: 3,5 units of bread, so 3 stamps.
    auto priced = cafe.backend->sales().priced(draft);
    REQUIRE(priced.ok());
    auto gains = cafe.backend->stamps().gainsFor(*priced);
    REQUIRE(gains.ok());
    REQUIRE(gains->size() == 1);
    CHECK(gains->at(0).stamps == 3);
    SETIA_REQUIRE_OK(cafe.backend->sales().record(draft));
    CHECK(cafe.stamps(cafe.ani.id, saved->id) == 3);
}

TEST_CASE("A full card is traded for its reward item, free, in a sale", "[loyalty][stamps]")
{
    StampCafe cafe;
    const StampCard card = cafe.kopiCard(10);
    cafe.buyKopi(cafe.ani.id, 12'000);
    auto standings = cafe.backend->stamps().standings(cafe.ani.id);
    REQUIRE(standings.ok());
    CHECK(standings->at(0).rewards() == 1);
    CHECK(standings->at(0).onCard() == 2);
    // A full card not yet traded shows full on the panel and the slip alike.
    StampStanding full{card, 10};
    CHECK(full.onCard() == 10);
    CHECK(full.rewards() == 1);
    CHECK(StampStanding{card, 0}.onCard() == 0);

    auto reward = cafe.buy(cafe.ani.id, {}, {card.id});
    SETIA_REQUIRE_OK(reward);
    REQUIRE(reward->lines.size() == 1);
    CHECK(reward->lines[0].productId == cafe.kopi);
    CHECK(reward->lines[0].unitPrice == 19'000); // its price and cost stay on record
    CHECK(reward->lines[0].discount == 19'000);
    CHECK(reward->lines[0].amount == 0);
    CHECK(reward->revenue == 0);
    CHECK(reward->costMilli == 6'333'000);
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 2); // the free cup gives no stamp

    // Not enough stamps for another: refused, nothing saved.
    auto again = cafe.buy(cafe.ani.id, {}, {card.id});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field() == QStringLiteral("stamps"));
    CHECK(again.error().message().contains(QStringLiteral("2 of the 10")));
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 2);
    // Walk-ins have no stamps.
    auto walkIn = cafe.buy(0, {}, {card.id});
    REQUIRE_FALSE(walkIn.ok());
    CHECK(walkIn.error().field() == QStringLiteral("customer"));

    // Voiding the reward sale gives the stamps back.
    SETIA_REQUIRE_OK(cafe.backend->sales().voidSale(reward->id, QStringLiteral("salah")));
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 12);
}

TEST_CASE("A voided sale takes its stamps back, never below zero", "[loyalty][stamps]")
{
    StampCafe cafe;
    const StampCard card = cafe.kopiCard(5);
    const Sale first = cafe.buyKopi(cafe.ani.id, 6000);
    SETIA_REQUIRE_OK(cafe.buy(cafe.ani.id, {}, {card.id})); // 1 stamp left
    SETIA_REQUIRE_OK(cafe.backend->sales().voidSale(first.id, QStringLiteral("batal")));
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 0);
}

TEST_CASE("Rules lock once a stamp was given: a change starts the next version",
          "[loyalty][stamps]")
{
    StampCafe cafe;
    StampCard card = cafe.kopiCard(10);

    // No stamp given yet: the version is rewritten in place.
    card.stampsNeeded = 12;
    auto edited = cafe.backend->stamps().save(card);
    REQUIRE(edited.ok());
    CHECK(edited->id == card.id);
    CHECK(edited->version == 1);
    CHECK(edited->stampsNeeded == 12);
    auto locked = cafe.backend->stamps().isLocked(card.id);
    REQUIRE(locked.ok());
    CHECK_FALSE(*locked);

    cafe.buyKopi(cafe.ani.id, 9000); // Ani: 9 of 12 on version 1
    locked = cafe.backend->stamps().isLocked(card.id);
    REQUIRE(locked.ok());
    CHECK(*locked);

    StampCard change = *edited;
    change.stampsNeeded = 8;
    auto second = cafe.backend->stamps().save(change);
    REQUIRE(second.ok());
    CHECK(second->id != card.id);
    CHECK(second->cardKey == card.id);
    CHECK(second->version == 2);
    CHECK(second->stampsNeeded == 8);
    auto first = cafe.backend->stamps().card(card.id);
    REQUIRE(first.ok());
    CHECK((*first)->stampsNeeded == 12); // unchanged
    CHECK_FALSE((*first)->active);

    // The old version cannot be changed any more.
    auto stale = cafe.backend->stamps().save(*edited);
    REQUIRE_FALSE(stale.ok());
    // Saving the same rules again changes nothing.
    auto same = cafe.backend->stamps().save(*second);
    REQUIRE(same.ok());
    CHECK(same->id == second->id);

    // Ani finishes her card under its rules: 3 stamps fill it to 12, 2 go to version 2.
    cafe.buyKopi(cafe.ani.id, 5000);
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 12);
    CHECK(cafe.stamps(cafe.ani.id, second->id) == 2);
    // Budi starts on version 2.
    cafe.buyKopi(cafe.budi.id, 5000);
    CHECK(cafe.stamps(cafe.budi.id, card.id) == 0);
    CHECK(cafe.stamps(cafe.budi.id, second->id) == 5);
    auto budiCards = cafe.backend->stamps().standings(cafe.budi.id);
    REQUIRE(budiCards.ok());
    CHECK(budiCards->size() == 1); // no stamps on version 1: not shown

    // The reward of the old version can still be taken.
    SETIA_REQUIRE_OK(cafe.buy(cafe.ani.id, {}, {card.id}));
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 0);
    auto aniCards = cafe.backend->stamps().standings(cafe.ani.id);
    REQUIRE(aniCards.ok());
    CHECK(aniCards->size() == 1); // version 1 is done with

    // Versions 1 and 2 are both kept.
    auto all = cafe.backend->stamps().cards(false);
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
    auto inForce = cafe.backend->stamps().cards(true);
    REQUIRE(inForce.ok());
    REQUIRE(inForce->size() == 1);
    CHECK(inForce->at(0).id == second->id);
}

TEST_CASE("A stopped card gives no more stamps, its rewards can still be taken",
          "[loyalty][stamps]")
{
    StampCafe cafe;
    const StampCard card = cafe.kopiCard(3);
    cafe.buyKopi(cafe.ani.id, 4000);
    SETIA_REQUIRE_OK(cafe.backend->stamps().stop(card.id));
    cafe.buyKopi(cafe.ani.id, 4000);
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 4);
    SETIA_REQUIRE_OK(cafe.buy(cafe.ani.id, {}, {card.id}));
    CHECK(cafe.stamps(cafe.ani.id, card.id) == 1);
}

TEST_CASE("A card needs a name, what qualifies, 1 to 100 stamps and a reward", "[loyalty][stamps]")
{
    StampCafe cafe;
    StampCard good;
    good.name = QStringLiteral("Kopi");
    good.productId = cafe.kopi;
    good.rewardProductId = cafe.kopi;
    CHECK(good.stampsNeeded == 10); // SPEC §6's default

    auto fieldOf = [&](const StampCard& card) {
        auto saved = cafe.backend->stamps().save(card);
        REQUIRE_FALSE(saved.ok());
        CHECK_FALSE(saved.error().message().isEmpty());
        return saved.error().field();
    };
    StampCard bad = good;
    bad.name = QStringLiteral("   ");
    CHECK(fieldOf(bad) == QStringLiteral("name"));
    bad.name = QString(61, QLatin1Char('K'));
    CHECK(fieldOf(bad) == QStringLiteral("name"));
    bad = good;
    bad.productId = 0;
    CHECK(fieldOf(bad) == QStringLiteral("product"));
    bad.productId = 9999;
    CHECK(fieldOf(bad) == QStringLiteral("product"));
    for (int needed : {0, 101}) {
        bad = good;
        bad.stampsNeeded = needed;
        CHECK(fieldOf(bad) == QStringLiteral("stampsNeeded"));
    }
    bad = good;
    bad.rewardProductId = 0;
    CHECK(fieldOf(bad) == QStringLiteral("reward"));
    auto cards = cafe.backend->stamps().cards(false);
    REQUIRE(cards.ok());
    CHECK(cards->isEmpty());
}
