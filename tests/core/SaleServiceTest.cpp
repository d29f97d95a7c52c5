// Sales and payments through the services (SPEC §3, §5): pricing and rounding, receipts,
// idempotent saves, credit terms and limits, voids, and what customers owe afterwards.
#include "services/SaleService.h"

#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "stores/SaleStore.h"
#include "support/BackendProbe.h"
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
    Product beras;
    Product kopi;
    Customer budi;

    Shop()
    {
        beras = create(
            productDraft(QStringLiteral("BRS-5KG"), QStringLiteral("Beras 5 kg"), 78'000, 69'000));
        kopi = create(
            productDraft(QStringLiteral("KPI-200"), QStringLiteral("Kopi 200 g"), 1'001, 700));
        Customer draft = customerDraft(QStringLiteral("Budi Santoso"));
        draft.creditLimit = 1'000'000;
        draft.termsDays = 30;
        auto saved = backend->customers().create(draft);
        REQUIRE(saved.ok());
        budi = *saved;
    }

    Product create(const Product& draft)
    {
        auto saved = backend->products().create(draft);
        REQUIRE(saved.ok());
        return *saved;
    }

    SaleDraft draft(PaymentKind payment, std::initializer_list<SaleLineDraft> lines,
                    const QDateTime& at = QDateTime(QDate(2026, 11, 22), QTime(10, 0)))
    {
        SaleDraft d;
        d.soldAt = at;
        d.customerId = budi.id;
        d.payment = payment;
        d.lines = lines;
        return d;
    }

    ReceivableSummary owed(const QDate& asOf = QDate(2026, 11, 22))
    {
        auto summary = backend->payments().receivable(budi.id, asOf);
        REQUIRE(summary.ok());
        return *summary;
    }

    void pay(qint64 amount, const QDate& on = QDate(2026, 11, 22))
    {
        Payment payment;
        payment.customerId = budi.id;
        payment.paidOn = on;
        payment.amount = amount;
        payment.method = QStringLiteral("transfer");
        REQUIRE(backend->payments().record(payment).ok());
    }
};

SaleLineDraft line(qint64 productId, const char* quantity, std::optional<qint64> price = {},
                   qint64 discount = 0)
{
    return SaleLineDraft{productId, *Quantity::parse(QLatin1String(quantity)), price, discount};
}

} // namespace

TEST_CASE("A sale is priced with the rounding of SPEC §5 and keeps its totals", "[sales]")
{
    Shop shop;
    // 0,5 × 1 001 = 500,5 → 501; 2 × 78 000 − 6 000 = 150 000; sale discount 1 000.
    SaleDraft d = shop.draft(PaymentKind::Cash,
                             {line(shop.kopi.id, "0,5"), line(shop.beras.id, "2", {}, 6'000)});
    d.discount = 1'000;
    auto sale = shop.backend->sales().record(d);
    SETIA_REQUIRE_OK(sale);
    REQUIRE(sale->lines.size() == 2);
    CHECK(sale->lines.at(0).amount == 501);
    CHECK(sale->lines.at(0).unitPrice == 1'001); // the product's price by default
    CHECK(sale->lines.at(0).unitCost == 700);    // copied at sale time
    CHECK(sale->lines.at(1).amount == 150'000);
    CHECK(sale->linesTotal == 150'501);
    CHECK(sale->revenue == 149'501);
    CHECK(sale->costMilli == 500 * 700 + 2000 * 69'000);
    CHECK(sale->receipt == QStringLiteral("PJ261122-0001"));

    // What was saved is what comes back, even after the product's price changes.
    Product dearer = shop.kopi;
    dearer.price = 2'000;
    dearer.cost = 1'500;
    REQUIRE(shop.backend->products().update(dearer).ok());
    auto stored = shop.backend->sales().find(sale->id);
    SETIA_REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK(**stored == *sale);
}

TEST_CASE("Half a Rupiah rounds away from zero, a given price replaces the product's", "[sales]")
{
    Shop shop;
    auto sale = shop.backend->sales().priced(shop.draft(
        PaymentKind::Cash, {line(shop.kopi.id, "1,5", 3), line(shop.kopi.id, "0,001", 499),
                            line(shop.kopi.id, "0,001", 500)}));
    SETIA_REQUIRE_OK(sale);
    CHECK(sale->lines.at(0).amount == 5); // 4,5
    CHECK(sale->lines.at(1).amount == 0); // 0,499
    CHECK(sale->lines.at(2).amount == 1); // 0,5
}

TEST_CASE("Bad sales are refused with the field and a message", "[sales]")
{
    Shop shop;
    auto refused = [&](const SaleDraft& d) {
        auto result = shop.backend->sales().record(d);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind() == Error::Kind::Validation);
        return result.error().field();
    };
    CHECK(refused(shop.draft(PaymentKind::Cash, {})) == QStringLiteral("lines"));
    CHECK(refused(shop.draft(PaymentKind::Cash, {line(999, "1")})) == QStringLiteral("lines"));
    CHECK(
        refused(shop.draft(PaymentKind::Cash, {SaleLineDraft{shop.kopi.id, Quantity(), {}, 0}})) ==
        QStringLiteral("lines"));
    CHECK(refused(shop.draft(PaymentKind::Cash, {line(shop.kopi.id, "1", -1)})) ==
          QStringLiteral("lines"));
    CHECK(refused(shop.draft(PaymentKind::Cash, {line(shop.kopi.id, "1", {}, 1'002)})) ==
          QStringLiteral("lines"));
    SaleDraft tooMuchOff = shop.draft(PaymentKind::Cash, {line(shop.kopi.id, "1")});
    tooMuchOff.discount = 1'002;
    CHECK(refused(tooMuchOff) == QStringLiteral("discount"));
    SaleDraft walkInCredit = shop.draft(PaymentKind::Credit, {line(shop.kopi.id, "1")});
    walkInCredit.customerId = 0;
    CHECK(refused(walkInCredit) == QStringLiteral("customer"));
    SaleDraft ghost = shop.draft(PaymentKind::Cash, {line(shop.kopi.id, "1")});
    ghost.customerId = 4242;
    CHECK(refused(ghost) == QStringLiteral("customer"));
    auto count = SaleStore(BackendProbe::database(*shop.backend)).customerSales(shop.budi.id);
    SETIA_REQUIRE_OK(count);
    CHECK(count->isEmpty());
}

TEST_CASE("A walk-in pays cash, receipts count up per day", "[sales]")
{
    Shop shop;
    SaleDraft first = shop.draft(PaymentKind::Cash, {line(shop.kopi.id, "1")});
    first.customerId = 0;
    auto a = shop.backend->sales().record(first);
    auto b = shop.backend->sales().record(first);
    first.soldAt = first.soldAt.addDays(1);
    auto c = shop.backend->sales().record(first);
    SETIA_REQUIRE_OK(a);
    SETIA_REQUIRE_OK(b);
    SETIA_REQUIRE_OK(c);
    CHECK(a->receipt == QStringLiteral("PJ261122-0001"));
    CHECK(b->receipt == QStringLiteral("PJ261122-0002"));
    CHECK(c->receipt == QStringLiteral("PJ261123-0001"));
    CHECK(a->customerId == 0);
}

TEST_CASE("Saving the same sale twice keeps one sale, another sale on that receipt is refused",
          "[sales]")
{
    Shop shop;
    auto receipt = shop.backend->sales().reserveReceipt(QDate(2026, 11, 22));
    SETIA_REQUIRE_OK(receipt);
    SaleDraft d = shop.draft(PaymentKind::Credit, {line(shop.beras.id, "1")});
    d.receipt = *receipt;
    QSignalSpy recorded(&shop.backend->sales(), &SaleService::saleRecorded);
    auto first = shop.backend->sales().record(d);
    auto retry = shop.backend->sales().record(d);
    SETIA_REQUIRE_OK(first);
    SETIA_REQUIRE_OK(retry);
    CHECK(retry->id == first->id);
    CHECK(recorded.count() == 1);
    CHECK(shop.owed().balance == 78'000);

    SaleDraft other = shop.draft(PaymentKind::Cash, {line(shop.kopi.id, "3")});
    other.receipt = *receipt;
    auto clash = shop.backend->sales().record(other);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().kind() == Error::Kind::Duplicate);
    CHECK(clash.error().message().contains(*receipt));

    auto next = shop.backend->sales().reserveReceipt(QDate(2026, 11, 22));
    SETIA_REQUIRE_OK(next);
    CHECK(*next == QStringLiteral("PJ261122-0002"));
}

TEST_CASE("A credit sale is due after the customer's terms and counts towards the limit", "[sales]")
{
    Shop shop;
    auto sale =
        shop.backend->sales().record(shop.draft(PaymentKind::Credit, {line(shop.beras.id, "10")}));
    SETIA_REQUIRE_OK(sale);
    CHECK(sale->dueDate == QDate(2026, 12, 22));
    CHECK(shop.owed().balance == 780'000);

    // 780 000 + 312 000 passes the 1 000 000 limit: refused unless overridden.
    const SaleDraft more = shop.draft(PaymentKind::Credit, {line(shop.beras.id, "4")});
    auto refused = shop.backend->sales().record(more);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::CreditLimit);
    CHECK(refused.error().message().contains(QStringLiteral("Rp1.092.000")));
    CHECK(refused.error().message().contains(QStringLiteral("Rp1.000.000")));
    CHECK(shop.owed().balance == 780'000);
    SETIA_REQUIRE_OK(shop.backend->sales().record(more, SaleService::CreditLimitCheck::Override));
    CHECK(shop.owed().balance == 1'092'000);

    // After a payment the same amount fits again.
    shop.pay(500'000);
    SETIA_REQUIRE_OK(
        shop.backend->sales().record(shop.draft(PaymentKind::Credit, {line(shop.beras.id, "4")})));

    // Cash never checks the limit.
    SETIA_REQUIRE_OK(
        shop.backend->sales().record(shop.draft(PaymentKind::Cash, {line(shop.beras.id, "40")})));
}

TEST_CASE("A cash-only customer gets credit only with an override", "[sales]")
{
    Shop shop;
    Customer ani = customerDraft(QStringLiteral("Ani"));
    auto saved = shop.backend->customers().create(ani);
    SETIA_REQUIRE_OK(saved);
    SaleDraft d = shop.draft(PaymentKind::Credit, {line(shop.kopi.id, "1")});
    d.customerId = saved->id;
    auto refused = shop.backend->sales().record(d);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::CreditLimit);
    CHECK(refused.error().message().contains(QStringLiteral("cash only")));
    SETIA_REQUIRE_OK(shop.backend->sales().record(d, SaleService::CreditLimitCheck::Override));
}

TEST_CASE("Voiding a credit sale or a paid one takes it out of what is owed", "[sales]")
{
    Shop shop;
    auto older =
        shop.backend->sales().record(shop.draft(PaymentKind::Credit, {line(shop.beras.id, "2")},
                                                QDateTime(QDate(2026, 9, 1), QTime(9, 0))));
    auto newer =
        shop.backend->sales().record(shop.draft(PaymentKind::Credit, {line(shop.beras.id, "1")},
                                                QDateTime(QDate(2026, 10, 1), QTime(9, 0))));
    SETIA_REQUIRE_OK(older);
    SETIA_REQUIRE_OK(newer);
    shop.pay(156'000, QDate(2026, 10, 15)); // pays the older one exactly
    {
        const auto owed = shop.owed();
        CHECK(owed.balance == 78'000);
        REQUIRE(owed.open.size() == 1);
        CHECK(owed.open.at(0).sale.saleId == newer->id);
        CHECK(owed.open.at(0).daysPastDue == 22); // due 31/10
    }

    SECTION("voiding the paid sale moves its payment to the next one")
    {
        QSignalSpy voided(&shop.backend->sales(), &SaleService::saleVoided);
        SETIA_REQUIRE_OK(shop.backend->sales().voidSale(older->id, QStringLiteral("salah input")));
        CHECK(voided.count() == 1);
        const auto owed = shop.owed();
        CHECK(owed.balance == -78'000); // paid ahead: held as credit
        CHECK(owed.open.isEmpty());
        auto stored = shop.backend->sales().find(older->id);
        SETIA_REQUIRE_OK(stored);
        CHECK((*stored)->voided);
        CHECK((*stored)->voidReason == QStringLiteral("salah input"));
    }
    SECTION("voiding the open credit sale clears the debt")
    {
        SETIA_REQUIRE_OK(
            shop.backend->sales().voidSale(newer->id, QStringLiteral("barang kembali")));
        CHECK(shop.owed().balance == 0);
        CHECK(shop.owed().open.isEmpty());
    }
    SECTION("a void needs a reason and happens once")
    {
        auto noReason = shop.backend->sales().voidSale(newer->id, QStringLiteral("  "));
        REQUIRE_FALSE(noReason.ok());
        CHECK(noReason.error().field() == QStringLiteral("reason"));
        SETIA_REQUIRE_OK(shop.backend->sales().voidSale(newer->id, QStringLiteral("batal")));
        CHECK_FALSE(shop.backend->sales().voidSale(newer->id, QStringLiteral("lagi")).ok());
    }
}

TEST_CASE("What a customer owed on an earlier date counts only what happened by then", "[sales]")
{
    Shop shop;
    SETIA_REQUIRE_OK(
        shop.backend->sales().record(shop.draft(PaymentKind::Credit, {line(shop.beras.id, "1")},
                                                QDateTime(QDate(2026, 8, 1), QTime(9, 0)))));
    SETIA_REQUIRE_OK(
        shop.backend->sales().record(shop.draft(PaymentKind::Credit, {line(shop.beras.id, "2")},
                                                QDateTime(QDate(2026, 10, 1), QTime(9, 0)))));
    shop.pay(50'000, QDate(2026, 9, 1));
    CHECK(shop.owed(QDate(2026, 7, 31)).balance == 0);
    CHECK(shop.owed(QDate(2026, 8, 31)).balance == 78'000);
    const auto september = shop.owed(QDate(2026, 9, 30));
    CHECK(september.balance == 28'000);
    CHECK(september.open.at(0).daysPastDue == 30); // due 31/08
    CHECK(september.status == CreditStatus::Overdue);
    const auto now = shop.owed();
    CHECK(now.balance == 184'000);
    CHECK(now.aging.days61to90 == 28'000); // due 31/08: 83 days
    CHECK(now.aging.days1to30 == 156'000); // due 31/10: 22 days
}

TEST_CASE("Payments are checked: amount, date, customer, voided ones stop counting", "[sales]")
{
    Shop shop;
    auto refused = [&](Payment p) {
        auto result = shop.backend->payments().record(p);
        REQUIRE_FALSE(result.ok());
        return result.error().field();
    };
    Payment p;
    p.customerId = shop.budi.id;
    p.amount = 0;
    CHECK(refused(p) == QStringLiteral("amount"));
    p.amount = -5;
    CHECK(refused(p) == QStringLiteral("amount"));
    p.amount = 10'000;
    p.paidOn = QDate(2026, 11, 23); // tomorrow for the fixed clock
    CHECK(refused(p) == QStringLiteral("date"));
    p.paidOn = QDate();
    p.customerId = 999;
    CHECK(refused(p) == QStringLiteral("customer"));

    p.customerId = shop.budi.id;
    QSignalSpy recorded(&shop.backend->payments(), &PaymentService::paymentRecorded);
    auto saved = shop.backend->payments().record(p);
    SETIA_REQUIRE_OK(saved);
    CHECK(saved->paidOn == QDate(2026, 11, 22)); // today by default
    CHECK(recorded.count() == 1);
    CHECK(shop.owed().balance == -10'000);
    SETIA_REQUIRE_OK(shop.backend->payments().voidPayment(saved->id, QStringLiteral("cek kosong")));
    CHECK(shop.owed().balance == 0);
}
