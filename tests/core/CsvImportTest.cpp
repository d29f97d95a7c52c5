// CSV import and export (SPEC §8): every bad row is reported with its line and reason and
// nothing of it is written; good rows go in together; a dry run or a cancel changes nothing;
// what Setia exports it imports back whole.
#include "demo/DemoGenerator.h"
#include "io/CsvReader.h"
#include "io/RejectsFile.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/exchange/ExportService.h"
#include "services/exchange/ImportService.h"
#include "stores/CustomerStore.h"
#include "stores/PaymentStore.h"
#include "stores/SaleStore.h"
#include "support/BackendProbe.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QFile>

using namespace setia;
using namespace setia::test;

namespace {

struct ImportShop
{
    TempDatabase temp;
    QString path = temp.freshPath();
    std::unique_ptr<Backend> backend = temp.open(path);

    ImportShop()
    {
        for (const auto& [sku, price] : {std::pair{"BRS-5KG", 78'000}, std::pair{"KPI-200", 21'000},
                                         std::pair{"TLR-1KG", 29'000}})
            REQUIRE(backend->products()
                        .create(productDraft(QLatin1String(sku), QLatin1String(sku), price,
                                             price * 9 / 10))
                        .ok());
        Customer budi =
            customerDraft(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890"));
        budi.termsDays = 14;
        REQUIRE(backend->customers().create(budi).ok()); // M000001
    }

    ImportReport import(ImportKind kind, const QByteArray& bytes, ImportOptions options = {})
    {
        auto reader = CsvReader::fromBytes(bytes);
        REQUIRE(reader.ok());
        ImportService& importer = backend->imports();
        auto report = importer.run(kind, reader.value(), options);
        REQUIRE(report.ok());
        return *report;
    }

    qint64 sales() { return *backend->sales().count(); }
};

QString reasonAt(const ImportReport& report, int line)
{
    for (const RejectedRow& row : report.rejected) {
        if (row.line == line)
            return row.reason;
    }
    return {};
}

const QByteArray salesHeader = "receipt,date,customer_code,sku,qty,unit_price,payment\n";

} // namespace

TEST_CASE("Good sales rows go in as sales, every bad row is named with its line and reason",
          "[import]")
{
    ImportShop shop;
    const QByteArray file = salesHeader +
                            "A1,2026-11-01,M000001,BRS-5KG,2,78000,credit\n" // 2
                            "A1,2026-11-01,M000001,KPI-200,1.5,,credit\n"  // 3: price from product
                            "A2,17/08/2026,,TLR-1KG,1,\"Rp29.000\",cash\n" // 4: walk-in
                            "A3,2026-13-45,M000001,BRS-5KG,1,78000,cash\n" // 5: bad date
                            "A4,2026-11-02,M999999,BRS-5KG,1,78000,cash\n" // 6: unknown customer
                            "A5,2026-11-02,M000001,NOPE,1,78000,cash\n"    // 7: unknown product
                            "A6,2026-11-02,M000001,BRS-5KG,dua,78000,cash\n"  // 8: quantity
                            "A7,2026-11-02,M000001,BRS-5KG,1,abc,cash\n"      // 9: amount
                            "A8,2026-11-02,M000001,BRS-5KG,1,-5,cash\n"       // 10: negative
                            "A9,2026-11-02,M000001,BRS-5KG,1,78000,cash,x\n"  // 11: ragged
                            "A10,2026-11-02,,BRS-5KG,1,78000,credit\n"        // 12: credit walk-in
                            "A11,2026-11-02,M000001,BRS-5KG,1,78000,later\n"; // 13: payment
    const ImportReport report = shop.import(ImportKind::Sales, file);
    CHECK(report.rows == 12);
    CHECK(report.acceptedRows == 3);
    CHECK(report.created == 2);
    CHECK(report.rejected.size() == 9);
    CHECK(reasonAt(report, 5).contains(QStringLiteral("is not a date")));
    CHECK(reasonAt(report, 6).contains(QStringLiteral("M999999 is not a customer")));
    CHECK(reasonAt(report, 7).contains(QStringLiteral("NOPE is not a product")));
    CHECK(reasonAt(report, 8).contains(QStringLiteral("not a quantity")));
    CHECK(reasonAt(report, 9).contains(QStringLiteral("not an amount")));
    CHECK(reasonAt(report, 10).contains(QStringLiteral("negative")));
    CHECK(reasonAt(report, 11).contains(QStringLiteral("fields")));
    CHECK(reasonAt(report, 12).contains(QStringLiteral("needs a customer_code")));
    CHECK(reasonAt(report, 13).contains(QStringLiteral("neither cash nor credit")));

    auto a1 = SaleStore(BackendProbe::database(*shop.backend)).findByReceipt(QStringLiteral("A1"));
    SETIA_REQUIRE_OK(a1);
    REQUIRE(a1->has_value());
    CHECK((*a1)->lines.size() == 2);
    CHECK((*a1)->revenue == 156'000 + 31'500);
    CHECK((*a1)->dueDate == QDate(2026, 11, 15)); // the customer's 14 days
    auto a2 = SaleStore(BackendProbe::database(*shop.backend)).findByReceipt(QStringLiteral("A2"));
    SETIA_REQUIRE_OK(a2);
    CHECK((*a2)->soldAt.date() == QDate(2026, 8, 17));
    CHECK((*a2)->customerId == 0);
}

TEST_CASE("A receipt already in Setia, or whose rows disagree, is refused with all its rows",
          "[import]")
{
    ImportShop shop;
    REQUIRE(shop.import(ImportKind::Sales, salesHeader + "B1,2026-11-01,M000001,BRS-5KG,1,,cash\n")
                .created == 1);
    const ImportReport again =
        shop.import(ImportKind::Sales, salesHeader + "B1,2026-11-01,M000001,BRS-5KG,1,,cash\n"
                                                     "B2,2026-11-01,M000001,BRS-5KG,1,,cash\n"
                                                     "B2,2026-11-02,M000001,KPI-200,1,,cash\n"
                                                     "B3,2026-11-03,,KPI-200,1,,cash\n");
    CHECK(again.created == 1);
    CHECK(reasonAt(again, 2).contains(QStringLiteral("already in Setia")));
    CHECK(reasonAt(again, 3).contains(QStringLiteral("different dates")));
    CHECK(reasonAt(again, 4).contains(QStringLiteral("different dates")));
    CHECK(shop.sales() == 2);
}

TEST_CASE("A sale with a refused row is refused whole: never part of a sale", "[import]")
{
    ImportShop shop;
    const QByteArray file =
        "receipt,date,customer_code,sku,qty,unit_price,payment,line_discount,sale_discount\n"
        "C1,2026-11-01,M000001,BRS-5KG,1,,cash,,\n"       // 2: good, but its sale is not
        "C1,2026-11-01,M000001,KPI-200,dua,,cash,,\n"     // 3: bad quantity
        "C2,2026-11-01,M000001,BRS-5KG,1,,cash,,banyak\n" // 4: bad sale discount, first row
        "C2,2026-11-01,M000001,KPI-200,1,,cash,,\n"       // 5: good, but its sale is not
        "C3,2026-11-02,M000001,BRS-5KG,1,,cash,,\n"       // 6: good
        "C4,2026-11-02,M000001,BRS-5KG,1,,cash,,,extra\n" // 7: ragged
        "C4,2026-11-02,M000001,KPI-200,1,,cash,,\n"       // 8: good, but its sale is not
        "C5,2026-11-03,M000001,TLR-1KG,1,,cash,,\n";      // 9: good
    const ImportReport report = shop.import(ImportKind::Sales, file);
    CHECK(report.created == 2);
    CHECK(report.acceptedRows == 2);
    CHECK(shop.sales() == 2);
    CHECK(reasonAt(report, 2).contains(QStringLiteral("line 3 of receipt C1")));
    CHECK(reasonAt(report, 3).contains(QStringLiteral("not a quantity")));
    CHECK(reasonAt(report, 4).contains(QStringLiteral("sale_discount")));
    CHECK(reasonAt(report, 5).contains(QStringLiteral("line 4 of receipt C2")));
    CHECK(reasonAt(report, 7).contains(QStringLiteral("fields")));
    CHECK(reasonAt(report, 8).contains(QStringLiteral("line 7 of receipt C4")));
    for (const char* receipt : {"C1", "C2", "C4"}) {
        auto sale =
            SaleStore(BackendProbe::database(*shop.backend)).findByReceipt(QLatin1String(receipt));
        SETIA_REQUIRE_OK(sale);
        CHECK_FALSE(sale->has_value());
    }
}

TEST_CASE("Semicolons, a BOM, Windows-1252 text and quoted values are read", "[import]")
{
    ImportShop shop;
    QByteArray latin = "code;name;city;phone\n"
                       "P1;\"Caf\xe9 Sederhana; Bandung\";Bandung;0813-1111-2222\n";
    const ImportReport customers = shop.import(ImportKind::Customers, latin);
    CHECK(customers.encoding == QStringLiteral("Windows-1252"));
    CHECK(customers.separator == QLatin1Char(';'));
    REQUIRE(customers.created == 1);
    auto cafe = shop.backend->customers().findByCode(QStringLiteral("P1"));
    SETIA_REQUIRE_OK(cafe);
    CHECK((*cafe)->name == QStringLiteral("Café Sederhana; Bandung"));
    CHECK((*cafe)->phone == QStringLiteral("+6281311112222"));

    const ImportReport withBom = shop.import(
        ImportKind::Sales, "\xef\xbb\xbf" + salesHeader + "C1,2026-11-01,P1,KPI-200,1,,cash\n");
    CHECK(withBom.encoding == QStringLiteral("UTF-8"));
    CHECK(withBom.created == 1);
}

TEST_CASE("An unterminated quote rejects the rest of the file, reported once", "[import]")
{
    ImportShop shop;
    const ImportReport report =
        shop.import(ImportKind::Sales, salesHeader + "D1,2026-11-01,M000001,BRS-5KG,1,,cash\n"
                                                     "D2,2026-11-01,\"M000001,BRS-5KG,1,,cash\n"
                                                     "D3,2026-11-01,M000001,BRS-5KG,1,,cash\n");
    CHECK(report.created == 1);
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected.at(0).line == 3);
    CHECK(report.rejected.at(0).reason.contains(QStringLiteral("quote")));
}

TEST_CASE("A dry run and a cancelled import change nothing", "[import]")
{
    ImportShop shop;
    const QByteArray file = salesHeader + "E1,2026-11-01,M000001,BRS-5KG,1,,cash\n"
                                          "E2,2026-11-01,M000001,KPI-200,1,,cash\n";
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport report = shop.import(ImportKind::Sales, file, dry);
    CHECK(report.dryRun);
    CHECK(report.created == 2);
    CHECK(shop.sales() == 0);

    QByteArray many = salesHeader;
    for (int i = 0; i < 10'000; ++i)
        many += "F" + QByteArray::number(i) + ",2026-11-01,M000001,BRS-5KG,1,,cash\n";
    ImportOptions cancel;
    int calls = 0;
    cancel.progress = [&](qint64, qint64) { return ++calls < 2; };
    const ImportReport cancelled = shop.import(ImportKind::Sales, many, cancel);
    CHECK(cancelled.cancelled);
    CHECK(shop.sales() == 0);

    // Cancelled while writing (the second half of the progress): nothing is kept either.
    ImportOptions late;
    qint64 furthest = 0;
    late.progress = [&](qint64 done, qint64 total) {
        furthest = std::max(furthest, done * 100 / total);
        return done * 2 <= total;
    };
    const ImportReport stopped = shop.import(ImportKind::Sales, many, late);
    CHECK(stopped.cancelled);
    CHECK(furthest > 50);
    CHECK(furthest < 100);
    CHECK(shop.sales() == 0);
    CHECK(shop.import(ImportKind::Sales, many).created == 10'000);
}

TEST_CASE("An import of many sales builds the sales indexes again, and a dry run keeps them",
          "[import]")
{
    ImportShop shop;
    const QStringList schema = schemaOf(shop.path);
    const auto salesFile = [](const char* prefix, int count) {
        QByteArray file = salesHeader;
        for (int i = 0; i < count; ++i)
            file += prefix + QByteArray::number(i) + ",2026-11-0" + QByteArray::number(1 + i % 9) +
                    (i % 2 ? ",M000001" : ",") + ",BRS-5KG,1,,cash\n";
        return file;
    };
    const auto intact = [&shop, &schema] {
        RawSqlite file(shop.path);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
        CHECK(schemaOf(shop.path) == schema);
    };

    ImportOptions dry;
    dry.dryRun = true;
    CHECK(shop.import(ImportKind::Sales, salesFile("H", 100), dry).created == 100);
    intact();
    // Into an empty table: the indexes by time and by customer are set aside and rebuilt.
    CHECK(shop.import(ImportKind::Sales, salesFile("J", 100)).created == 100);
    intact();
    // Few sales next to those held: the indexes stay and take the new rows one by one.
    CHECK(shop.import(ImportKind::Sales, salesFile("K", 10)).created == 10);
    intact();
    RawSqlite file(shop.path);
    CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM sales INDEXED BY sales_by_customer"
                                     " WHERE customer_id IS NOT NULL"))
              .toInt() == 55);
    CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM sales INDEXED BY sales_by_time"
                                     " WHERE sold_at >= '2026-11-09'"))
              .toInt() == 12);
}

TEST_CASE("A spreadsheet with other headers imports through a column mapping", "[import]")
{
    ImportShop shop;
    const QByteArray file = "Tanggal,Nota,Kode Barang,Jumlah,Pelanggan\n"
                            "2026-11-05,G1,KPI-200,3,M000001\n";
    ImportService& importer = shop.backend->imports();
    auto reader = CsvReader::fromBytes(file);
    REQUIRE(reader.ok());
    auto missing = importer.run(ImportKind::Sales, reader.value(), ImportOptions{});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message().contains(QStringLiteral("receipt, date, sku, qty")));

    ImportOptions mapped;
    mapped.columns = {{QStringLiteral("date"), 0},
                      {QStringLiteral("receipt"), 1},
                      {QStringLiteral("sku"), 2},
                      {QStringLiteral("qty"), 3},
                      {QStringLiteral("customer_code"), 4}};
    const ImportReport report = shop.import(ImportKind::Sales, file, mapped);
    CHECK(report.created == 1);
    auto g1 = SaleStore(BackendProbe::database(*shop.backend)).findByReceipt(QStringLiteral("G1"));
    SETIA_REQUIRE_OK(g1);
    CHECK((*g1)->revenue == 63'000);
}

TEST_CASE("The rejects file keeps the file's columns: corrected, it imports as it is", "[import]")
{
    ImportShop shop;
    const QByteArray file = "sku;name;price;category\n"
                            "GLP-1KG;Gula Pasir;17500;Sembako\n"
                            "TH-1;Teh Celup;lima ribu;Minuman\n"
                            "MNY-1L;;24000\n";
    const ImportReport report = shop.import(ImportKind::Products, file);
    REQUIRE(report.rejected.size() == 2);
    const QString path = shop.temp.path(QStringLiteral("products.rejects.csv"));
    SETIA_REQUIRE_OK(RejectsFile::write(report, path));

    auto reader = CsvReader::open(path);
    REQUIRE(reader.ok());
    CHECK(reader->header() ==
          QStringList({QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price"),
                       QStringLiteral("category"), QStringLiteral("rejected_line"),
                       QStringLiteral("rejected_reason")}));
    QList<CsvRecord> rows = reader->readAll();
    REQUIRE(rows.size() == 2);
    CHECK(
        rows.at(0).fields.mid(0, 5) ==
        QStringList({QStringLiteral("TH-1"), QStringLiteral("Teh Celup"),
                     QStringLiteral("lima ribu"), QStringLiteral("Minuman"), QStringLiteral("3")}));
    CHECK(rows.at(0).fields.at(5) == reasonAt(report, 3));
    // The short row is padded to the header, so its line and reason stay in their columns.
    CHECK(rows.at(1).fields.at(3).isEmpty());
    CHECK(rows.at(1).fields.at(4) == QStringLiteral("4"));

    // The shop owner corrects the two rows in a spreadsheet and imports the file again.
    QByteArray corrected = "sku,name,price,category,rejected_line,rejected_reason\n"
                           "TH-1,Teh Celup,5000,Minuman,3,\n"
                           "MNY-1L,Minyak Goreng 1 L,24000,,4,\n";
    const ImportReport again = shop.import(ImportKind::Products, corrected);
    CHECK(again.rejected.isEmpty());
    CHECK(again.created == 2);
}

TEST_CASE("Customer, product and payment rows follow the rules of their forms", "[import]")
{
    ImportShop shop;
    const ImportReport customers =
        shop.import(ImportKind::Customers,
                    "code,name,phone,email,visit_days,credit_limit,birthday\n"
                    ",Ani,0857-2222-3333,,sen,,\n" // 2: code made
                    ",,0857-4444-5555,,,,\n"       // 3: no name
                    ",Dedi,0812-3456-7890,,,,\n"   // 4: Budi's phone
                    ",Eka,0857-2222-3333,,,,\n"    // 5: Ani's phone, same file
                    ",Fitri,12345,,,,\n"           // 6: bad phone
                    ",Gita,,gita@,,,\n"            // 7: bad e-mail
                    ",Hadi,,,someday,,\n"          // 8: visit days
                    ",Ika,,,,-100,\n"              // 9: negative limit
                    "M000001,Joko,,,,,\n"          // 10: code taken
                    ",Kiki,,,,,2030-01-01\n");     // 11: birthday in the future
    CHECK(customers.created == 1);
    CHECK(reasonAt(customers, 3).contains(QStringLiteral("name")));
    CHECK(reasonAt(customers, 4).contains(QStringLiteral("Budi Santoso (M000001)")));
    CHECK(reasonAt(customers, 5).contains(QStringLiteral("earlier in the file")));
    CHECK_FALSE(reasonAt(customers, 6).isEmpty());
    CHECK(reasonAt(customers, 7).contains(QStringLiteral("e-mail")));
    CHECK(reasonAt(customers, 8).contains(QStringLiteral("visit_days")));
    CHECK(reasonAt(customers, 9).contains(QStringLiteral("negative")));
    CHECK(reasonAt(customers, 10).contains(QStringLiteral("Budi Santoso")));
    CHECK(reasonAt(customers, 11).contains(QStringLiteral("birthday")));
    auto ani = shop.backend->customers().findByCode(QStringLiteral("M000002"));
    SETIA_REQUIRE_OK(ani);
    REQUIRE(ani->has_value());
    CHECK((*ani)->name == QStringLiteral("Ani"));
    CHECK((*ani)->visitDays.contains(Qt::Monday));

    const ImportReport products =
        shop.import(ImportKind::Products, "sku,name,price,cost\n"
                                          "gln-19,Galon,20000,14000\n"
                                          "GLN-19,Galon lagi,20000,14000\n"
                                          "BRS-5KG,Beras,1,1\n"
                                          "X 1,Spasi,1,1\n"
                                          "Y1,Murah,-1,0\n");
    CHECK(products.created == 1);
    CHECK(products.rejected.size() == 4);

    const ImportReport payments =
        shop.import(ImportKind::Payments, "date,customer_code,amount,method\n"
                                          "2026-11-01,M000001,Rp50.000,transfer\n"
                                          "2026-11-01,M000404,50000,transfer\n"
                                          "2026-11-01,M000001,0,transfer\n"
                                          "2099-01-01,M000001,50000,transfer\n"
                                          "kemarin,M000001,50000,transfer\n");
    CHECK(payments.created == 1);
    CHECK(reasonAt(payments, 3).contains(QStringLiteral("M000404")));
    CHECK(reasonAt(payments, 4).contains(QStringLiteral("Rp0")));
    CHECK(reasonAt(payments, 5).contains(QStringLiteral("future")));
    CHECK(reasonAt(payments, 6).contains(QStringLiteral("not a date")));
}

TEST_CASE("Export everything, import it into an empty database: the same totals per customer",
          "[import][export]")
{
    TempDatabase temp;
    auto source = temp.openFresh();
    DemoGenerator generator(*source);
    SETIA_REQUIRE_OK(generator.generate(DemoOptions{150, 5, QDate(2026, 11, 1), 2500}));
    // Discounts must survive the trip, and a voided sale stay out of it.
    SETIA_REQUIRE_OK(source->sales().voidSale(7, QStringLiteral("uji")));

    auto target = temp.openFresh();
    for (ImportKind kind :
         {ImportKind::Customers, ImportKind::Products, ImportKind::Sales, ImportKind::Payments}) {
        const QString file = temp.path(QStringLiteral("export-%1.csv").arg(int(kind)));
        const ExportService& exporter = source->exports();
        SETIA_REQUIRE_OK(exporter.run(kind, file));
        ImportService& importer = target->imports();
        auto report = importer.run(kind, file, ImportOptions{});
        SETIA_REQUIRE_OK(report);
        INFO("kind " << int(kind) << ", first reason: "
                     << (report->rejected.isEmpty()
                             ? std::string()
                             : report->rejected.first().reason.toStdString()));
        CHECK(report->rejected.isEmpty());
    }
    CHECK(*target->sales().count() == *source->sales().count() - 1);

    auto codes = source->customers().codeIndex();
    SETIA_REQUIRE_OK(codes);
    auto targetCodes = target->customers().codeIndex();
    SETIA_REQUIRE_OK(targetCodes);
    REQUIRE(targetCodes->size() == codes->size());
    int compared = 0;
    for (auto it = codes->cbegin(); it != codes->cend(); ++it) {
        const QDate asOf(2026, 11, 22);
        auto before = source->cards().card(it->id, asOf);
        auto after = target->cards().card(targetCodes->value(it.key()).id, asOf);
        SETIA_REQUIRE_OK(before);
        SETIA_REQUIRE_OK(after);
        INFO("customer " << it.key().toStdString());
        CHECK(after->purchases == before->purchases);
        CHECK(after->totalSpent == before->totalSpent);
        CHECK(after->receivable.balance == before->receivable.balance);
        CHECK(after->receivable.aging == before->receivable.aging);
        ++compared;
    }
    CHECK(compared == 150);
}
