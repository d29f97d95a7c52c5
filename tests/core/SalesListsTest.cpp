// The sales list (filters, keyset pages, totals) and the receivables list (everyone who
// owes on a date, the same FIFO as the record card).
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "stores/ReceivableListQuery.h"
#include "stores/SaleListQuery.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace setia;
using namespace setia::test;

namespace {

struct Shop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openMemory();
    qint64 productId = 0;

    Shop()
    {
        auto product = backend->products().create(
            productDraft(QStringLiteral("GLP-1KG"), QStringLiteral("Gula Pasir 1 kg"), 10'000));
        REQUIRE(product.ok());
        productId = product->id;
    }

    qint64 customer(const QString& name, int termsDays = 30)
    {
        Customer draft = customerDraft(name);
        draft.creditLimit = 100'000'000;
        draft.termsDays = termsDays;
        auto saved = backend->customers().create(draft);
        REQUIRE(saved.ok());
        return saved->id;
    }

    Sale sell(qint64 customerId, const QDate& day, PaymentKind payment, int units = 1)
    {
        SaleDraft draft;
        draft.soldAt = QDateTime(day, QTime(10, 0));
        draft.customerId = customerId;
        draft.payment = payment;
        draft.lines = {SaleLineDraft{productId, Quantity::fromUnits(units), {}, 0}};
        auto saved = backend->sales().record(draft);
        REQUIRE(saved.ok());
        return *saved;
    }

    void pay(qint64 customerId, qint64 amount, const QDate& on)
    {
        Payment payment;
        payment.customerId = customerId;
        payment.paidOn = on;
        payment.amount = amount;
        REQUIRE(backend->payments().record(payment).ok());
    }

    QStringList receipts(const SaleListFilter& filter, int pageSize = 200,
                         Qt::SortOrder order = Qt::DescendingOrder)
    {
        QStringList all;
        PageRequest request;
        request.order = order;
        request.limit = pageSize;
        for (;;) {
            auto page = backend->sales().listPage(filter, request);
            REQUIRE(page.ok());
            for (const SaleRow& row : *page)
                all.append(row.receipt);
            if (page->size() < pageSize)
                return all;
            request.after = page->back().key;
        }
    }
};

} // namespace

TEST_CASE("The sales list filters by date, customer, payment, void and receipt", "[sales]")
{
    Shop shop;
    const qint64 sri = shop.customer(QStringLiteral("Warung Bu Sri"));
    const qint64 budi = shop.customer(QStringLiteral("Budi Santoso"));
    const Sale a = shop.sell(sri, QDate(2026, 10, 31), PaymentKind::Credit, 2);
    const Sale b = shop.sell(budi, QDate(2026, 11, 1), PaymentKind::Cash);
    const Sale c = shop.sell(0, QDate(2026, 11, 1), PaymentKind::Cash, 3);
    const Sale d = shop.sell(sri, QDate(2026, 11, 22), PaymentKind::Cash);
    SETIA_REQUIRE_OK(shop.backend->sales().voidSale(d.id, QStringLiteral("salah input")));

    SECTION("newest first, voided sales left out, walk-ins without a customer")
    {
        CHECK(shop.receipts({}) == QStringList{c.receipt, b.receipt, a.receipt});
        auto page = shop.backend->sales().listPage({}, PageRequest{Qt::DescendingOrder, {}, 10});
        REQUIRE(page.ok());
        CHECK(page->at(0).customerId == 0);
        CHECK(page->at(0).customerName.isEmpty());
        CHECK(page->at(2).customerName == QStringLiteral("Warung Bu Sri"));
        CHECK(page->at(2).payment == PaymentKind::Credit);
        CHECK(page->at(2).dueDate == QDate(2026, 11, 30));
    }
    SECTION("pages of one row walk the whole list in both orders")
    {
        CHECK(shop.receipts({}, 1) == QStringList{c.receipt, b.receipt, a.receipt});
        CHECK(shop.receipts({}, 1, Qt::AscendingOrder) ==
              QStringList{a.receipt, b.receipt, c.receipt});
    }
    SECTION("a date range includes both of its days")
    {
        SaleListFilter november;
        november.from = QDate(2026, 11, 1);
        november.to = QDate(2026, 11, 30);
        november.voided = VoidFilter::All;
        CHECK(shop.receipts(november) == QStringList{d.receipt, c.receipt, b.receipt});
        november.to = QDate(2026, 11, 1);
        CHECK(shop.receipts(november) == QStringList{c.receipt, b.receipt});
    }
    SECTION("customer, payment kind and voided sales")
    {
        SaleListFilter filter;
        filter.customerId = sri;
        CHECK(shop.receipts(filter) == QStringList{a.receipt});
        filter.voided = VoidFilter::Voided;
        auto voided = shop.backend->sales().listPage(filter, PageRequest{});
        REQUIRE(voided.ok());
        REQUIRE(voided->size() == 1);
        CHECK(voided->at(0).voided);
        CHECK(voided->at(0).voidReason == QStringLiteral("salah input"));
        SaleListFilter credit;
        credit.payment = PaymentKind::Credit;
        CHECK(shop.receipts(credit) == QStringList{a.receipt});
    }
    SECTION("a receipt number by its start, any case")
    {
        SaleListFilter filter;
        filter.receipt = QStringLiteral("pj261101");
        CHECK(shop.receipts(filter) == QStringList{c.receipt, b.receipt});
        filter.receipt = a.receipt;
        CHECK(shop.receipts(filter) == QStringList{a.receipt});
        filter.receipt = QStringLiteral("XX");
        CHECK(shop.receipts(filter).isEmpty());
    }
    SECTION("totals count what the filter shows; voided sales bring no revenue")
    {
        auto valid = shop.backend->sales().listTotals({});
        REQUIRE(valid.ok());
        CHECK(valid->count == 3);
        CHECK(valid->revenue == 60'000);
        SaleListFilter all;
        all.voided = VoidFilter::All;
        auto withVoided = shop.backend->sales().listTotals(all);
        REQUIRE(withVoided.ok());
        CHECK(withVoided->count == 4);
        CHECK(withVoided->revenue == 60'000);
    }
}

TEST_CASE("The receivables list holds everyone who owes, as the record card does", "[receivables]")
{
    Shop shop;
    const qint64 sri = shop.customer(QStringLiteral("Warung Bu Sri"), 30);
    const qint64 budi = shop.customer(QStringLiteral("Budi Santoso"), 14);
    const qint64 paidUp = shop.customer(QStringLiteral("Toko Lunas"));
    const qint64 ahead = shop.customer(QStringLiteral("Toko Titip"));
    shop.customer(QStringLiteral("Pembeli Tunai"));
    shop.sell(sri, QDate(2026, 7, 1), PaymentKind::Credit, 10);   // due 31 Jul
    shop.sell(sri, QDate(2026, 10, 1), PaymentKind::Credit, 5);   // due 31 Oct
    shop.sell(budi, QDate(2026, 11, 15), PaymentKind::Credit, 2); // due 29 Nov
    shop.sell(paidUp, QDate(2026, 9, 1), PaymentKind::Credit, 4);
    shop.pay(paidUp, 40'000, QDate(2026, 9, 20));
    shop.sell(ahead, QDate(2026, 9, 1), PaymentKind::Credit, 1);
    shop.pay(ahead, 30'000, QDate(2026, 9, 2));
    shop.pay(sri, 60'000, QDate(2026, 8, 15)); // part of the July sale
    const QDate asOf(2026, 11, 22);

    auto debtors = shop.backend->payments().debtors(asOf);
    REQUIRE(debtors.ok());
    REQUIRE(debtors->size() == 2);
    for (const ReceivableRow& row : *debtors) {
        auto card = shop.backend->payments().receivable(row.customerId, asOf);
        REQUIRE(card.ok());
        CHECK(row.balance == card->balance);
        CHECK(row.aging == card->aging);
        CHECK(row.daysOverdue == card->oldestOverdueDays);
        CHECK(row.status == card->status);
    }
    const ReceivableRow& first = debtors->at(0).customerId == sri ? debtors->at(0) : debtors->at(1);
    CHECK(first.name == QStringLiteral("Warung Bu Sri"));
    CHECK(first.balance == 90'000);
    CHECK(first.daysOverdue == 114); // 31 Jul → 22 Nov
    CHECK(first.status == CreditStatus::Macet);
    CHECK(first.oldestDueDate == QDate(2026, 7, 31));
    CHECK(first.aging.over90 == 40'000);
    CHECK(first.aging.days1to30 == 50'000);

    SECTION("as of an earlier date, later sales and payments do not count")
    {
        auto july = shop.backend->payments().debtors(QDate(2026, 8, 1));
        REQUIRE(july.ok());
        REQUIRE(july->size() == 1);
        CHECK(july->at(0).balance == 100'000);
        CHECK(july->at(0).daysOverdue == 1);
        CHECK(july->at(0).status == CreditStatus::Overdue);
    }
    SECTION("a voided credit sale leaves the list")
    {
        auto owed = shop.backend->sales().listPage(
            SaleListFilter{{}, {}, budi, {}, VoidFilter::Valid, {}}, PageRequest{});
        REQUIRE(owed.ok());
        SETIA_REQUIRE_OK(
            shop.backend->sales().voidSale(owed->at(0).id, QStringLiteral("barang kembali")));
        auto after = shop.backend->payments().debtors(asOf);
        REQUIRE(after.ok());
        REQUIRE(after->size() == 1);
        CHECK(after->at(0).customerId == sri);
    }
}
