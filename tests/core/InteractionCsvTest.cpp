// Interactions CSV (SPEC §13): date,customer_code,kind,staff,summary,outcome — a notebook of
// past calls comes in (Indonesian kind words too), every bad row named with its line and
// reason; what Setia exports it imports back whole; an import is undone whole.
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "services/exchange/ExportService.h"
#include "services/exchange/ImportService.h"
#include "services/exchange/InteractionCsvImport.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QBuffer>
#include <QSignalSpy>

using namespace setia;
using namespace setia::test;

namespace {

struct ContactsShop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.open(temp.freshPath());
    Customer sri = add(QStringLiteral("Sri Rahayu"));
    Customer tono = add(QStringLiteral("Tono Wijaya"));

    Customer add(const QString& name)
    {
        auto saved = backend->customers().create(customerDraft(name));
        SETIA_REQUIRE_OK(saved);
        return *saved;
    }

    ImportReport import(const QByteArray& bytes, ImportOptions options = {})
    {
        auto reader = CsvReader::fromBytes(bytes);
        REQUIRE(reader.ok());
        auto report = backend->imports().run(ImportKind::Interactions, reader.value(), options);
        SETIA_REQUIRE_OK(report);
        return *report;
    }

    QList<Interaction> of(const Customer& c)
    {
        auto logged = backend->interactions().forCustomer(c.id);
        SETIA_REQUIRE_OK(logged);
        return *logged;
    }

    QString exported()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, CsvWriter::Bom::Without);
        auto rows = backend->exports().run(ImportKind::Interactions, writer);
        SETIA_REQUIRE_OK(rows);
        SETIA_REQUIRE_OK(writer.commit());
        return QString::fromUtf8(bytes);
    }
};

QString reasonAt(const ImportReport& report, int line)
{
    for (const RejectedRow& row : report.rejected)
        if (row.line == line)
            return row.reason;
    return {};
}

} // namespace

TEST_CASE("A notebook of calls comes in as contacts, bad rows named, and goes out the same",
          "[import][relationships]")
{
    ContactsShop shop;
    const QByteArray file = "date,customer_code,kind,staff,summary,outcome\n"
                            "2026-11-20 10:15,M000001,telepon,Rina,Tanya stok beras,Pesan 2\n"
                            "21/11/2026,m000002,Kunjungan,,\"Antar sampel,\nkopi\",\n"
                            "2026-11-21,M000009,call,,x,\n"
                            "2026-11-21,M000001,fax,,x,\n"
                            "2026-13-01,M000001,wa,,x,\n"
                            ",M000001,note,,x,\n"
                            "2026-11-22,,note,,x,\n";
    QSignalSpy announced(&shop.backend->interactions(), &InteractionService::interactionsChanged);
    const ImportReport report = shop.import(file);
    CHECK(report.rows == 7);
    CHECK(report.created == 2);
    REQUIRE(report.rejected.size() == 5);
    // Line numbers are the file's: the quoted line break makes the third row two lines.
    CHECK(reasonAt(report, 5).contains(QStringLiteral("M000009")));
    CHECK(reasonAt(report, 6).contains(QStringLiteral("\"fax\"")));
    CHECK(reasonAt(report, 7).contains(QStringLiteral("date")));
    CHECK(reasonAt(report, 8).contains(QStringLiteral("date")));
    CHECK(reasonAt(report, 9).contains(QStringLiteral("customer_code is empty")));
    CHECK(announced.size() == 1);

    const QList<Interaction> sri = shop.of(shop.sri);
    REQUIRE(sri.size() == 1);
    CHECK(sri.first().kind == InteractionKind::Call);
    CHECK(sri.first().at == QDateTime(QDate(2026, 11, 20), QTime(10, 15)));
    CHECK(sri.first().staff == QStringLiteral("Rina"));
    CHECK(sri.first().summary == QStringLiteral("Tanya stok beras"));
    CHECK(sri.first().outcome == QStringLiteral("Pesan 2"));
    const QList<Interaction> tono = shop.of(shop.tono);
    REQUIRE(tono.size() == 1);
    CHECK(tono.first().kind == InteractionKind::Visit);
    CHECK(tono.first().at == QDateTime(QDate(2026, 11, 21), QTime(0, 0)));
    // An empty staff is the one importing; a line break inside quotes stays one.
    CHECK(tono.first().staff == TempDatabase::staff());
    CHECK(tono.first().summary == QStringLiteral("Antar sampel,\nkopi"));

    const QString out = shop.exported();
    CHECK(out.startsWith(QStringLiteral("date,customer_code,kind,staff,summary,outcome\r\n"
                                        "2026-11-20 10:15,M000001,call,Rina,Tanya stok beras,"
                                        "Pesan 2\r\n")));
    // What went out comes back whole into another shop.
    ContactsShop other;
    const ImportReport back = other.import(out.toUtf8());
    CHECK(back.rejected.isEmpty());
    CHECK(back.created == 2);
    CHECK(other.exported() == out);
}

TEST_CASE("An interactions import is checked in a dry run and undone whole",
          "[import][relationships]")
{
    ContactsShop shop;
    const QByteArray file = "date;customer_code;kind;staff;summary;outcome\n"
                            "2026-11-20;M000001;wa;Rina;Kirim katalog;Dibaca\n"
                            "2026-11-20;M000002;catatan;;Minta dihubungi sore;\n";
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport checked = shop.import(file, dry);
    CHECK(checked.created == 2);
    CHECK(shop.of(shop.sri).isEmpty());

    const ImportReport report = shop.import(file);
    REQUIRE(report.created == 2);
    REQUIRE(report.importId > 0);
    CHECK(shop.of(shop.sri).first().kind == InteractionKind::WhatsApp);
    CHECK(shop.of(shop.tono).first().kind == InteractionKind::Note);
    auto history = shop.backend->imports().history();
    SETIA_REQUIRE_OK(history);
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->first().kind == ImportKind::Interactions);
    SETIA_REQUIRE_OK(shop.backend->imports().undo(report.importId));
    CHECK(shop.of(shop.sri).isEmpty());
    CHECK(shop.of(shop.tono).isEmpty());
}

TEST_CASE("The kind of contact is read as SPEC's id or its Indonesian word", "[import]")
{
    CHECK(InteractionCsvImport::kindOf(QStringLiteral(" Telepon ")) == InteractionKind::Call);
    CHECK(InteractionCsvImport::kindOf(QStringLiteral("WA")) == InteractionKind::WhatsApp);
    CHECK(InteractionCsvImport::kindOf(QStringLiteral("e-mail")) == InteractionKind::Email);
    CHECK(InteractionCsvImport::kindOf(QStringLiteral("rapat")) == InteractionKind::Meeting);
    CHECK(InteractionCsvImport::kindOf(QStringLiteral("sms")) == InteractionKind::Sms);
    CHECK_FALSE(InteractionCsvImport::kindOf(QStringLiteral("fax")).has_value());
    CHECK_FALSE(InteractionCsvImport::kindOf(QString()).has_value());
}
