// DemoGenerator: deterministic, valid demo data, bulk-loaded with the search indexes rebuilt.
#include "demo/DemoGenerator.h"
#include "domain/PhoneNumber.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/StampService.h"
#include "stores/CustomerStore.h"
#include "stores/LoyaltyStore.h"
#include "stores/ProductStore.h"
#include "stores/SaleStore.h"
#include "support/BackendProbe.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <set>

using namespace setia;
using namespace setia::test;

namespace {

const QDate demoEnd(2026, 11, 1);

Result<DemoSummary> generate(Backend& backend, int customers, quint64 seed,
                             const std::function<void(int)>& progress = {})
{
    DemoGenerator generator(backend);
    return generator.generate(DemoOptions{customers, seed, demoEnd}, progress);
}

QList<CustomerRow> allRows(Backend& backend)
{
    auto rows = backend.customers().page(CustomerFilter{}, CustomerSort::Code,
                                         PageRequest{Qt::AscendingOrder, {}, 100'000});
    SETIA_REQUIRE_OK(rows);
    return *rows;
}

QStringList demoRows(Backend& backend)
{
    QStringList rows;
    for (const CustomerRow& row : allRows(backend))
        rows.append(QStringList{row.code, row.name, row.phone, row.city}.join(QLatin1Char('|')));
    return rows;
}

// Every stored column of every demo table, for comparing two files whole.
QStringList everything(const QString& path)
{
    RawSqlite file(path);
    QStringList rows = file.rows(QStringLiteral("SELECT * FROM customers ORDER BY code"));
    rows += file.rows(QStringLiteral("SELECT * FROM customer_consents ORDER BY 1, 2"));
    rows += file.rows(QStringLiteral("SELECT * FROM products ORDER BY sku"));
    rows += file.rows(QStringLiteral("SELECT * FROM settings ORDER BY key"));
    rows += file.rows(QStringLiteral("SELECT * FROM sequences ORDER BY name"));
    return rows;
}

QList<qint64> foundIds(Backend& backend, const QString& search)
{
    auto rows = backend.customers().page(CustomerFilter{search, false}, CustomerSort::Code,
                                         PageRequest{Qt::AscendingOrder, {}, 100'000});
    SETIA_REQUIRE_OK(rows);
    QList<qint64> ids;
    for (const CustomerRow& row : *rows)
        ids.append(row.id);
    return ids;
}

} // namespace

TEST_CASE("The same seed and end date give the same demo data", "[demo]")
{
    TempDatabase temp;
    const QString first = temp.freshPath();
    const QString second = temp.freshPath();
    QStringList rows;
    {
        auto a = temp.open(first);
        auto b = temp.open(second);
        auto summaryA = generate(*a, 300, 42);
        auto summaryB = generate(*b, 300, 42);
        SETIA_REQUIRE_OK(summaryA);
        SETIA_REQUIRE_OK(summaryB);
        CHECK(summaryA->customers == 300);
        CHECK(summaryA->products == 60);
        rows = demoRows(*a);
        REQUIRE(rows.size() == 300);
        CHECK(demoRows(*b) == rows);
        CHECK(rows.first().startsWith(QStringLiteral("M000001|")));
        CHECK(rows.last().startsWith(QStringLiteral("M000300|")));
    }
    CHECK(everything(first) == everything(second));

    // Another seed, other customers.
    auto c = temp.openFresh();
    SETIA_REQUIRE_OK(generate(*c, 300, 43));
    CHECK(demoRows(*c) != rows);
}

TEST_CASE("Demo customers are valid customers", "[demo]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    int lastProgress = -1;
    bool progressRose = true;
    SETIA_REQUIRE_OK(generate(*backend, 300, 7, [&](int percent) {
        progressRose = progressRose && percent >= lastProgress;
        lastProgress = percent;
    }));
    CHECK(progressRose);
    CHECK(lastProgress == 100);

    std::set<QString> phones;
    for (const CustomerRow& row : allRows(*backend)) {
        INFO(row.code.toStdString()
             << " " << row.name.toStdString() << " " << row.phone.toStdString());
        auto normalized = PhoneNumber::normalize(row.phone);
        REQUIRE(normalized.ok());
        CHECK(*normalized == row.phone);
        CHECK(phones.insert(row.phone).second);
        // Everything a person could edit and save again passes the service's checks.
        auto customer = backend->customers().find(row.id);
        SETIA_REQUIRE_OK(customer);
        REQUIRE(customer->has_value());
        auto valid = backend->customers().validated(**customer);
        if (!valid.ok())
            FAIL_CHECK("field " << valid.error().field().toStdString() << ": "
                                << valid.error().message().toStdString());
        CHECK((*customer)->joined <= demoEnd);
        CHECK((!(*customer)->birthday.isValid() || (*customer)->birthday < demoEnd));
    }
    CHECK(phones.size() == 300); // everyone has a phone, and no two share one
}

TEST_CASE("Demo data goes only into an empty database", "[demo]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();

    SECTION("after demo data")
    {
        SETIA_REQUIRE_OK(generate(*backend, 20, 1));
    }
    SECTION("after one customer")
    {
        SETIA_REQUIRE_OK(backend->customers().create(customerDraft(QStringLiteral("Budi"))));
    }
    SECTION("after one archived customer")
    {
        auto budi = backend->customers().create(customerDraft(QStringLiteral("Budi")));
        SETIA_REQUIRE_OK(budi);
        SETIA_REQUIRE_OK(backend->customers().setArchived(budi->id, true));
    }
    SECTION("after one inactive product")
    {
        auto teh =
            backend->products().create(productDraft(QStringLiteral("TEH"), QStringLiteral("Teh")));
        SETIA_REQUIRE_OK(teh);
        SETIA_REQUIRE_OK(backend->products().setActive(teh->id, false));
    }

    const QStringList before = demoRows(*backend);
    auto again = generate(*backend, 20, 2);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind() == Error::Kind::Validation);
    CHECK(demoRows(*backend) == before);
}

TEST_CASE("Search finds demo customers after the bulk load", "[demo][search]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    auto backend = temp.open(path);
    SETIA_REQUIRE_OK(generate(*backend, 300, 5));
    const QList<CustomerRow> rows = allRows(*backend);
    REQUIRE(rows.size() == 300);

    for (int index : {0, 122, 299}) {
        const CustomerRow& row = rows.at(index);
        INFO(row.code.toStdString() << " " << row.name.toStdString());
        CHECK(foundIds(*backend, row.name.section(QLatin1Char(' '), 0, 0)).contains(row.id));
        CHECK(foundIds(*backend, row.name).contains(row.id));
        CHECK(foundIds(*backend, row.code) == QList<qint64>{row.id});
        CHECK(foundIds(*backend, row.city).contains(row.id));
        CHECK(foundIds(*backend, PhoneNumber::formatNational(row.phone)) == QList<qint64>{row.id});
        CHECK(foundIds(*backend, row.phone.right(4)).contains(row.id));
    }

    // The indexes agree with the table, and the triggers that keep them so are back.
    {
        RawSqlite file(path);
        file.exec(QStringLiteral(
            "INSERT INTO customer_words (customer_words) VALUES ('integrity-check')"));
        file.exec(QStringLiteral(
            "INSERT INTO customer_digits (customer_digits) VALUES ('integrity-check')"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());

    // Customers saved after the load get the next code and are found at once.
    auto added = backend->customers().create(
        customerDraft(QStringLiteral("Zulkifli Baru"), QStringLiteral("0899-0000-1234")));
    SETIA_REQUIRE_OK(added);
    CHECK(added->code == QStringLiteral("M000301"));
    CHECK(foundIds(*backend, QStringLiteral("zulkifli")) == QList<qint64>{added->id});
    CHECK(foundIds(*backend, QStringLiteral("0899 0000")) == QList<qint64>{added->id});
}

TEST_CASE("Demo members earn their points as a sale at the counter would", "[demo][loyalty]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    DemoGenerator generator(*backend);
    REQUIRE(generator.generate(DemoOptions{60, 9, demoEnd, 1500}).ok());
    int checked = 0;
    qint64 total = 0;
    for (qint64 customerId = 1; customerId <= 60; ++customerId) {
        auto entries = LoyaltyStore(BackendProbe::database(*backend)).entries(customerId);
        REQUIRE(entries.ok());
        for (const LoyaltyEntry& entry : *entries) {
            REQUIRE(entry.kind == LoyaltyEntryKind::Earn);
            auto sale = backend->sales().find(entry.saleId);
            REQUIRE(sale.ok());
            REQUIRE(sale->has_value());
            CHECK((*sale)->customerId == customerId);
            // LoyaltyService's own rule, reading the tier back from the stored sales.
            auto points = backend->loyalty().pointsFor(customerId, (*sale)->revenue, entry.date);
            REQUIRE(points.ok());
            CHECK(entry.points == *points);
            total += entry.points;
            ++checked;
        }
    }
    CHECK(checked > 200);
    CHECK(total > 0);
}

TEST_CASE("Demo members hold the stamps their Kopi Susu Gula Aren gave since the card began",
          "[demo][stamps]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    DemoGenerator generator(*backend);
    REQUIRE(generator.generate(DemoOptions{80, 77, demoEnd, 6000}).ok());
    auto cards = backend->stamps().cards(true);
    REQUIRE(cards.ok());
    REQUIRE(cards->size() == 1);
    const StampCard& card = cards->first();
    CHECK(card.stampsNeeded == StampCard::defaultStampsNeeded);
    const QDate from = demoEnd.addDays(-DemoGenerator::stampCardDays);
    // StampService's own rule, sale by sale, gives what the bulk load wrote.
    qint64 recomputed = 0;
    qint64 held = 0;
    for (qint64 customerId = 1; customerId <= 80; ++customerId) {
        auto sales = SaleStore(BackendProbe::database(*backend)).customerSales(customerId);
        REQUIRE(sales.ok());
        for (const Sale& sale : *sales) {
            if (sale.soldAt.date() < from)
                continue;
            auto gains = backend->stamps().gainsFor(sale);
            REQUIRE(gains.ok());
            for (const StampGain& gain : *gains)
                recomputed += gain.stamps;
        }
        auto standings = backend->stamps().standings(customerId);
        REQUIRE(standings.ok());
        held += standings->first().stamps;
    }
    CHECK(held > 20);
    CHECK(held == recomputed);
}
