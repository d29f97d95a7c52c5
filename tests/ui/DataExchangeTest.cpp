#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersView.h"
#include "dataexchange/DataExchangeView.h"
#include "dataexchange/ImportHistoryBox.h"
#include "dataexchange/ImportHistoryModel.h"
#include "gui/ViewWiring.h"
#include "io/CsvColumns.h"
#include "io/CsvReader.h"
#include "products/ProductListModel.h"
#include "products/ProductsView.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace setia;
using namespace setia::test;

namespace {

// The Import & export view over a fresh database file, shown like a real window.
struct Fixture
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    ScriptedPrompter prompter;
    DataExchangeView view{ViewWiring(*backend, (*backend).clock()).exchange(), prompter};
    // What the services announce after an import: the lists of what changed read it again.
    QSignalSpy customersChanged{&backend->customers(), &CustomerService::customersChanged};
    QSignalSpy productsChanged{&backend->products(), &ProductService::productsChanged};

    Fixture()
    {
        view.resize(1000, 700);
        view.show();
    }

    // A file in the test folder holding `bytes`, offered to the next open-file question.
    QString offer(const QString& name, const QByteArray& bytes)
    {
        const QString path = temp.path(name);
        writeFile(path, bytes);
        prompter.openPaths.append(path);
        return path;
    }

    qint64 customerCount() const { return backend->customers().count({}).value(); }
    qint64 productCount() const { return backend->products().count({}).value(); }
};

QString summaryOf(QDialog& dialog)
{
    return field<QLabel>(dialog, QStringLiteral("summary"))->text();
}

void click(QDialog& dialog, const QString& name)
{
    auto* button = field<QPushButton>(dialog, name);
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    button->click();
}

void choose(QDialog& dialog, const QString& fieldName, int fileColumn)
{
    auto* combo = field<QComboBox>(dialog, QStringLiteral("column-") + fieldName);
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(fileColumn));
}

int chosenColumn(QDialog& dialog, const QString& fieldName)
{
    return field<QComboBox>(dialog, QStringLiteral("column-") + fieldName)->currentData().toInt();
}

} // namespace

TEST_CASE("A customers file with other headers in another order imports once its columns are "
          "chosen",
          "[ui][import]")
{
    Fixture f;
    // As Excel saves it on Indonesian Windows: Windows-1252, semicolons.
    f.offer(QStringLiteral("pelanggan.csv"), "Kota;Nama Pelanggan;No HP\r\n"
                                             "Surabaya;Budi Santoso;0812-3456-7890\r\n"
                                             "Malang;Kafe S\xe9nja;0813 1111 2222\r\n");
    QString details, missingColumns, checked, result;
    QStringList header;
    REQUIRE(driveModal(
        [&] { f.view.importFile(ImportKind::Customers); },
        [&](QDialog& dialog) {
            details = field<QLabel>(dialog, QStringLiteral("fileDetails"))->text();
            auto* preview = field<QTableWidget>(dialog, QStringLiteral("preview"));
            for (int column = 0; column < preview->columnCount(); ++column)
                header.append(preview->horizontalHeaderItem(column)->text());
            CHECK(preview->rowCount() == 2);
            CHECK(preview->item(1, 1)->text() == QStringLiteral("Kafe Sénja"));
            CHECK(chosenColumn(dialog, QStringLiteral("name")) == -1);
            CHECK(chosenColumn(dialog, QStringLiteral("phone")) == -1);

            click(dialog, QStringLiteral("check"));
            missingColumns = field<QLabel>(dialog, QStringLiteral("formError"))->text();
            CHECK_FALSE(field<QPushButton>(dialog, QStringLiteral("import"))->isEnabled());

            choose(dialog, QStringLiteral("name"), 1);
            choose(dialog, QStringLiteral("phone"), 2);
            choose(dialog, QStringLiteral("city"), 0);
            click(dialog, QStringLiteral("check"));
            checked = summaryOf(dialog);
            click(dialog, QStringLiteral("import"));
            result = summaryOf(dialog);
            CHECK_FALSE(field<QPushButton>(dialog, QStringLiteral("import"))->isEnabled());
            click(dialog, QStringLiteral("close"));
        }));
    CHECK(details.contains(QStringLiteral("Windows-1252")));
    CHECK(details.contains(QStringLiteral("semicolons")));
    CHECK(header == QStringList({QStringLiteral("Kota"), QStringLiteral("Nama Pelanggan"),
                                 QStringLiteral("No HP")}));
    CHECK(missingColumns.contains(QStringLiteral("name")));
    CHECK(checked.startsWith(QStringLiteral("2 rows: 2 can be imported, 0 rejected.")));
    CHECK(result == QStringLiteral("Imported: 2 created."));
    CHECK(f.prompter.questions.isEmpty());

    CHECK(f.customerCount() == 2);
    auto budi = f.backend->customers().findByPhone(QStringLiteral("+6281234567890"));
    REQUIRE(budi.ok());
    REQUIRE(budi->size() == 1);
    CHECK(budi->first().name == QStringLiteral("Budi Santoso"));
    CHECK(budi->first().city == QStringLiteral("Surabaya"));
    CHECK(f.customersChanged.size() == 1);
    CHECK(f.productsChanged.isEmpty());

    // The import is listed, and undone whole from the list.
    ImportHistoryModel* history = f.view.history()->model();
    REQUIRE(history->rowCount() == 1);
    CHECK(history->data(history->index(0, ImportHistoryModel::File)).toString() ==
          QStringLiteral("pelanggan.csv"));
    CHECK(history->data(history->index(0, ImportHistoryModel::Records)).toString() ==
          QStringLiteral("2"));
    f.prompter.answers = {true};
    f.view.history()->undoRow(0);
    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions.first().contains(QStringLiteral("pelanggan.csv")));
    CHECK(f.customerCount() == 0);
    CHECK(history->record(0)->undoneAt.isValid());
    CHECK(f.customersChanged.size() == 2);
}

TEST_CASE("Rejected rows are listed with their line and reason, and only the good rows are "
          "imported",
          "[ui][import]")
{
    Fixture f;
    f.offer(QStringLiteral("produk.csv"), "sku,name,price\n"
                                          "GL-1,Gula 1 kg,15000\n"
                                          "GL-2,,12000\n"
                                          "TH-1,Teh Celup,lima ribu\n"
                                          "KP-1,Kopi Bubuk,Rp20.000\n");
    const QString rejectsPath = f.temp.path(QStringLiteral("ditolak.csv"));
    f.prompter.savePaths = {rejectsPath};
    f.prompter.answers = {false, true};
    QString checked, importText, declined, result;
    QList<int> lines;
    QStringList reasons;
    REQUIRE(driveModal([&] { f.view.importFile(ImportKind::Products); },
                       [&](QDialog& dialog) {
                           CHECK(chosenColumn(dialog, QStringLiteral("sku")) == 0);
                           CHECK(chosenColumn(dialog, QStringLiteral("cost")) == -1);
                           click(dialog, QStringLiteral("check"));
                           checked = summaryOf(dialog);
                           auto* rejected =
                               field<QTableView>(dialog, QStringLiteral("rejectedRows"));
                           CHECK(rejected->isVisible());
                           const QAbstractItemModel* model = rejected->model();
                           for (int row = 0; row < model->rowCount(); ++row) {
                               lines.append(model->index(row, 0).data().toInt());
                               reasons.append(model->index(row, 1).data().toString());
                           }
                           importText = field<QPushButton>(dialog, QStringLiteral("import"))
                                            ->text()
                                            .remove(QLatin1Char('&'));
                           click(dialog, QStringLiteral("import")); // declined
                           declined = summaryOf(dialog);
                           click(dialog, QStringLiteral("import"));
                           result = summaryOf(dialog);
                           click(dialog, QStringLiteral("saveRejects"));
                           click(dialog, QStringLiteral("close"));
                       }));
    CHECK(checked.startsWith(QStringLiteral("4 rows: 2 can be imported, 2 rejected.")));
    CHECK(lines == QList<int>({3, 4}));
    REQUIRE(reasons.size() == 2);
    CHECK(reasons.at(0).contains(QStringLiteral("name"), Qt::CaseInsensitive));
    CHECK(reasons.at(1).contains(QStringLiteral("lima ribu")));
    CHECK(importText == QStringLiteral("Import 2 rows"));
    REQUIRE(f.prompter.questions.size() == 2);
    CHECK(
        f.prompter.questions.first() ==
        QStringLiteral("2 rows cannot be imported and will be skipped. Import the other 2 rows?"));
    CHECK(declined == checked);
    CHECK(result == QStringLiteral("Imported: 2 created. 2 rejected rows were skipped."));

    CHECK(f.productCount() == 2);
    CHECK(f.backend->products().findBySku(QStringLiteral("KP-1")).value()->price == 20'000);
    CHECK(f.prompter.suggested == QStringList({f.temp.path(QStringLiteral("produk.rejects.csv"))}));
    auto rejects = CsvReader::open(rejectsPath);
    REQUIRE(rejects.ok());
    const QList<CsvRecord> rows = rejects->readAll();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).fields.at(rejects->header().indexOf(QStringLiteral("rejected_line"))) ==
          QStringLiteral("3"));
    CHECK(rows.at(1).fields.mid(0, 3) ==
          QStringList(
              {QStringLiteral("TH-1"), QStringLiteral("Teh Celup"), QStringLiteral("lima ribu")}));
    CHECK(f.prompter.notices.last().contains(rejectsPath));
}

TEST_CASE("Cancelling an import while it runs changes nothing", "[ui][import]")
{
    Fixture f;
    QByteArray csv = "sku,name,price\n";
    for (int i = 1; i <= 5000; ++i)
        csv += "SKU-" + QByteArray::number(i) + ",Barang " + QByteArray::number(i) + ",1000\n";
    f.offer(QStringLiteral("banyak.csv"), csv);
    QString checked, result;
    bool importStillPossible = false;
    REQUIRE(driveModal([&] { f.view.importFile(ImportKind::Products); },
                       [&](QDialog& dialog) {
                           click(dialog, QStringLiteral("check"));
                           checked = summaryOf(dialog);
                           // The user presses Cancel as soon as the import reports progress.
                           auto* cancel = field<QPushButton>(dialog, QStringLiteral("cancel"));
                           QObject::connect(field<QProgressBar>(dialog, QStringLiteral("progress")),
                                            &QProgressBar::valueChanged, cancel,
                                            [cancel](int value) {
                                                if (value > 0 && cancel->isVisible())
                                                    cancel->click();
                                            });
                           click(dialog, QStringLiteral("import"));
                           result = summaryOf(dialog);
                           importStillPossible =
                               field<QPushButton>(dialog, QStringLiteral("import"))->isEnabled();
                           CHECK_FALSE(cancel->isVisible());
                           click(dialog, QStringLiteral("close"));
                       }));
    CHECK(checked.startsWith(QStringLiteral("5.000 rows: 5.000 can be imported, 0 rejected.")));
    CHECK(result == QStringLiteral("Cancelled: nothing was changed."));
    CHECK(importStillPossible);
    CHECK(f.productCount() == 0);
    CHECK(f.productsChanged.isEmpty());
}

TEST_CASE("Checking a file writes nothing", "[ui][import]")
{
    Fixture f;
    f.offer(QStringLiteral("customers.csv"), "name,phone,city\n"
                                             "Budi Santoso,0812-3456-7890,Surabaya\n"
                                             "Siti Aminah,,Malang\n");
    QString checked;
    REQUIRE(driveModal([&] { f.view.importFile(ImportKind::Customers); },
                       [&](QDialog& dialog) {
                           click(dialog, QStringLiteral("check"));
                           checked = summaryOf(dialog);
                           click(dialog, QStringLiteral("close"));
                       }));
    CHECK(checked.startsWith(QStringLiteral("2 rows: 2 can be imported, 0 rejected.")));
    CHECK(f.customerCount() == 0);
    CHECK(f.customersChanged.isEmpty());
    // The member codes the check gave out were handed back with its transaction.
    auto next = f.backend->customers().create(customerDraft(QStringLiteral("Rina")));
    REQUIRE(next.ok());
    CHECK(next->code == QStringLiteral("M000001"));
}

TEST_CASE("Changing a column after the check asks for a new check before importing", "[ui][import]")
{
    Fixture f;
    f.offer(QStringLiteral("customers.csv"), "name,city\nBudi Santoso,Surabaya\n");
    bool importAfterCheck = false;
    bool importAfterChange = true;
    QString summary;
    REQUIRE(driveModal([&] { f.view.importFile(ImportKind::Customers); },
                       [&](QDialog& dialog) {
                           click(dialog, QStringLiteral("check"));
                           importAfterCheck =
                               field<QPushButton>(dialog, QStringLiteral("import"))->isEnabled();
                           choose(dialog, QStringLiteral("city"), -1);
                           importAfterChange =
                               field<QPushButton>(dialog, QStringLiteral("import"))->isEnabled();
                           summary = summaryOf(dialog);
                           click(dialog, QStringLiteral("close"));
                       }));
    CHECK(importAfterCheck);
    CHECK_FALSE(importAfterChange);
    CHECK(summary.contains(QStringLiteral("check the file again")));
    CHECK(f.customerCount() == 0);
}

TEST_CASE("Export writes the list to the file the user names", "[ui][export]")
{
    Fixture f;
    REQUIRE(f.backend->products()
                .create(productDraft(QStringLiteral("BRS-5KG"), QStringLiteral("Beras 5 kg"),
                                     78'000, 69'000))
                .ok());
    REQUIRE(f.backend->products()
                .create(productDraft(QStringLiteral("KPI-200"), QStringLiteral("Kopi 200 g")))
                .ok());
    const QString path = f.temp.path(QStringLiteral("katalog.csv"));
    f.prompter.savePaths = {path};
    f.view.exportFile(ImportKind::Products);

    REQUIRE(f.prompter.suggested.size() == 1);
    CHECK(f.prompter.suggested.first().endsWith(QStringLiteral("/products-2026-11-22.csv")));
    CHECK(f.prompter.notices.isEmpty());
    CHECK(f.prompter.saved == QStringList{path});
    CHECK(f.prompter.summaries == QStringList{QStringLiteral("2 rows written.")});
    auto reader = CsvReader::open(path);
    REQUIRE(reader.ok());
    CHECK(reader->header() == CsvColumns::of(ImportKind::Products));
    const QList<CsvRecord> rows = reader->readAll();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).fields ==
          QStringList({QStringLiteral("BRS-5KG"), QStringLiteral("Beras 5 kg"), QString(),
                       QStringLiteral("pcs"), QStringLiteral("78000"), QStringLiteral("69000")}));
    CHECK(rows.at(1).fields.first() == QStringLiteral("KPI-200"));
}

TEST_CASE("An export into a missing folder says so and writes nothing", "[ui][export]")
{
    Fixture f;
    f.prompter.savePaths = {f.temp.path(QStringLiteral("tidak-ada/pelanggan.csv"))};
    f.view.exportFile(ImportKind::Customers);
    REQUIRE(f.prompter.notices.size() == 1);
    CHECK(f.prompter.notices.first().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(f.temp.path(QStringLiteral("tidak-ada"))));
}

TEST_CASE("A file that cannot be imported is refused with a message saying why", "[ui][import]")
{
    Fixture f;
    f.offer(QStringLiteral("pelanggan.xlsx"),
            QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\0'));
    f.prompter.openPaths.append(f.temp.path(QStringLiteral("hilang.csv")));
    f.offer(QStringLiteral("kosong.csv"), QByteArray());
    for (int attempt = 0; attempt < 3; ++attempt) {
        CHECK_FALSE(driveModal([&] { f.view.importFile(ImportKind::Customers); },
                               [](QDialog& dialog) { dialog.reject(); }));
    }
    REQUIRE(f.prompter.notices.size() == 3);
    CHECK(f.prompter.notices.at(0).contains(QStringLiteral("spreadsheet workbook")));
    CHECK(f.prompter.notices.at(1).contains(QStringLiteral("hilang.csv")));
    CHECK(f.prompter.notices.at(2).contains(QStringLiteral("empty")));
    CHECK(f.customerCount() == 0);
}

TEST_CASE("The view offers import and export for each kind of file", "[ui]")
{
    Fixture f;
    QStringList texts;
    for (auto* button : f.view.findChildren<QPushButton*>())
        texts.append(button->text());
    // Customers, products, sales, payments, contacts (SPEC §13), surveys and complaints (§14).
    CHECK(texts.count(QStringLiteral("Import…")) == 7);
    CHECK(texts.count(QStringLiteral("Export…")) == 7);
    QStringList boxes;
    for (auto* box : f.view.findChildren<QGroupBox*>())
        boxes.append(box->title());
    CHECK(boxes.contains(QStringLiteral("C&ontacts")));
    CHECK(boxes.contains(QStringLiteral("Sur&veys")));
    CHECK(boxes.contains(QStringLiteral("Co&mplaints")));
}

TEST_CASE("What an import brings shows in the open lists at once, nothing wired by hand",
          "[ui][import]")
{
    Fixture f;
    // The lists as the application shows them, next to the import: each reads its rows again
    // when its service announces the import.
    CustomersView customers(ViewWiring(*f.backend, f.backend->clock()).customers(), f.prompter);
    ProductsView products(f.backend->products(), f.prompter);
    REQUIRE(customers.model()->rowCount() == 0);
    REQUIRE(products.model()->rowCount() == 0);
    const auto importFile = [&f](ImportKind kind, const QString& name, const QByteArray& bytes) {
        f.offer(name, bytes);
        REQUIRE(driveModal([&] { f.view.importFile(kind); },
                           [](QDialog& dialog) {
                               click(dialog, QStringLiteral("check"));
                               click(dialog, QStringLiteral("import"));
                               click(dialog, QStringLiteral("close"));
                           }));
    };
    importFile(ImportKind::Customers, QStringLiteral("pelanggan.csv"),
               "name,phone,city\nBudi Santoso,0812-3456-7890,Surabaya\n"
               "Siti Aminah,0813-1111-2222,Malang\n");
    CHECK(customers.model()->rowCount() == 2);
    importFile(ImportKind::Products, QStringLiteral("produk.csv"),
               "sku,name,price\nKP-1,Kopi Susu,18000\nTH-1,Teh Manis,8000\nRT-1,Roti,12000\n");
    CHECK(products.model()->rowCount() == 3);
    CHECK(f.customersChanged.size() == 1);
    CHECK(f.productsChanged.size() == 1);
}
