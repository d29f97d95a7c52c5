// Merging duplicate customers (SPEC §2): the finder, the merge that moves every record to the
// kept customer and hides the other, and the undo that puts everything back exactly.
#include "domain/NameLikeness.h"
#include "services/CounterService.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/DataSafetyService.h"
#include "services/LoyaltyService.h"
#include "services/MergeService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SegmentService.h"
#include "services/StampService.h"
#include "services/TargetSheetService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

using namespace setia;
using namespace setia::test;

namespace {

struct MergeShop
{
    TempDatabase temp;
    QString path = temp.freshPath();
    std::unique_ptr<Backend> backend = temp.open(path);
    qint64 kopi = 0;
    qint64 beras = 0;
    StampCard card;
    Customer budi;  // kept
    Customer budi2; // the duplicate

    MergeShop()
    {
        auto k = backend->products().create(
            productDraft(QStringLiteral("KPS-1"), QStringLiteral("Kopi Susu"), 19'000, 7'000));
        REQUIRE(k.ok());
        kopi = k->id;
        auto b = backend->products().create(
            productDraft(QStringLiteral("BRS-5"), QStringLiteral("Beras 5 kg"), 78'000, 70'000));
        REQUIRE(b.ok());
        beras = b->id;
        card.name = QStringLiteral("Kopi Susu");
        card.productId = kopi;
        card.stampsNeeded = 10;
        card.rewardProductId = kopi;
        auto savedCard = backend->stamps().save(card);
        REQUIRE(savedCard.ok());
        card = *savedCard;

        Customer first =
            customerDraft(QStringLiteral("Bpk. Budi Santoso"), QStringLiteral("0812-3456-7890"));
        first.city = QStringLiteral("Bandung");
        first.tags = {QStringLiteral("langganan")};
        first.creditLimit = 5'000'000;
        first.joined = QDate(2025, 3, 1);
        auto one = backend->customers().create(first);
        REQUIRE(one.ok());
        budi = *one;

        Customer second = customerDraft(QStringLiteral("Boedi Santoso"));
        second.email = QStringLiteral("budi@contoh.id");
        second.address = QStringLiteral("Jl. Merdeka 5");
        second.tags = {QStringLiteral("kopi")};
        second.notes = QStringLiteral("Suka kopi tanpa gula");
        second.creditLimit = 2'000'000;
        second.joined = QDate(2024, 7, 9);
        second.consent.whatsApp.granted = true;
        auto two = backend->customers().create(second);
        REQUIRE(two.ok());
        budi2 = *two;

        // Both have a history: cash and credit sales, a payment, points and stamps.
        sell(budi.id, QDate(2026, 10, 5), PaymentKind::Cash, kopi, "3");
        sell(budi.id, QDate(2026, 10, 20), PaymentKind::Credit, beras, "2");
        sell(budi2.id, QDate(2026, 9, 1), PaymentKind::Credit, beras, "4");
        sell(budi2.id, QDate(2026, 11, 2), PaymentKind::Cash, kopi, "8");
        pay(budi2.id, QDate(2026, 10, 1), 100'000);
        pay(budi.id, QDate(2026, 11, 1), 50'000);
        REQUIRE(backend->loyalty().adjust(budi2.id, 40, QStringLiteral("poin kartu lama")).ok());
        // Only the duplicate has a place on the salesperson's route.
        REQUIRE(backend->targets().saveRoute({budi2.id}).ok());
    }

    void sell(qint64 customerId, const QDate& day, PaymentKind payment, qint64 product,
              const char* quantity)
    {
        temp.clock().set(QDateTime(day, QTime(9, 0)));
        SaleDraft d;
        d.soldAt = QDateTime(day, QTime(9, 0));
        d.customerId = customerId;
        d.payment = payment;
        d.lines.append(SaleLineDraft{product, *Quantity::parse(QLatin1String(quantity)), {}, 0});
        REQUIRE(backend->sales().record(d).ok());
    }

    void pay(qint64 customerId, const QDate& day, qint64 amount)
    {
        Payment p;
        p.customerId = customerId;
        p.paidOn = day;
        p.amount = amount;
        p.method = QStringLiteral("tunai");
        REQUIRE(backend->payments().record(p).ok());
    }

    // What a customer is, as every screen sees them on 22 November 2026.
    QStringList looks(qint64 id)
    {
        const QDate asOf(2026, 11, 22);
        QStringList seen;
        auto c = backend->cards().card(id, asOf);
        REQUIRE(c.ok());
        for (const CardEntry& e : c->entries)
            seen << QStringLiteral("entry %1 %2 %3 %4 %5")
                        .arg(e.document)
                        .arg(e.amount)
                        .arg(e.paid)
                        .arg(e.balance)
                        .arg(e.at.toString(Qt::ISODate));
        seen << QStringLiteral("purchases %1 spent %2 points %3 balance %4")
                    .arg(c->purchases)
                    .arg(c->totalSpent)
                    .arg(c->points)
                    .arg(c->receivable.balance);
        auto loyalty = backend->loyalty().summary(id, asOf);
        REQUIRE(loyalty.ok());
        seen << QStringLiteral("loyalty %1 %2").arg(loyalty->points).arg(int(loyalty->tier));
        auto stamps = backend->stamps().standings(id);
        REQUIRE(stamps.ok());
        for (const StampStanding& s : *stamps)
            seen << QStringLiteral("stamps %1 %2").arg(s.card.id).arg(s.stamps);
        auto segment = backend->segments().segmentOf(id, asOf);
        REQUIRE(segment.ok());
        if (segment->has_value())
            seen << QStringLiteral("segment %1 %2 %3 %4 %5")
                        .arg(int((*segment)->lifecycle))
                        .arg(int((*segment)->tier))
                        .arg((*segment)->recencyDays)
                        .arg(int((*segment)->rfm))
                        .arg((*segment)->margin);
        return seen;
    }

    // Every ledger row and customer field as the file holds them (the merge's own journal
    // and the times of change aside).
    QStringList file()
    {
        RawSqlite raw(path);
        QStringList rows;
        for (const char* sql :
             {"SELECT * FROM sales ORDER BY id", "SELECT * FROM sale_lines ORDER BY sale_id",
              "SELECT * FROM payments ORDER BY id", "SELECT * FROM loyalty_entries ORDER BY id",
              "SELECT * FROM stamp_entries ORDER BY id",
              "SELECT * FROM customer_consents ORDER BY customer_id, channel",
              "SELECT * FROM route_stops ORDER BY customer_id",
              "SELECT id, code, name, sort_name, kind, phone, search_digits, whatsapp, email,"
              " address, city, area, customer_type, source, salesperson, visit_days, birthday,"
              " joined, credit_limit, terms_days, tags, notes, bad, bad_reason, bad_since,"
              " archived, created_at, phone_reversed, code_reversed FROM customers ORDER BY id"})
            rows += raw.rows(QLatin1String(sql));
        return rows;
    }
};

} // namespace

TEST_CASE("A merge moves every record to the kept customer and undo puts both back exactly",
          "[merge]")
{
    MergeShop shop;
    Backend& b = *shop.backend;
    const QStringList keptBefore = shop.looks(shop.budi.id);
    const QStringList otherBefore = shop.looks(shop.budi2.id);
    const QStringList fileBefore = shop.file();
    auto balanceOf = [&](qint64 id) {
        auto r = b.payments().receivable(id, QDate(2026, 11, 22));
        REQUIRE(r.ok());
        return r->balance;
    };
    const qint64 owedBefore = balanceOf(shop.budi.id) + balanceOf(shop.budi2.id);
    auto pointsOf = [&](qint64 id) {
        auto s = b.loyalty().summary(id, QDate(2026, 11, 22));
        REQUIRE(s.ok());
        return s->points;
    };
    const qint64 pointsBefore = pointsOf(shop.budi.id) + pointsOf(shop.budi2.id);
    REQUIRE(pointsBefore > 40);

    auto rows = b.merges().rowsToMove(shop.budi2.id);
    REQUIRE(rows.ok());
    CHECK(rows->sales == 2);
    CHECK(rows->payments == 1);
    CHECK(rows->pointEntries >= 2);
    CHECK(rows->stampEntries == 1);
    CHECK(rows->routeStop);

    auto proposal = b.merges().proposal(shop.budi.id, shop.budi2.id);
    REQUIRE(proposal.ok());
    CHECK(proposal->name == QStringLiteral("Bpk. Budi Santoso"));
    CHECK(proposal->email == QStringLiteral("budi@contoh.id")); // the kept one had none
    CHECK(proposal->joined == QDate(2024, 7, 9));               // the earlier
    CHECK(proposal->tags == QStringList{QStringLiteral("langganan"), QStringLiteral("kopi")});
    CHECK(proposal->consent.whatsApp.granted);
    CHECK(proposal->creditLimit == 5'000'000); // the kept one's own
    Customer chosen = *proposal;
    chosen.name = QStringLiteral("Budi Santoso"); // picked without the title

    shop.temp.clock().set(QDateTime(QDate(2026, 11, 22), QTime(11, 0)));
    auto merged = b.merges().merge(shop.budi.id, shop.budi2.id, chosen);
    SETIA_REQUIRE_OK(merged);
    CHECK(merged->moved == *rows);

    // The kept customer: every sale, payment, point and stamp of both, owing what both owed.
    auto kept = b.customers().find(shop.budi.id);
    REQUIRE(kept.ok());
    CHECK((*kept)->name == QStringLiteral("Budi Santoso"));
    CHECK((*kept)->code == shop.budi.code);
    CHECK((*kept)->email == QStringLiteral("budi@contoh.id"));
    CHECK((*kept)->tags.contains(QStringLiteral("kopi")));
    auto card = b.cards().card(shop.budi.id, QDate(2026, 11, 22));
    REQUIRE(card.ok());
    CHECK(card->purchases == 4);
    CHECK(card->entries.size() == 6);
    CHECK(card->totalSpent == 3 * 19'000 + 2 * 78'000 + 4 * 78'000 + 8 * 19'000);
    CHECK(balanceOf(shop.budi.id) == owedBefore);
    CHECK(pointsOf(shop.budi.id) == pointsBefore);
    auto stamps = b.stamps().standings(shop.budi.id);
    REQUIRE(stamps.ok());
    REQUIRE(stamps->size() == 1);
    CHECK(stamps->first().stamps == 11);
    auto segment = b.segments().segmentOf(shop.budi.id, QDate(2026, 11, 22));
    REQUIRE(segment.ok());
    REQUIRE(segment->has_value());
    CHECK((*segment)->activity.frequency == 4);
    CHECK((*segment)->recencyDays == 20); // the duplicate's sale of 2 November

    // The merged one is hidden everywhere: lists, segments, the counter, the phone check.
    auto gone = b.customers().find(shop.budi2.id);
    REQUIRE(gone.ok());
    CHECK((*gone)->merged);
    CustomerFilter active;
    CHECK(*b.customers().count(active) == 1);
    CustomerFilter archived;
    archived.archived = true;
    CHECK(*b.customers().count(archived) == 0);
    auto noSegment = b.segments().segmentOf(shop.budi2.id, QDate(2026, 11, 22));
    REQUIRE(noSegment.ok());
    CHECK(!noSegment->has_value());
    auto found = b.counter().find(QStringLiteral("boedi"), 0);
    REQUIRE(found.ok());
    CHECK(found->rows.isEmpty());
    Customer changeIt = **gone;
    changeIt.notes = QStringLiteral("x");
    auto refused = b.customers().update(changeIt);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("merged")));
    CHECK(!b.customers().setArchived(shop.budi2.id, false).ok());
    auto again = b.merges().merge(shop.budi.id, shop.budi2.id, chosen);
    CHECK(!again.ok());

    auto journal = b.merges().latest();
    REQUIRE(journal.ok());
    REQUIRE(journal->size() == 1);
    CHECK(journal->first().keptCode == shop.budi.code);
    CHECK(journal->first().mergedCode == shop.budi2.code);
    CHECK(journal->first().mergedBy == TempDatabase::staff());
    CHECK(!journal->first().undoneAt.isValid());

    // Undo: both exactly as before, to the row.
    SETIA_REQUIRE_OK(b.merges().undo(merged->id));
    CHECK(shop.looks(shop.budi.id) == keptBefore);
    CHECK(shop.looks(shop.budi2.id) == otherBefore);
    CHECK(shop.file() == fileBefore);
    CHECK(*b.customers().count(active) == 2);
    auto undone = b.merges().latest();
    REQUIRE(undone.ok());
    CHECK(undone->first().undoneAt.isValid());
    auto twice = b.merges().undo(merged->id);
    REQUIRE(!twice.ok());
    CHECK(twice.error().message().contains(QStringLiteral("undone already")));
    auto problems = b.safety().check();
    SETIA_REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("Undoing a merge keeps what was done since: new sales stay, newer field values stay",
          "[merge]")
{
    MergeShop shop;
    Backend& b = *shop.backend;
    auto proposal = b.merges().proposal(shop.budi.id, shop.budi2.id);
    REQUIRE(proposal.ok());
    shop.temp.clock().set(QDateTime(QDate(2026, 11, 22), QTime(11, 0)));
    auto merged = b.merges().merge(shop.budi.id, shop.budi2.id, *proposal);
    SETIA_REQUIRE_OK(merged);

    // After the merge: a sale for the kept customer and a new phone typed on their card.
    shop.sell(shop.budi.id, QDate(2026, 11, 22), PaymentKind::Cash, shop.kopi, "1");
    auto kept = b.customers().find(shop.budi.id);
    REQUIRE(kept.ok());
    Customer changed = **kept;
    changed.phone = QStringLiteral("0813-0000-1111");
    SETIA_REQUIRE_OK(b.customers().update(changed));

    SETIA_REQUIRE_OK(b.merges().undo(merged->id));
    auto after = b.customers().find(shop.budi.id);
    REQUIRE(after.ok());
    CHECK((*after)->phone == QStringLiteral("+6281300001111")); // changed since: kept
    CHECK((*after)->email.isEmpty());                           // the merge's: taken back
    CHECK((*after)->tags == QStringList{QStringLiteral("langganan")});
    auto card = b.cards().card(shop.budi.id, QDate(2026, 11, 22));
    REQUIRE(card.ok());
    CHECK(card->purchases == 3); // their two and the one sold after the merge
    auto other = b.cards().card(shop.budi2.id, QDate(2026, 11, 22));
    REQUIRE(other.ok());
    CHECK(other->purchases == 2);
}

TEST_CASE("Undoing a merge is refused while a later merge holds or points used since would "
          "go below zero",
          "[merge]")
{
    MergeShop shop;
    Backend& b = *shop.backend;
    auto first = b.merges().merge(shop.budi.id, shop.budi2.id,
                                  *b.merges().proposal(shop.budi.id, shop.budi2.id));
    SETIA_REQUIRE_OK(first);

    SECTION("a later merge")
    {
        auto third = b.customers().create(customerDraft(QStringLiteral("Budi S.")));
        REQUIRE(third.ok());
        auto second = b.merges().merge(third->id, shop.budi.id,
                                       *b.merges().proposal(third->id, shop.budi.id));
        SETIA_REQUIRE_OK(second);
        auto refused = b.merges().undo(first->id);
        REQUIRE(!refused.ok());
        CHECK(refused.error().message().contains(QStringLiteral("Undo that later merge first")));
        SETIA_REQUIRE_OK(b.merges().undo(second->id));
        SETIA_REQUIRE_OK(b.merges().undo(first->id));
    }
    SECTION("points spent since")
    {
        auto points = b.loyalty().summary(shop.budi.id, QDate(2026, 11, 22));
        REQUIRE(points.ok());
        REQUIRE(b.loyalty().adjust(shop.budi.id, -points->points, QStringLiteral("tukar")).ok());
        const QStringList before = shop.file();
        auto refused = b.merges().undo(first->id);
        REQUIRE(!refused.ok());
        CHECK(refused.error().message().contains(QStringLiteral("below zero")));
        CHECK(shop.file() == before);
    }
}

TEST_CASE("A customer cannot be merged with themself, nor with a customer merged already",
          "[merge]")
{
    MergeShop shop;
    Backend& b = *shop.backend;
    CHECK(!b.merges().merge(shop.budi.id, shop.budi.id, shop.budi).ok());
    SETIA_REQUIRE_OK(b.merges().merge(shop.budi.id, shop.budi2.id, shop.budi));
    auto other = b.customers().create(customerDraft(QStringLiteral("Ani")));
    REQUIRE(other.ok());
    auto refused = b.merges().merge(other->id, shop.budi2.id, *other);
    REQUIRE(!refused.ok());
    CHECK(refused.error().kind() == Error::Kind::NotFound);
    // A name the kept customer may not have is refused like any change, naming the field.
    Customer blank = shop.budi;
    blank.name.clear();
    auto invalid = b.merges().merge(shop.budi.id, other->id, blank);
    REQUIRE(!invalid.ok());
    CHECK(invalid.error().field() == QStringLiteral("name"));
}

TEST_CASE("The duplicate finder pairs the same phone, then names alike in Indonesian spellings "
          "in one city",
          "[merge][finder]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    auto add = [&](const char* name, const char* phone = "", const char* city = "") {
        Customer c = customerDraft(QString::fromUtf8(name), QString::fromUtf8(phone));
        c.city = QString::fromUtf8(city);
        auto saved = backend->customers().create(c, CustomerService::DuplicatePhone::Allow);
        REQUIRE(saved.ok());
        return saved->id;
    };
    const qint64 siti = add("Siti Aminah", "0812-1111-2222");
    const qint64 sitiToo = add("Ibu Siti", "+62 812 1111 2222");
    const qint64 soedjono = add("Bpk. H. Moh. Soedjono Tjahjadi");
    const qint64 sujono = add("Muhammad Sujono Cahyadi");
    const qint64 chairul = add("Chairul Anwar");
    const qint64 khairul = add("Khairul Anwar");
    const qint64 njoman = add("Sjamsul Njoman");
    const qint64 nyoman = add("Syamsul Nyoman");
    const qint64 budiBandung = add("Budi", "", "Bandung");
    const qint64 budiBandung2 = add("Pak Budi", "", "bandung");
    add("Budi", "", "Garut"); // one word in another city: not a pair
    add("Ani");               // one word, no city: not a pair
    add("Ani");
    const qint64 archived = add("Siti Aminah");
    REQUIRE(backend->customers().setArchived(archived, true).ok());

    auto pairs = backend->merges().findDuplicates();
    SETIA_REQUIRE_OK(pairs);
    QStringList seen;
    for (const DuplicatePair& p : *pairs)
        seen << QStringLiteral("%1-%2 %3")
                    .arg(p.first.id)
                    .arg(p.second.id)
                    .arg(QLatin1String(p.reason == DuplicatePair::Reason::SamePhone ? "phone"
                                                                                    : "name"));
    const auto pair = [](qint64 a, qint64 b, const char* why) {
        return QStringLiteral("%1-%2 %3").arg(a).arg(b).arg(QLatin1String(why));
    };
    CHECK(seen.first() == pair(siti, sitiToo, "phone"));
    CHECK(seen.contains(pair(soedjono, sujono, "name")));
    CHECK(seen.contains(pair(chairul, khairul, "name")));
    CHECK(seen.contains(pair(njoman, nyoman, "name")));
    CHECK(seen.contains(pair(budiBandung, budiBandung2, "name")));
    CHECK(seen.size() == 5); // nothing else, and the archived Siti is not offered

    // Stopping it stops it.
    auto stopped = backend->merges().findDuplicates([](qint64, qint64) { return false; });
    REQUIRE(!stopped.ok());
    CHECK(stopped.error().kind() == Error::Kind::Cancelled);
}

TEST_CASE("Names are alike once titles, Muhammad's spellings and the old spelling are set aside",
          "[merge][finder]")
{
    using nameLikeness::key;
    CHECK(key(QStringLiteral("Bpk. H. Moh. Soedjono")) == QStringLiteral("m sujono"));
    CHECK(key(QStringLiteral("Muhammad Sujono")) == QStringLiteral("m sujono"));
    CHECK(key(QStringLiteral("MOHAMMAD  sujono")) == QStringLiteral("m sujono"));
    CHECK(key(QStringLiteral("M. Sujono")) == QStringLiteral("m sujono"));
    CHECK(key(QStringLiteral("Hj. Tjoet Nja' Dhien")) == key(QStringLiteral("Cut Nya Dhien")));
    CHECK(key(QStringLiteral("Ibu Sri")) == QStringLiteral("sri"));
    CHECK(key(QStringLiteral("Sdr. Djoko")) == key(QStringLiteral("Joko")));
    CHECK(key(QStringLiteral("Sjahrir")) == key(QStringLiteral("Syahrir")));
    CHECK(key(QStringLiteral("Chaidir")) == key(QStringLiteral("Khaidir")));
    CHECK(key(QStringLiteral("José")) == QStringLiteral("jose"));
    CHECK(key(QStringLiteral("Bu Bapak")).isEmpty()); // only titles
    CHECK(key(QString()).isEmpty());
    CHECK(key(QStringLiteral("Budi Santoso")) != key(QStringLiteral("Budi Santosa")));
    CHECK(nameLikeness::words(QStringLiteral("m sujono")) == 2);
    CHECK(nameLikeness::words(QString()) == 0);
}
