// Undoing a whole import (SPEC §12): every record it made goes in one step, with what came
// with them, and the undo is refused — changing nothing — when something later depends on them.
#include "io/CsvReader.h"
#include "services/CustomerService.h"
#include "services/DataSafetyService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/exchange/ImportService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

using namespace setia;
using namespace setia::test;

namespace {

struct UndoShop
{
    TempDatabase temp;
    QString path = temp.freshPath();
    std::unique_ptr<Backend> backend = temp.open(path);

    UndoShop()
    {
        REQUIRE(backend->products()
                    .create(productDraft(QStringLiteral("BRS-5KG"), QStringLiteral("Beras"), 78'000,
                                         70'000))
                    .ok());
        REQUIRE(backend->customers()
                    .create(customerDraft(QStringLiteral("Budi Santoso"),
                                          QStringLiteral("0812-3456-7890")))
                    .ok()); // M000001, before any import
    }

    ImportReport import(ImportKind kind, const QByteArray& bytes, bool dryRun = false)
    {
        auto reader = CsvReader::fromBytes(bytes);
        REQUIRE(reader.ok());
        ImportOptions options;
        options.dryRun = dryRun;
        options.fileName = QStringLiteral("pindahan.csv");
        auto report = backend->imports().run(kind, reader.value(), options);
        SETIA_REQUIRE_OK(report);
        return *report;
    }

    // Every row of the tables an import writes to (the journal aside).
    QStringList file()
    {
        RawSqlite raw(path);
        QStringList rows;
        for (const char* table : {"customers", "customer_consents", "products", "sales",
                                  "sale_lines", "payments", "loyalty_entries", "stamp_entries"})
            rows += raw.rows(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
        return rows;
    }

    void later() { temp.clock().advanceSeconds(60); }
};

const QByteArray customersCsv = "code,name,phone,consent\n"
                                "P-001,Siti Aminah,0813-1111-2222,whatsapp\n"
                                "P-002,Ani Lestari,0813-3333-4444,\n"
                                "P-003,Dewi,,\n";

const QByteArray salesCsv = "receipt,date,customer_code,sku,qty,unit_price,payment\n"
                            "IMP-1,2026-11-01,M000001,BRS-5KG,2,78000,cash\n"
                            "IMP-2,2026-11-02,M000001,BRS-5KG,1,78000,credit\n"
                            "IMP-3,2026-11-03,,BRS-5KG,1,78000,cash\n";

} // namespace

TEST_CASE("Undoing an import of customers removes them and their consents, nothing else",
          "[import][undo]")
{
    UndoShop shop;
    const QStringList before = shop.file();
    const ImportReport report = shop.import(ImportKind::Customers, customersCsv);
    REQUIRE(report.created == 3);
    REQUIRE(report.importId > 0);
    CHECK(shop.file() != before);

    auto history = shop.backend->imports().history();
    SETIA_REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().kind == ImportKind::Customers);
    CHECK(history->first().fileName == QStringLiteral("pindahan.csv"));
    CHECK(history->first().records == 3);
    CHECK(history->first().importedBy == TempDatabase::staff());

    shop.later();
    SETIA_REQUIRE_OK(shop.backend->imports().undo(report.importId));
    CHECK(shop.file() == before);
    CustomerFilter all;
    CHECK(*shop.backend->customers().count(all) == 1);
    auto gone = shop.backend->customers().findByCode(QStringLiteral("P-001"));
    REQUIRE(gone.ok());
    CHECK(!gone->has_value());
    auto after = shop.backend->imports().history();
    SETIA_REQUIRE_OK(after);
    CHECK(after->first().undoneAt.isValid());
    auto twice = shop.backend->imports().undo(report.importId);
    REQUIRE(!twice.ok());
    CHECK(twice.error().message().contains(QStringLiteral("undone already")));
    // The same file can be brought in again.
    CHECK(shop.import(ImportKind::Customers, customersCsv).created == 3);
}

TEST_CASE("An import of customers is not undone once one of them was changed or sold to",
          "[import][undo]")
{
    UndoShop shop;
    const ImportReport report = shop.import(ImportKind::Customers, customersCsv);
    REQUIRE(report.importId > 0);
    shop.later();
    auto siti = shop.backend->customers().findByCode(QStringLiteral("P-001"));
    REQUIRE(siti.ok());
    REQUIRE(siti->has_value());

    SECTION("changed")
    {
        Customer changed = **siti;
        changed.city = QStringLiteral("Bogor");
        SETIA_REQUIRE_OK(shop.backend->customers().update(changed));
        const QStringList before = shop.file();
        auto refused = shop.backend->imports().undo(report.importId);
        REQUIRE(!refused.ok());
        CHECK(refused.error().message().contains(QStringLiteral("changed or merged since")));
        CHECK(shop.file() == before);
    }
    SECTION("sold to")
    {
        SaleDraft d;
        d.customerId = (*siti)->id;
        auto beras = shop.backend->products().findBySku(QStringLiteral("BRS-5KG"));
        REQUIRE(beras.ok());
        d.lines.append(SaleLineDraft{(*beras)->id, Quantity::fromMilli(1000), {}, 0});
        SETIA_REQUIRE_OK(shop.backend->sales().record(d));
        const QStringList before = shop.file();
        auto refused = shop.backend->imports().undo(report.importId);
        REQUIRE(!refused.ok());
        CHECK(refused.error().message().contains(QStringLiteral("have sales")));
        CHECK(shop.file() == before);
    }
}

TEST_CASE("Undoing an import of sales takes them with their lines and what they were owed, "
          "unless one was voided since",
          "[import][undo]")
{
    UndoShop shop;
    const QStringList before = shop.file();
    const qint64 salesBefore = *shop.backend->sales().count();
    const ImportReport report = shop.import(ImportKind::Sales, salesCsv);
    REQUIRE(report.created == 3);
    shop.later();
    auto budi = shop.backend->customers().findByCode(QStringLiteral("M000001"));
    REQUIRE(budi.ok());
    auto owed = [&] {
        auto r = shop.backend->payments().receivable((*budi)->id, QDate(2026, 11, 22));
        REQUIRE(r.ok());
        return r->balance;
    };
    REQUIRE(owed() == 78'000);

    SECTION("undone")
    {
        SETIA_REQUIRE_OK(shop.backend->imports().undo(report.importId));
        CHECK(shop.file() == before);
        CHECK(*shop.backend->sales().count() == salesBefore);
        CHECK(owed() == 0);
        auto problems = shop.backend->safety().check();
        SETIA_REQUIRE_OK(problems);
        CHECK(problems->isEmpty());
    }
    SECTION("a sale voided")
    {
        auto sale = shop.backend->sales().find(3); // the shop had no sales before
        REQUIRE(sale.ok());
        REQUIRE(sale->has_value());
        REQUIRE((*sale)->receipt == QStringLiteral("IMP-3"));
        SETIA_REQUIRE_OK(shop.backend->sales().voidSale((*sale)->id, QStringLiteral("salah")));
        const QStringList voided = shop.file();
        auto refused = shop.backend->imports().undo(report.importId);
        REQUIRE(!refused.ok());
        CHECK(refused.error().message().contains(QStringLiteral("voided since")));
        CHECK(shop.file() == voided);
    }
}

TEST_CASE("Undoing an import of products or payments, and what stops it", "[import][undo]")
{
    UndoShop shop;
    SECTION("products, until one is sold")
    {
        const ImportReport report =
            shop.import(ImportKind::Products, "sku,name,category,unit,price,cost\n"
                                              "GLP-1,Gula Pasir,Sembako,kg,17500,15000\n"
                                              "TLR-1,Telur,Sembako,kg,29000,26000\n");
        REQUIRE(report.created == 2);
        shop.later();
        const QStringList before = shop.file();
        auto gula = shop.backend->products().findBySku(QStringLiteral("GLP-1"));
        REQUIRE(gula.ok());
        SaleDraft d;
        d.lines.append(SaleLineDraft{(*gula)->id, Quantity::fromMilli(1000), {}, 0});
        auto sale = shop.backend->sales().record(d);
        SETIA_REQUIRE_OK(sale);
        auto refused = shop.backend->imports().undo(report.importId);
        REQUIRE(!refused.ok());
        CHECK(refused.error().message().contains(QStringLiteral("are on sales")));
        CHECK(shop.backend->products().findBySku(QStringLiteral("TLR-1"))->has_value());
    }
    SECTION("payments")
    {
        const qint64 before = *shop.backend->payments().count();
        const ImportReport report =
            shop.import(ImportKind::Payments, "date,customer_code,amount,method\n"
                                              "2026-11-05,M000001,50000,tunai\n"
                                              "2026-11-06,M000001,25000,transfer\n");
        REQUIRE(report.created == 2);
        shop.later();
        SETIA_REQUIRE_OK(shop.backend->imports().undo(report.importId));
        CHECK(*shop.backend->payments().count() == before);
    }
}

TEST_CASE("A dry run or an import that made nothing leaves no journal entry", "[import][undo]")
{
    UndoShop shop;
    CHECK(shop.import(ImportKind::Customers, customersCsv, true).importId == 0);
    CHECK(shop.import(ImportKind::Customers, "code,name\nM000001,Budi lagi\n").importId == 0);
    auto history = shop.backend->imports().history();
    SETIA_REQUIRE_OK(history);
    CHECK(history->isEmpty());
    auto missing = shop.backend->imports().undo(42);
    REQUIRE(!missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
}
