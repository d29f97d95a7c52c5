#include "customers/CustomersView.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerListModel.h"
#include "gui/ViewWiring.h"
#include "services/CustomerService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

// A Customers view over a fresh database file, shown and active like a real window.
struct Fixture
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    ScriptedPrompter prompter;
    CustomersView view{ViewWiring(*backend, (*backend).clock()).customers(), prompter};

    Fixture()
    {
        view.resize(1000, 600);
        view.show();
        QApplication::setActiveWindow(&view);
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }

    void add(const QString& name, const QString& phone, const QString& city = {})
    {
        Customer draft = customerDraft(name, phone);
        draft.city = city;
        REQUIRE(backend->customers().create(draft).ok());
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            names.append(view.model()->rowAt(row).name);
        return names;
    }

    void search(const QString& text)
    {
        view.searchField()->clear();
        QTest::keyClicks(view.searchField(), text);
    }
};

QString visibleError(QDialog& dialog)
{
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("formError"));
    return error && error->isVisible() ? error->text() : QString();
}

void clickSave(QDialog& dialog)
{
    for (auto* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QLatin1String("Save")) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    FAIL("no Save button");
}

} // namespace

TEST_CASE("Ctrl+N opens the editor, a customer saved there appears in the list", "[ui]")
{
    Fixture f;
    CHECK(f.view.model()->rowCount() == 0);
    const bool driven =
        driveModal([&] { QTest::keyClick(&f.view, Qt::Key_N, Qt::ControlModifier); },
                   [](QDialog& dialog) {
                       QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("name")),
                                        QStringLiteral("Siti Rahayu"));
                       QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("phone")),
                                        QStringLiteral("0812 3456 7890"));
                       QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("city")),
                                        QStringLiteral("Bandung"));
                       clickSave(dialog);
                   });
    REQUIRE(driven);
    REQUIRE(f.shownNames() == QStringList{QStringLiteral("Siti Rahayu")});
    const CustomerRow& row = f.view.model()->rowAt(0);
    CHECK(row.code == QStringLiteral("M000001"));
    CHECK(row.phone == QStringLiteral("+6281234567890"));
    CHECK(f.view.model()->data(f.view.model()->index(0, CustomerListModel::Phone)) ==
          QStringLiteral("0812-3456-7890"));
    CHECK(row.city == QStringLiteral("Bandung"));
}

TEST_CASE("The editor shows the service's message, keeps the input and saves once fixed", "[ui]")
{
    Fixture f;
    QStringList errors;
    const bool driven =
        driveModal([&] { f.view.newCustomer(); },
                   [&](QDialog& dialog) {
                       auto* phone = field<QLineEdit>(dialog, QStringLiteral("phone"));
                       QTest::keyClicks(phone, QStringLiteral("0812-abc"));
                       clickSave(dialog);
                       errors.append(visibleError(dialog)); // no name
                       QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("name")),
                                        QStringLiteral("Budi Santoso"));
                       clickSave(dialog);
                       errors.append(visibleError(dialog)); // bad phone
                       CHECK(dialog.focusWidget() == phone);
                       CHECK(phone->property("invalid").toBool());
                       CHECK(phone->text() == QStringLiteral("0812-abc"));
                       retype(phone, QStringLiteral("+62 812-1111-2222"));
                       clickSave(dialog);
                   });
    REQUIRE(driven);
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).contains(QStringLiteral("name")));
    CHECK(errors.at(1).contains(QStringLiteral("digits")));
    REQUIRE(f.shownNames() == QStringList{QStringLiteral("Budi Santoso")});
    CHECK(f.view.model()->rowAt(0).phone == QStringLiteral("+6281211112222"));
}

TEST_CASE("Typing part of a phone number finds the customer, in any format", "[ui]")
{
    Fixture f;
    f.add(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890"),
          QStringLiteral("Jakarta"));
    f.add(QStringLiteral("Siti Rahayu"), QStringLiteral("0857-1111-2222"),
          QStringLiteral("Bandung"));
    f.add(QStringLiteral("Toko Maju Jaya"), QStringLiteral("021-555-1234"),
          QStringLiteral("Jakarta"));
    CHECK(f.view.model()->rowCount() == 3);

    f.search(QStringLiteral("7890"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("Budi Santoso")});
    f.search(QStringLiteral("+62 857"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("Siti Rahayu")});
    f.search(QStringLiteral("0812-345"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("Budi Santoso")});
    f.search(QStringLiteral("5551"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("Toko Maju Jaya")});
    f.search(QStringLiteral("jak"));
    CHECK(f.shownNames() ==
          QStringList({QStringLiteral("Budi Santoso"), QStringLiteral("Toko Maju Jaya")}));
    f.search(QStringLiteral("M000002"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("Siti Rahayu")});

    // Esc clears the search and the whole list comes back.
    QTest::keyClick(f.view.searchField(), Qt::Key_Escape);
    CHECK(f.view.searchField()->text().isEmpty());
    CHECK(f.view.model()->rowCount() == 3);
}

TEST_CASE("Ctrl+F, a search, Enter on the one match opens its record card", "[ui]")
{
    Fixture f;
    f.add(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890"));
    f.add(QStringLiteral("Siti Rahayu"), QStringLiteral("0857-1111-2222"));
    f.view.table()->setFocus();
    QTest::keyClick(&f.view, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(f.view.searchField(), QStringLiteral("1111"));
    REQUIRE(f.view.model()->rowCount() == 1);
    QString shown;
    REQUIRE(driveModal([&] { QTest::keyClick(f.view.searchField(), Qt::Key_Return); },
                       [&](QDialog& dialog) {
                           shown = static_cast<CustomerCardDialog&>(dialog).card().customer.name;
                           QTest::keyClick(&dialog, Qt::Key_Escape);
                       }));
    CHECK(shown == QStringLiteral("Siti Rahayu"));
}

TEST_CASE("Ctrl+F, a search, Ctrl+E edits the one match, the edit shows in the list", "[ui]")
{
    Fixture f;
    f.add(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890"),
          QStringLiteral("Jakarta"));
    f.add(QStringLiteral("Siti Rahayu"), QStringLiteral("0857-1111-2222"),
          QStringLiteral("Bandung"));
    f.view.table()->setFocus();

    QTest::keyClick(&f.view, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(f.view.searchField()->hasFocus());
    QTest::keyClicks(f.view.searchField(), QStringLiteral("1111"));
    REQUIRE(f.view.model()->rowCount() == 1);
    QString openedName;
    const bool driven = driveModal(
        [&] { QTest::keyClick(f.view.searchField(), Qt::Key_E, Qt::ControlModifier); },
        [&](QDialog& dialog) {
            auto* name = field<QLineEdit>(dialog, QStringLiteral("name"));
            openedName = name->text();
            retype(field<QLineEdit>(dialog, QStringLiteral("city")), QStringLiteral("Surabaya"));
            retype(name, QStringLiteral("Siti Rahayu Putri"));
            clickSave(dialog);
        });
    REQUIRE(driven);
    CHECK(openedName == QStringLiteral("Siti Rahayu"));
    REQUIRE(f.view.model()->rowCount() == 1);
    CHECK(f.view.model()->rowAt(0).name == QStringLiteral("Siti Rahayu Putri"));
    CHECK(f.view.model()->rowAt(0).city == QStringLiteral("Surabaya"));
}

TEST_CASE("The editor keeps a customer's own contact interval, empty meaning their tier's", "[ui]")
{
    Fixture f;
    f.add(QStringLiteral("Siti Rahayu"), QStringLiteral("0857-1111-2222"));
    f.view.table()->selectRow(0);
    QString shownAtFirst;
    REQUIRE(driveModal([&] { f.view.editRow(0); },
                       [&](QDialog& dialog) {
                           auto* interval =
                               field<QSpinBox>(dialog, QStringLiteral("contactInterval"));
                           shownAtFirst = interval->text();
                           interval->setValue(21);
                           clickSave(dialog);
                       }));
    CHECK(shownAtFirst.startsWith(QStringLiteral("as their tier")));
    auto siti = f.backend->customers().find(f.view.model()->customerId(0));
    REQUIRE(siti.ok());
    CHECK((*siti)->contactInterval == 21);
    REQUIRE(driveModal([&] { f.view.editRow(0); },
                       [&](QDialog& dialog) {
                           field<QSpinBox>(dialog, QStringLiteral("contactInterval"))->setValue(0);
                           clickSave(dialog);
                       }));
    siti = f.backend->customers().find(f.view.model()->customerId(0));
    REQUIRE(siti.ok());
    CHECK((*siti)->contactInterval == 0);
}

TEST_CASE("Ctrl+E on a row of the list edits it, Esc closes the editor unchanged", "[ui]")
{
    Fixture f;
    f.add(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890"));
    f.view.table()->setFocus();
    f.view.table()->selectRow(0);
    bool opened = false;
    const bool driven = driveModal(
        [&] { QTest::keyClick(f.view.table(), Qt::Key_E, Qt::ControlModifier); },
        [&](QDialog& dialog) {
            opened = true;
            retype(field<QLineEdit>(dialog, QStringLiteral("name")), QStringLiteral("Changed"));
            QTest::keyClick(&dialog, Qt::Key_Escape);
        });
    REQUIRE(driven);
    CHECK(opened);
    CHECK(f.shownNames() == QStringList{QStringLiteral("Budi Santoso")});
}

TEST_CASE("A phone number of another customer asks first, and saves only when confirmed", "[ui]")
{
    Fixture f;
    f.add(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890"));
    auto fill = [](QDialog& dialog) {
        QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("name")),
                         QStringLiteral("Ani Santoso"));
        QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("phone")),
                         QStringLiteral("+62 812 3456 7890"));
    };

    f.prompter.answers = {false};
    QString shownError;
    REQUIRE(driveModal([&] { f.view.newCustomer(); },
                       [&](QDialog& dialog) {
                           fill(dialog);
                           clickSave(dialog);
                           shownError = visibleError(dialog);
                           QTest::keyClick(&dialog, Qt::Key_Escape);
                       }));
    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions.at(0).contains(QStringLiteral("Budi Santoso")));
    CHECK(f.prompter.questions.at(0).contains(QStringLiteral("M000001")));
    CHECK(shownError == f.prompter.questions.at(0));
    CHECK(f.view.model()->rowCount() == 1);

    f.prompter.answers = {true};
    REQUIRE(driveModal([&] { f.view.newCustomer(); },
                       [&](QDialog& dialog) {
                           fill(dialog);
                           clickSave(dialog);
                       }));
    CHECK(f.prompter.questions.size() == 2);
    CHECK(f.view.model()->rowCount() == 2);
}

TEST_CASE("Archive asks, hides the customer, Show archived lists them and Restore brings them back",
          "[ui]")
{
    Fixture f;
    f.add(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890"));
    f.add(QStringLiteral("Siti Rahayu"), QStringLiteral("0857-1111-2222"));
    auto* showArchived = f.view.findChild<QCheckBox*>();
    REQUIRE(showArchived);
    auto button = [&](const QString& text) -> QPushButton* {
        for (auto* b : f.view.findChildren<QPushButton*>()) {
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        }
        return nullptr;
    };

    f.view.table()->selectRow(0); // Budi Santoso, first by name
    f.prompter.answers = {false};
    QTest::mouseClick(button(QStringLiteral("Archive")), Qt::LeftButton);
    CHECK(f.view.model()->rowCount() == 2);

    f.prompter.answers = {true};
    QTest::mouseClick(button(QStringLiteral("Archive")), Qt::LeftButton);
    CHECK(f.shownNames() == QStringList{QStringLiteral("Siti Rahayu")});

    showArchived->setChecked(true);
    CHECK(f.shownNames() == QStringList{QStringLiteral("Budi Santoso")});
    f.search(QStringLiteral("7890"));
    CHECK(f.shownNames() == QStringList{QStringLiteral("Budi Santoso")});
    f.view.table()->selectRow(0);
    QTest::mouseClick(button(QStringLiteral("Restore")), Qt::LeftButton);
    CHECK(f.view.model()->rowCount() == 0);
    showArchived->setChecked(false);
    f.search(QString());
    CHECK(f.view.model()->rowCount() == 2);
}

TEST_CASE("The list reads pages as it scrolls instead of the whole table", "[ui]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    for (int i = 0; i < 450; ++i) {
        Customer draft =
            customerDraft(QStringLiteral("Pelanggan %1").arg(i, 3, 10, QLatin1Char('0')));
        REQUIRE(backend->customers().create(draft).ok());
    }
    CustomerListModel model(backend->customers(), backend->followUps());
    CHECK(model.rowCount() == CustomerListModel::pageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * CustomerListModel::pageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.rowAt(449).name == QStringLiteral("Pelanggan 449"));
    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    CHECK(model.rowCount() == CustomerListModel::pageSize);
    CHECK(model.rowAt(0).name == QStringLiteral("Pelanggan 449"));
}

TEST_CASE("Member cards of the customers the list shows, as a PDF of A4 pages", "[ui][cards]")
{
    Fixture f;
    for (int i = 1; i <= 12; ++i)
        f.add(QStringLiteral("Toko Kelontong %1").arg(i),
              QStringLiteral("0812-5555-%1").arg(1000 + i));
    f.add(QStringLiteral("Budi Santoso"), QStringLiteral("0813-2222-9999"));
    f.search(QStringLiteral("kelontong"));
    REQUIRE(f.view.model()->totalCount().value() == 12);
    const QString pdf = f.temp.path(QStringLiteral("kartu.pdf"));
    f.prompter.savePaths = {pdf};
    f.view.saveMemberCards();
    REQUIRE(QFile::exists(pdf));
    CHECK(f.prompter.saved == QStringList{pdf});
    CHECK(f.prompter.summaries == QStringList{QStringLiteral("12 member cards")});
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30'000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput())
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))));
}

TEST_CASE("On a narrow screen the customer list keeps room for names", "[ui][customers]")
{
    Fixture f;
    f.add(QStringLiteral("Anisa Maharani Putri Lestari"), QStringLiteral("0812-1111-2222"));
    QTableView* table = f.view.table();
    // 1024 × 768: the list is about 760 px wide beside the sidebar.
    f.view.resize(800, 600);
    QApplication::processEvents();
    CHECK(table->columnWidth(CustomerListModel::Name) >= 180);
    CHECK(table->isColumnHidden(CustomerListModel::Joined));
    CHECK_FALSE(table->isColumnHidden(CustomerListModel::Phone));
    CHECK_FALSE(table->isColumnHidden(CustomerListModel::Code));
    // Wide again: every column is back.
    f.view.resize(1400, 600);
    QApplication::processEvents();
    for (int column = 0; column < CustomerListModel::ColumnCount; ++column)
        CHECK_FALSE(table->isColumnHidden(column));
    CHECK(table->columnWidth(CustomerListModel::Name) >= 200);
}

TEST_CASE("An empty list says what to do first, a search that finds nothing says so",
          "[ui][customers]")
{
    Fixture f;
    f.view.resize(900, 600);
    f.view.show();
    auto* hint = f.view.table()->viewport()->findChild<QLabel*>(QStringLiteral("emptyHint"));
    REQUIRE(hint);
    CHECK(hint->isVisible());
    CHECK(hint->text().startsWith(QStringLiteral("No customers yet. Ctrl+N")));

    f.add(QStringLiteral("Budi Santoso"), QStringLiteral("0813-2222-9999"));
    CHECK_FALSE(hint->isVisible());
    f.search(QStringLiteral("zzz"));
    CHECK(hint->isVisible());
    CHECK(hint->text() == QStringLiteral("Nothing matches “zzz”. Esc clears the search."));
    QTest::keyClick(f.view.searchField(), Qt::Key_Escape);
    CHECK_FALSE(hint->isVisible());
}
