// Interactions and follow-ups (SPEC §13): every touch point logged with who and when, tasks
// that are due, done with an outcome that becomes an interaction, never deleted.
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/MergeService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QSignalSpy>

using namespace setia;
using namespace setia::test;

namespace {

struct Shop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openMemory();
    Customer ani = add(QStringLiteral("Ani Lestari"));

    Customer add(const QString& name)
    {
        auto saved = backend->customers().create(customerDraft(name));
        REQUIRE(saved.ok());
        return *saved;
    }

    qint64 saleFor(qint64 customerId)
    {
        auto product = backend->products().create(
            productDraft(QStringLiteral("KPS-%1").arg(customerId), QStringLiteral("Kopi")));
        REQUIRE(product.ok());
        SaleDraft d;
        d.customerId = customerId;
        d.lines.append(SaleLineDraft{product->id, Quantity::fromMilli(1000), {}, 0});
        auto sale = backend->sales().record(d);
        REQUIRE(sale.ok());
        return sale->id;
    }
};

} // namespace

TEST_CASE("An interaction is logged with who and when filled in, newest first on the customer",
          "[relationships]")
{
    Shop shop;
    InteractionService& interactions = shop.backend->interactions();
    QSignalSpy logged(&interactions, &InteractionService::interactionLogged);
    Interaction call;
    call.customerId = shop.ani.id;
    call.kind = InteractionKind::Call;
    call.summary = QStringLiteral("  Tanya stok beras  ");
    auto first = interactions.log(call);
    SETIA_REQUIRE_OK(first);
    CHECK(first->staff == TempDatabase::staff());
    CHECK(first->at == shop.temp.clock().now());
    CHECK(first->summary == QStringLiteral("Tanya stok beras"));
    CHECK(logged.size() == 1);

    shop.temp.clock().advanceSeconds(3600);
    Interaction visit;
    visit.customerId = shop.ani.id;
    visit.kind = InteractionKind::Visit;
    visit.staff = QStringLiteral("Dedi");
    visit.outcome = QStringLiteral("Pesan 10 karung");
    visit.saleId = shop.saleFor(shop.ani.id);
    auto second = interactions.log(visit);
    SETIA_REQUIRE_OK(second);

    auto list = interactions.forCustomer(shop.ani.id);
    SETIA_REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == second->id);
    CHECK(list->at(0).staff == QStringLiteral("Dedi"));
    CHECK(list->at(0).saleId == visit.saleId);
    CHECK(list->at(1) == *first);
}

TEST_CASE("An interaction that cannot be true is refused with the field at fault",
          "[relationships]")
{
    Shop shop;
    const Customer budi = shop.add(QStringLiteral("Budi"));
    InteractionService& interactions = shop.backend->interactions();
    const auto refused = [&](Interaction i) {
        auto result = interactions.log(i);
        REQUIRE(!result.ok());
        CHECK(result.error().kind() == Error::Kind::Validation);
        return result.error().field();
    };
    Interaction i;
    i.customerId = shop.ani.id;

    Interaction later = i;
    later.at = shop.temp.clock().now().addSecs(3600);
    CHECK(refused(later) == QStringLiteral("at"));
    Interaction tooLong = i;
    tooLong.summary = QString(InteractionService::maxSummaryLength + 1, QLatin1Char('x'));
    CHECK(refused(tooLong) == QStringLiteral("summary"));
    Interaction hidden = i;
    hidden.outcome = QStringLiteral("ok\u0007");
    CHECK(refused(hidden) == QStringLiteral("outcome"));
    Interaction otherSale = i;
    otherSale.saleId = shop.saleFor(budi.id);
    CHECK(refused(otherSale) == QStringLiteral("sale"));
    Interaction nobody = i;
    nobody.customerId = 999;
    CHECK(refused(nobody) == QStringLiteral("customer"));
    auto list = interactions.forCustomer(shop.ani.id);
    SETIA_REQUIRE_OK(list);
    CHECK(list->isEmpty());
    // A clock a minute behind another PC's still logs the call just made.
    Interaction justNow = i;
    justNow.at = shop.temp.clock().now().addSecs(60);
    CHECK(interactions.log(justNow).ok());
}

TEST_CASE("A follow-up from a preset is due that many days on, and done it becomes an "
          "interaction",
          "[relationships]")
{
    Shop shop;
    FollowUpService& followUps = shop.backend->followUps();
    QSignalSpy changed(&followUps, &FollowUpService::followUpsChanged);
    const QList<FollowUpService::Preset> presets = FollowUpService::presets();
    REQUIRE(presets.size() >= 4);
    const FollowUpService::Preset& inThreeDays = presets.at(1);
    CHECK(inThreeDays.days == 3);
    auto created = followUps.create(followUps.fromPreset(shop.ani.id, inThreeDays));
    SETIA_REQUIRE_OK(created);
    CHECK(created->due == QDate(2026, 11, 25));
    CHECK(created->staff == TempDatabase::staff());
    CHECK(created->createdBy == TempDatabase::staff());
    CHECK(!created->done());
    CHECK(!created->overdueOn(QDate(2026, 11, 25)));
    CHECK(created->overdueOn(QDate(2026, 11, 26)));
    CHECK(changed.size() == 1);

    shop.temp.clock().set(QDateTime(QDate(2026, 11, 26), QTime(9, 15)));
    auto done = followUps.complete(created->id, InteractionKind::Call,
                                   QStringLiteral("Jadi pesan minggu depan"));
    SETIA_REQUIRE_OK(done);
    CHECK(done->followUpId == created->id);
    CHECK(done->summary == inThreeDays.task);
    CHECK(done->outcome == QStringLiteral("Jadi pesan minggu depan"));
    CHECK(done->at == QDateTime(QDate(2026, 11, 26), QTime(9, 15)));
    CHECK(changed.size() == 2);

    auto list = followUps.forCustomer(shop.ani.id);
    SETIA_REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().done());
    CHECK(list->first().outcome == QStringLiteral("Jadi pesan minggu depan"));
    CHECK(!list->first().overdueOn(QDate(2026, 12, 31))); // done is never overdue
    auto timeline = shop.backend->interactions().forCustomer(shop.ani.id);
    SETIA_REQUIRE_OK(timeline);
    REQUIRE(timeline->size() == 1);
    CHECK(timeline->first() == *done);

    auto twice = followUps.complete(created->id, InteractionKind::Call, QString());
    REQUIRE(!twice.ok());
    CHECK(twice.error().message().contains(QStringLiteral("done already")));
    auto again = shop.backend->interactions().forCustomer(shop.ani.id);
    SETIA_REQUIRE_OK(again);
    CHECK(again->size() == 1); // nothing logged by the refused completion
}

TEST_CASE("A follow-up needs what to do and when, for a customer who is there", "[relationships]")
{
    Shop shop;
    FollowUpService& followUps = shop.backend->followUps();
    FollowUp f;
    f.customerId = shop.ani.id;
    f.due = QDate(2026, 11, 30);
    FollowUp noTask = f;
    auto refused = followUps.create(noTask);
    REQUIRE(!refused.ok());
    CHECK(refused.error().field() == QStringLiteral("task"));
    FollowUp noDate = f;
    noDate.task = QStringLiteral("Tagih piutang");
    noDate.due = {};
    refused = followUps.create(noDate);
    REQUIRE(!refused.ok());
    CHECK(refused.error().field() == QStringLiteral("due"));
    FollowUp long_ = f;
    long_.task = QString(FollowUpService::maxTaskLength + 1, QLatin1Char('x'));
    CHECK(!followUps.create(long_).ok());
    // Noted late: due yesterday is allowed, and overdue at once.
    FollowUp late = f;
    late.task = QStringLiteral("Antar pesanan");
    late.due = QDate(2026, 11, 21);
    auto saved = followUps.create(late);
    SETIA_REQUIRE_OK(saved);
    CHECK(saved->overdueOn(shop.temp.clock().today()));
    CHECK(!followUps.complete(12345, InteractionKind::Call, QString()).ok());
}

TEST_CASE("A merge moves interactions and follow-ups to the kept customer, and undo takes "
          "them back",
          "[relationships][merge]")
{
    Shop shop;
    const Customer ani2 = shop.add(QStringLiteral("Ibu Ani Lestari"));
    Interaction note;
    note.customerId = ani2.id;
    note.kind = InteractionKind::Note;
    note.summary = QStringLiteral("Suka kopi tanpa gula");
    SETIA_REQUIRE_OK(shop.backend->interactions().log(note));
    FollowUp f;
    f.customerId = ani2.id;
    f.due = QDate(2026, 11, 29);
    f.task = QStringLiteral("Tawarkan kartu anggota");
    SETIA_REQUIRE_OK(shop.backend->followUps().create(f));

    auto proposal = shop.backend->merges().proposal(shop.ani.id, ani2.id);
    SETIA_REQUIRE_OK(proposal);
    auto merged = shop.backend->merges().merge(shop.ani.id, ani2.id, *proposal);
    SETIA_REQUIRE_OK(merged);
    CHECK(merged->moved.interactions == 1);
    CHECK(merged->moved.followUps == 1);
    CHECK(shop.backend->interactions().forCustomer(shop.ani.id)->size() == 1);
    CHECK(shop.backend->followUps().forCustomer(shop.ani.id)->size() == 1);
    // A follow-up for a merged customer is refused: their records are with the kept one.
    CHECK(!shop.backend->followUps().create(f).ok());

    SETIA_REQUIRE_OK(shop.backend->merges().undo(merged->id));
    CHECK(shop.backend->interactions().forCustomer(shop.ani.id)->isEmpty());
    CHECK(shop.backend->interactions().forCustomer(ani2.id)->size() == 1);
    CHECK(shop.backend->followUps().forCustomer(ani2.id)->size() == 1);
}
