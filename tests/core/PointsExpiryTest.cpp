// Expiry of points (SPEC §6: optional, in months): first in, first out, written as expire
// entries with the customer's next change and counted as expired before that.
#include "domain/PointsExpiry.h"

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

namespace {

LoyaltyEntry entry(const QDate& date, LoyaltyEntryKind kind, qint64 points)
{
    static qint64 nextId = 0;
    LoyaltyEntry e;
    e.id = ++nextId;
    e.customerId = 7;
    e.date = date;
    e.kind = kind;
    e.points = points;
    return e;
}

} // namespace

TEST_CASE("Points last whole months, through the day before they expire", "[loyalty][expiry]")
{
    CHECK(loyalty::expiresOn(QDate(2026, 1, 15), 12) == QDate(2027, 1, 15));
    CHECK(loyalty::expiresOn(QDate(2026, 1, 31), 1) == QDate(2026, 2, 28));
    CHECK(loyalty::expiresOn(QDate(2024, 2, 29), 12) == QDate(2025, 2, 28));
}

TEST_CASE("Points are used first in, first out, what is left expires on its day",
          "[loyalty][expiry]")
{
    const QList<LoyaltyEntry> ledger = {
        entry(QDate(2026, 1, 1), LoyaltyEntryKind::Earn, 10),
        entry(QDate(2026, 3, 1), LoyaltyEntryKind::Earn, 5),
        entry(QDate(2026, 4, 1), LoyaltyEntryKind::Redeem, -12), // all of January, 2 of March
    };
    // January's points were used up: nothing expires on 1 July.
    CHECK(loyalty::pendingExpiries(ledger, 6, QDate(2026, 8, 31)).isEmpty());
    const auto due = loyalty::pendingExpiries(ledger, 6, QDate(2026, 9, 1));
    REQUIRE(due.size() == 1);
    CHECK(due[0].kind == LoyaltyEntryKind::Expire);
    CHECK(due[0].date == QDate(2026, 9, 1));
    CHECK(due[0].points == -3);
    CHECK(due[0].customerId == 7);

    // Never, when no expiry is set.
    CHECK(loyalty::pendingExpiries(ledger, 0, QDate(2030, 1, 1)).isEmpty());
    CHECK(loyalty::pendingExpiries({}, 6, QDate(2030, 1, 1)).isEmpty());
}

TEST_CASE("An expiry already written is not due again, points of one day expire together",
          "[loyalty][expiry]")
{
    QList<LoyaltyEntry> ledger = {
        entry(QDate(2026, 1, 1), LoyaltyEntryKind::Earn, 4),
        entry(QDate(2026, 1, 1), LoyaltyEntryKind::Adjust, 6),
        entry(QDate(2026, 2, 1), LoyaltyEntryKind::Earn, 3),
    };
    auto due = loyalty::pendingExpiries(ledger, 1, QDate(2026, 2, 1));
    REQUIRE(due.size() == 1);
    CHECK(due[0].points == -10);
    CHECK(due[0].date == QDate(2026, 2, 1));

    // Written, it is not due again; February's points are due a month later.
    ledger.insert(2, entry(QDate(2026, 2, 1), LoyaltyEntryKind::Expire, -10));
    CHECK(loyalty::pendingExpiries(ledger, 1, QDate(2026, 2, 28)).isEmpty());
    due = loyalty::pendingExpiries(ledger, 1, QDate(2026, 3, 1));
    REQUIRE(due.size() == 1);
    CHECK(due[0].points == -3);

    // An adjustment down on the day points expire takes from what is still valid.
    const QList<LoyaltyEntry> sameDay = {
        entry(QDate(2026, 1, 1), LoyaltyEntryKind::Earn, 5),
        entry(QDate(2026, 1, 20), LoyaltyEntryKind::Earn, 5),
        entry(QDate(2026, 2, 1), LoyaltyEntryKind::Adjust, -5),
    };
    due = loyalty::pendingExpiries(sameDay, 1, QDate(2026, 2, 19));
    REQUIRE(due.size() == 1);
    CHECK(due[0].points == -5); // January 1st's; the adjustment took January 20th's
}

namespace {

struct ExpiringCafe
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openMemory();
    qint64 kopi = 0;
    Customer ani;

    ExpiringCafe()
    {
        LoyaltySettings rules;
        rules.expiryMonths = 12;
        SETIA_REQUIRE_OK(backend->settings().setLoyaltySettings(rules));
        auto product = backend->products().create(
            productDraft(QStringLiteral("KPS-1"), QStringLiteral("Kopi Susu"), 19'000, 7'000));
        REQUIRE(product.ok());
        kopi = product->id;
        auto saved = backend->customers().create(customerDraft(QStringLiteral("Ani Lestari")));
        REQUIRE(saved.ok());
        ani = *saved;
    }

    Result<Sale> buy(int cups, const QDate& day, qint64 redeem = 0)
    {
        SaleDraft draft;
        draft.soldAt = QDateTime(day, QTime(9, 0));
        draft.customerId = ani.id;
        draft.lines = {SaleLineDraft{kopi, Quantity::fromUnits(cups), {}, 0}};
        draft.redeemPoints = redeem;
        return backend->sales().record(draft);
    }

    qint64 points(const QDate& asOf)
    {
        auto summary = backend->loyalty().summary(ani.id, asOf);
        REQUIRE(summary.ok());
        return summary->points;
    }

    qint64 writtenExpiries()
    {
        auto entries = LoyaltyStore(BackendProbe::database(*backend)).entries(ani.id);
        REQUIRE(entries.ok());
        qint64 expired = 0;
        for (const LoyaltyEntry& e : *entries)
            if (e.kind == LoyaltyEntryKind::Expire)
                expired += e.points;
        return expired;
    }
};

} // namespace

TEST_CASE("Expired points leave the balance at once and are written with the next change",
          "[loyalty][expiry]")
{
    ExpiringCafe cafe;
    SETIA_REQUIRE_OK(cafe.buy(5, QDate(2025, 11, 1))); // 9 points, expire 2026-11-01
    SETIA_REQUIRE_OK(cafe.buy(5, QDate(2026, 6, 1)));  // 9 points, expire 2027-06-01
    CHECK(cafe.points(QDate(2026, 10, 31)) == 18);     // the last day they count
    CHECK(cafe.points(QDate(2026, 11, 1)) == 9);
    CHECK(cafe.writtenExpiries() == 0);

    auto card = cafe.backend->cards().card(cafe.ani.id, QDate(2026, 11, 22));
    REQUIRE(card.ok());
    CHECK(card->points == 9);
    auto ledger = cafe.backend->loyalty().ledger(cafe.ani.id, QDate(2026, 11, 22));
    REQUIRE(ledger.ok());
    REQUIRE(ledger->size() == 3);
    CHECK(ledger->at(2).kind == LoyaltyEntryKind::Expire);
    CHECK(ledger->at(2).id == 0); // not written yet
    CHECK(ledger->at(2).points == -9);
    CHECK(ledger->at(2).date == QDate(2026, 11, 1));
    CHECK(ledger->at(2).reason.contains(QStringLiteral("12")));

    // Expired points cannot be used.
    auto tooMany = cafe.buy(2, QDate(2026, 11, 22), 10);
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().message().contains(QStringLiteral("9 points")));
    CHECK(cafe.writtenExpiries() == 0); // the refused sale wrote nothing

    auto taken = cafe.backend->loyalty().adjust(cafe.ani.id, -10, QStringLiteral("koreksi"));
    REQUIRE_FALSE(taken.ok());
    SETIA_REQUIRE_OK(cafe.backend->loyalty().adjust(cafe.ani.id, -9, QStringLiteral("koreksi")));
    CHECK(cafe.writtenExpiries() == -9);
    CHECK(cafe.points(QDate(2026, 11, 22)) == 0);
    // Written once: the next change does not expire them again.
    SETIA_REQUIRE_OK(cafe.backend->loyalty().adjust(cafe.ani.id, 5, QStringLiteral("hadiah")));
    CHECK(cafe.writtenExpiries() == -9);
    CHECK(cafe.points(QDate(2026, 11, 22)) == 5);
}

TEST_CASE("A sale to a member writes the expiries due on its day", "[loyalty][expiry]")
{
    ExpiringCafe cafe;
    SETIA_REQUIRE_OK(cafe.buy(10, QDate(2025, 10, 1))); // 19 points
    SETIA_REQUIRE_OK(cafe.buy(5, QDate(2026, 11, 22))); // 9 more; October's expired
    CHECK(cafe.writtenExpiries() == -19);
    CHECK(cafe.points(QDate(2026, 11, 22)) == 9);
}

TEST_CASE("Expiry is 0 (never) to 120 months", "[loyalty][expiry]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    LoyaltySettings rules;
    for (qint64 months : {0, 1, 120}) {
        rules.expiryMonths = months;
        SETIA_REQUIRE_OK(backend->settings().setLoyaltySettings(rules));
    }
    for (qint64 months : {-1, 121}) {
        rules.expiryMonths = months;
        auto refused = backend->settings().setLoyaltySettings(rules);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field() == QStringLiteral("expiryMonths"));
    }
    auto kept = backend->settings().loyaltySettings();
    REQUIRE(kept.ok());
    CHECK(kept->expiryMonths == 120);
}
