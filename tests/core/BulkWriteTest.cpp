// One write path per record: imports and demo data go through the services' checks, in bulk
// calls that write everything in one transaction or nothing, and announce it after.
#include "domain/SaleBatch.h"
#include "io/CsvReader.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/exchange/ImportService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

qint64 customersHeld(Backend& backend)
{
    return *backend.customers().count(CustomerFilter{QString(), false}) +
           *backend.customers().count(CustomerFilter{QString(), true});
}

} // namespace

TEST_CASE("A bulk call saves every record or none: one invalid record stops it whole",
          "[bulk][customers]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    QSignalSpy announced(&backend->customers(), &CustomerService::customersChanged);
    QList<Customer> drafts = {customerDraft(QStringLiteral("Ani")),
                              customerDraft(QStringLiteral("Budi"), QStringLiteral("12")),
                              customerDraft(QStringLiteral("Cici"))};
    auto refused = backend->customers().createMany(drafts);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QStringLiteral("phone"));
    CHECK(customersHeld(*backend) == 0);
    CHECK(announced.isEmpty());

    drafts[1].phone = QStringLiteral("0812-3456-7890");
    auto saved = backend->customers().createMany(drafts);
    SETIA_REQUIRE_OK(saved);
    REQUIRE(saved->size() == 3);
    CHECK(customersHeld(*backend) == 3);
    CHECK(announced.size() == 1);
    // Checked and normalised as a single save would be; codes made in order.
    auto budi = backend->customers().find(saved->at(1));
    SETIA_REQUIRE_OK(budi);
    CHECK((*budi)->phone == QStringLiteral("+6281234567890"));
    CHECK((*budi)->code == QStringLiteral("M000002"));
}

TEST_CASE("A dry run checks and writes everything, then leaves the file as it was", "[bulk]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    QSignalSpy announced(&backend->products(), &ProductService::productsChanged);
    BulkOptions dryRun;
    dryRun.dryRun = true;
    auto checked = backend->products().createMany(
        {productDraft(QStringLiteral("A-1"), QStringLiteral("Beras")),
         productDraft(QStringLiteral("A-2"), QStringLiteral("Gula"))},
        dryRun);
    SETIA_REQUIRE_OK(checked);
    CHECK(checked->size() == 2);
    CHECK(*backend->products().count(ProductFilter{}) == 0);
    CHECK(announced.isEmpty());
    // A SKU taken earlier in the same call is a duplicate, as against the file.
    auto twice = backend->products().createMany(
        {productDraft(QStringLiteral("A-1"), QStringLiteral("Beras")),
         productDraft(QStringLiteral("a-1"), QStringLiteral("Beras lagi"))});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind() == Error::Kind::Duplicate);
    CHECK(*backend->products().count(ProductFilter{}) == 0);
}

TEST_CASE("A bulk call stopped through its progress writes nothing", "[bulk]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    QList<Product> drafts;
    for (int i = 0; i < 3000; ++i)
        drafts.append(
            productDraft(QStringLiteral("P-%1").arg(i), QStringLiteral("Barang %1").arg(i)));
    BulkOptions stop;
    qint64 asked = 0;
    stop.progress = [&asked](qint64 done, qint64 total) {
        ++asked;
        CHECK(total == 3000);
        return done < 2048; // stop at the second report
    };
    auto stopped = backend->products().createMany(drafts, stop);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().kind() == Error::Kind::Cancelled);
    CHECK(asked == 2);
    CHECK(*backend->products().count(ProductFilter{}) == 0);
}

TEST_CASE("Several bulk calls in one transaction: when one fails, none of them stays",
          "[bulk][transactions]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    QSignalSpy announced(&backend->customers(), &CustomerService::customersChanged);
    Status status = backend->atomically([&]() -> Status {
        if (auto customers =
                backend->customers().createMany({customerDraft(QStringLiteral("Ani"))});
            !customers)
            return customers.error();
        // Saved inside the outer transaction: visible to it, not yet committed — and not
        // announced, since it may yet vanish.
        CHECK(customersHeld(*backend) == 1);
        CHECK(announced.isEmpty());
        return backend->products().createMany(
            {productDraft(QStringLiteral(""), QStringLiteral("?"))});
    });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().field() == QStringLiteral("sku"));
    CHECK(customersHeld(*backend) == 0);
    CHECK(announced.isEmpty()); // rolled back: it never happened

    // A failure the caller does not pass on still cannot commit half of it.
    Status swallowed = backend->atomically([&]() -> Status {
        (void)backend->customers().createMany({customerDraft(QStringLiteral("Budi"))});
        (void)backend->products().createMany(
            {productDraft(QStringLiteral(""), QStringLiteral("?"))});
        return {};
    });
    REQUIRE_FALSE(swallowed.ok());
    CHECK(customersHeld(*backend) == 0);

    SETIA_REQUIRE_OK(backend->atomically([&]() -> Status {
        auto made = backend->customers().createMany({customerDraft(QStringLiteral("Cici"))});
        CHECK(announced.isEmpty());
        return made;
    }));
    CHECK(customersHeld(*backend) == 1);
    CHECK(announced.size() == 1); // once the outer transaction committed
}

TEST_CASE("Imported sales are priced and checked by the sale service, each on its own",
          "[bulk][sales]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto beras = backend->products().create(
        productDraft(QStringLiteral("BRS"), QStringLiteral("Beras"), 78'000, 70'000));
    SETIA_REQUIRE_OK(beras);
    QSignalSpy announced(&backend->sales(), &SaleService::salesChanged);
    SaleBatch batch;
    const auto add = [&batch, &beras](const char* receipt, qint64 quantityMilli, qint64 discount,
                                      PaymentKind payment) {
        SaleBatch::Entry sale;
        sale.receipt = QLatin1String(receipt);
        sale.date = QDate(2026, 11, 1);
        sale.time = QTime(9, 0);
        sale.payment = payment;
        sale.firstLine = qint32(batch.lines.size());
        sale.lineCount = 1;
        batch.lines.push_back(SaleBatch::Line{beras->id, quantityMilli, 78'000, discount});
        batch.sales.push_back(sale);
    };
    add("A1", 2'000, 0, PaymentKind::Cash);      // 2 × Rp78.000
    add("A2", 1'000, 90'000, PaymentKind::Cash); // a discount above the line
    add("A3", 1'500, 0, PaymentKind::Credit);    // credit without a customer
    add("A1", 1'000, 0, PaymentKind::Cash);      // a receipt already saved
    add("A4", 0, 0, PaymentKind::Cash);          // no quantity
    auto outcome = backend->sales().importSales(batch);
    SETIA_REQUIRE_OK(outcome);
    REQUIRE(outcome->ids.size() == 5);
    CHECK(outcome->refusal(0) == nullptr);
    CHECK(outcome->ids.at(0) > 0);
    CHECK(outcome->refusals.size() == 4);
    for (std::size_t refused = 1; refused < 5; ++refused)
        CHECK(outcome->ids.at(refused) == 0);
    REQUIRE(outcome->refusal(4) != nullptr);
    CHECK(outcome->refusal(1)->field() == QStringLiteral("lines"));
    CHECK(outcome->refusal(2)->field() == QStringLiteral("customer"));
    CHECK(outcome->refusal(3)->kind() == Error::Kind::Duplicate);
    CHECK(outcome->refusal(4)->field() == QStringLiteral("lines"));
    CHECK(*backend->sales().count() == 1);
    CHECK(announced.size() == 1);
    auto saved = backend->sales().find(outcome->ids.at(0));
    SETIA_REQUIRE_OK(saved);
    REQUIRE(saved->has_value());
    CHECK((*saved)->costMilli == 2 * 70'000 * 1000); // the product's cost, now
    CHECK((*saved)->lines.first().amount == 156'000);
    CHECK((*saved)->revenue == 156'000);
}

TEST_CASE("Imported payments obey the payment service's own rules", "[bulk][import][payments]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    SETIA_REQUIRE_OK(backend->customers().create(customerDraft(QStringLiteral("Budi"))));
    const QByteArray file = "date,customer_code,amount,method,note\n"
                            "2026-11-01,M000001,50000,transfer,\n" // 2
                            "2026-11-02,M000001,50000," +
                            QByteArray(41, 'x') +
                            ",\n"                                          // 3
                            "2026-11-03,M000001,1000000000000000,tunai,\n" // 4
                            "2026-11-04,M000001,0,tunai,\n"                // 5
                            "2030-01-01,M000001,10000,tunai,\n";           // 6
    auto reader = CsvReader::fromBytes(file);
    REQUIRE(reader.ok());
    auto report = backend->imports().run(ImportKind::Payments, reader.value(), ImportOptions{});
    SETIA_REQUIRE_OK(report);
    CHECK(report->created == 1);
    REQUIRE(report->rejected.size() == 4);
    // The same words as the payment form's, because the same rules said them.
    CHECK(report->rejected.at(0).reason.contains(QStringLiteral("at most 40 characters")));
    CHECK(report->rejected.at(1).reason.contains(QStringLiteral("not an amount"))); // too large
    CHECK(report->rejected.at(2).reason.contains(QStringLiteral("more than Rp0")));
    CHECK(report->rejected.at(3).reason.contains(QStringLiteral("future")));
    CHECK(*backend->payments().count() == 1);
}
