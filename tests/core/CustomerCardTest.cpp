// The customer record card (SPEC §4): every transaction in date order with a running
// receivable balance, the totals, favourite items and aging.
#include "reports/CustomerCardReport.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QProcess>

using namespace setia;
using namespace setia::test;

namespace {

struct CardShop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openMemory();
    QList<Product> products;
    Customer siti;

    CardShop()
    {
        for (const auto& [sku, price] :
             {std::pair{"GLP-1KG", 17'500}, std::pair{"TLR-1KG", 29'000},
              std::pair{"KPI-200", 21'000}, std::pair{"MIE-GRG", 3'500},
              std::pair{"BRS-5KG", 78'000}, std::pair{"TEH-25", 7'500}}) {
            auto saved = backend->products().create(
                productDraft(QLatin1String(sku), QLatin1String(sku), price, price / 2));
            REQUIRE(saved.ok());
            products.append(*saved);
        }
        Customer draft =
            customerDraft(QStringLiteral("Warung Bu Siti"), QStringLiteral("0812-1111-2222"));
        draft.creditLimit = 10'000'000;
        draft.termsDays = 14;
        draft.joined = QDate(2026, 1, 5);
        auto saved = backend->customers().create(draft);
        REQUIRE(saved.ok());
        siti = *saved;
    }

    Sale sell(const QDate& day, PaymentKind payment,
              std::initializer_list<std::pair<int, const char*>> lines)
    {
        SaleDraft d;
        d.soldAt = QDateTime(day, QTime(9, 30));
        d.customerId = siti.id;
        d.payment = payment;
        for (const auto& [index, quantity] : lines)
            d.lines.append(SaleLineDraft{
                products.at(index).id, *Quantity::parse(QLatin1String(quantity)), {}, 0});
        auto sale = backend->sales().record(d);
        REQUIRE(sale.ok());
        return *sale;
    }

    void pay(const QDate& day, qint64 amount)
    {
        Payment p;
        p.customerId = siti.id;
        p.paidOn = day;
        p.amount = amount;
        p.method = QStringLiteral("tunai");
        REQUIRE(backend->payments().record(p).ok());
    }

    CustomerCard card(const QDate& asOf = QDate(2026, 11, 22))
    {
        auto c = backend->cards().card(siti.id, asOf);
        REQUIRE(c.ok());
        return *c;
    }
};

} // namespace

TEST_CASE("The card lists sales and payments in date order with a running balance", "[card]")
{
    CardShop shop;
    shop.sell(QDate(2026, 9, 1), PaymentKind::Credit, {{0, "10"}, {1, "2,5"}}); // 175 000 + 72 500
    shop.sell(QDate(2026, 9, 10), PaymentKind::Cash, {{2, "1"}});               // 21 000 cash
    shop.pay(QDate(2026, 9, 20), 100'000);
    const Sale voided = shop.sell(QDate(2026, 10, 1), PaymentKind::Credit, {{4, "1"}});
    REQUIRE(shop.backend->sales().voidSale(voided.id, QStringLiteral("salah pelanggan")).ok());
    shop.sell(QDate(2026, 10, 15), PaymentKind::Credit, {{0, "4"}, {3, "40"}}); // 70 000 + 140 000
    shop.pay(QDate(2026, 10, 15), 50'000);

    const CustomerCard card = shop.card();
    REQUIRE(card.entries.size() == 6);
    const auto& e = card.entries;
    CHECK(e[0].document == QStringLiteral("PJ260901-0001"));
    CHECK(e[0].amount == 247'500);
    CHECK(e[0].paid == 0);
    CHECK(e[0].balance == 247'500);
    CHECK(e[0].description == QStringLiteral("10 × GLP-1KG, 2,5 × TLR-1KG"));
    CHECK(e[1].amount == 21'000);
    CHECK(e[1].paid == 21'000); // cash: paid at once
    CHECK(e[1].balance == 247'500);
    CHECK(e[2].kind == CardEntry::Kind::Payment);
    CHECK(e[2].document == QStringLiteral("Payment (tunai)"));
    CHECK(e[2].paid == 100'000);
    CHECK(e[2].balance == 147'500);
    CHECK(e[3].voided);
    CHECK(e[3].voidReason == QStringLiteral("salah pelanggan"));
    CHECK(e[3].balance == 147'500); // a voided sale changes nothing
    CHECK(e[4].amount == 210'000);  // same day as the payment: the sale comes first
    CHECK(e[4].balance == 357'500);
    CHECK(e[5].balance == 307'500);

    CHECK(card.receivable.balance == 307'500);
    CHECK(card.purchases == 3);
    CHECK(card.totalSpent == 478'500);
    CHECK(card.averageTicket == 159'500);
    CHECK(card.firstPurchase == QDate(2026, 9, 1));
    CHECK(card.lastPurchase == QDate(2026, 10, 15));
    CHECK(card.lifecycle == Lifecycle::Active);

    // Aging: 247 500 − 150 000 paid = 97 500 of the first sale, due 15/09, is 68 days
    // late; the second credit sale, due 29/10, is 24 days late.
    CHECK(card.receivable.aging.days61to90 == 97'500);
    CHECK(card.receivable.aging.days1to30 == 210'000);
    CHECK(card.receivable.status == CreditStatus::Overdue);

    // Favourites by quantity: 40 noodles, 14 kg sugar, 2,5 kg eggs, 1 coffee (voided rice
    // does not count).
    REQUIRE(card.favourites.size() == 4);
    CHECK(card.favourites[0].sku == QStringLiteral("MIE-GRG"));
    CHECK(card.favourites[1].sku == QStringLiteral("GLP-1KG"));
    CHECK(card.favourites[1].quantity == Quantity::fromUnits(14));
    CHECK(card.favourites[2].sku == QStringLiteral("TLR-1KG"));
    CHECK(card.favourites[3].sku == QStringLiteral("KPI-200"));
}

TEST_CASE("A card as of an earlier date shows only what happened by then", "[card]")
{
    CardShop shop;
    shop.sell(QDate(2026, 3, 1), PaymentKind::Credit, {{0, "1"}});
    shop.sell(QDate(2026, 9, 1), PaymentKind::Credit, {{0, "2"}});
    shop.pay(QDate(2026, 9, 5), 17'500);
    const CustomerCard march = shop.card(QDate(2026, 3, 31));
    CHECK(march.entries.size() == 1);
    CHECK(march.receivable.balance == 17'500);
    CHECK(march.lifecycle == Lifecycle::Active);
    CHECK(shop.card(QDate(2026, 8, 1)).lifecycle == Lifecycle::Passive); // 153 days
    CHECK(shop.card(QDate(2027, 9, 2)).lifecycle == Lifecycle::Lost);    // 366 days
    CHECK(shop.card().entries.size() == 3);
    CHECK(shop.card().receivable.balance == 35'000);
}

TEST_CASE("A card of someone who never bought, and of a bad customer", "[card]")
{
    CardShop shop;
    CustomerCard empty = shop.card();
    CHECK(empty.entries.isEmpty());
    CHECK(empty.purchases == 0);
    CHECK(empty.averageTicket == 0);
    CHECK_FALSE(empty.lastPurchase.isValid());
    CHECK(empty.lifecycle == Lifecycle::Prospect);
    CHECK(card::lifecycleId(empty.lifecycle) == QStringLiteral("prospect"));

    Customer bad = shop.siti;
    bad.bad = true;
    bad.badReason = QStringLiteral("tidak bayar");
    REQUIRE(shop.backend->customers().update(bad).ok());
    CHECK(shop.card().lifecycle == Lifecycle::Bad);

    auto missing = shop.backend->cards().card(9999, QDate(2026, 11, 22));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("The printed card lists every transaction and the final balance, on A4 and F4",
          "[card][reports]")
{
    CardShop shop;
    QStringList receipts;
    for (int month = 1; month <= 10; ++month) {
        const Sale credit = shop.sell(QDate(2026, month, 3), PaymentKind::Credit, {{0, "3"}});
        const Sale cash =
            shop.sell(QDate(2026, month, 17), PaymentKind::Cash, {{2, "1"}, {3, "12"}});
        receipts << credit.receipt << cash.receipt;
        shop.pay(QDate(2026, month, 25), 40'000);
    }
    const CustomerCard card = shop.card();
    REQUIRE(card.entries.size() == 30);
    CHECK(card.receivable.balance == 10 * 52'500 - 10 * 40'000);

    BusinessProfile business{QStringLiteral("Toko Sumber Rejeki"), QStringLiteral("Jl. Melati 5"),
                             QStringLiteral("0812-0000-1111")};
    for (Paper paper : {Paper::A4, Paper::F4}) {
        const QString pdf = shop.temp.path(QStringLiteral("card-%1.pdf").arg(paper::id(paper)));
        const ReportDocument document =
            CustomerCardReport::build(card, business, QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
        SETIA_REQUIRE_OK(document.writePdf(pdf, paper, QPageLayout::Portrait));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        REQUIRE(pdftotext.waitForFinished(30'000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Toko Sumber Rejeki")));
        CHECK(text.contains(QStringLiteral("Customer record card")));
        CHECK(text.contains(shop.siti.code));
        for (const QString& receipt : std::as_const(receipts))
            CHECK(text.count(receipt) == 1);
        CHECK(text.count(QStringLiteral("Payment (tunai)")) == 10);
        CHECK(text.contains(QStringLiteral("Balance owed on 22/11/2026")));
        CHECK(text.contains(QStringLiteral("Rp125.000"))); // the final balance
        CHECK(text.contains(QStringLiteral("Favourite items")));
    }
}
