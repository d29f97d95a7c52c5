// The counter from the keyboard: phone digits, a scanned member code, several matches,
// and a purchase logged for the member found.
#include "counter/CounterView.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "common/MoneyEdit.h"
#include "common/SearchPicker.h"
#include "counter/CounterMatchModel.h"
#include "counter/MemberPanel.h"
#include "gui/ViewWiring.h"
#include "sales/SaleDialog.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/ProductService.h"
#include "services/StampService.h"
#include "stores/CustomerStore.h"
#include "stores/SaleListQuery.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

struct Counter
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    ScriptedPrompter prompter;
    CounterView view{ViewWiring(*backend, (*backend).clock()).counter(), prompter};
    Customer ani;

    Counter()
    {
        REQUIRE(backend->products()
                    .create(productDraft(QStringLiteral("KPS-1"), QStringLiteral("Kopi Susu"),
                                         18'000, 7'000))
                    .ok());
        Customer draft =
            customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-4321"));
        draft.birthday = QDate(1995, 11, 20); // the Friday before the fixed clock (Sunday 22/11)
        auto saved = backend->customers().create(draft);
        REQUIRE(saved.ok());
        ani = *saved;
        for (const auto& [name, phone] : {std::pair{"Budi Santoso", "0813-2222-9999"},
                                          std::pair{"Budi Hartono", "0857-3333-8888"}})
            REQUIRE(backend->customers()
                        .create(customerDraft(QLatin1String(name), QLatin1String(phone)))
                        .ok());
        view.resize(1100, 650);
        view.show();
        QApplication::setActiveWindow(&view);
        REQUIRE(QTest::qWaitForWindowActive(&view));
        view.startSearch();
    }

    QString visits() const
    {
        return view.member()->findChild<QLabel*>(QStringLiteral("memberVisits"))->text();
    }

    QString points() const
    {
        return view.member()->findChild<QLabel*>(QStringLiteral("memberPoints"))->text();
    }

    QString owed() const
    {
        return view.member()->findChild<QLabel*>(QStringLiteral("memberOwed"))->text();
    }
};

} // namespace

TEST_CASE("Counter: four phone digits, Enter, the amount, Enter: the purchase and its points are "
          "saved",
          "[ui][counter]")
{
    Counter c;
    QTest::keyClicks(c.view.searchField(), QStringLiteral("4321"));
    REQUIRE(c.view.results()->rowCount() == 1);
    // From here on, 7 keystrokes: Enter, 2 5 0 0 0, Enter.
    QTest::keyClick(c.view.searchField(), Qt::Key_Return);
    REQUIRE(c.view.member()->customerId() == c.ani.id);
    CHECK(c.visits() == QStringLiteral("0"));
    CHECK(c.points() == QStringLiteral("0"));
    CHECK(c.owed() == QStringLiteral("nothing"));
    CHECK(c.view.member()
              ->findChild<QLabel*>(QStringLiteral("birthdayBadge"))
              ->isVisibleTo(c.view.member()));
    QWidget* amount = QApplication::focusWidget();
    REQUIRE(amount == c.view.member()->amountField());
    QTest::keyClicks(amount, QStringLiteral("25000"));
    CHECK(c.view.member()
              ->findChildren<QLabel*>(QStringLiteral("hint"))
              .last()
              ->text()
              .contains(QStringLiteral("Earns 2 points")));
    QTest::keyClick(amount, Qt::Key_Return);

    CHECK(c.points() == QStringLiteral("2"));
    CHECK(c.visits() == QStringLiteral("1"));
    CHECK(c.view.member()
              ->findChild<QLabel*>(QStringLiteral("savedNote"))
              ->text()
              .contains(QStringLiteral("Rp25.000")));
    auto sales = c.backend->sales().listTotals({});
    REQUIRE(sales.ok());
    CHECK(sales->count == 1);
    CHECK(sales->revenue == 25'000);
    // Ready for the next customer.
    CHECK(c.view.searchField()->text().isEmpty());
    CHECK(c.view.searchField()->hasFocus());

    // A wrong amount is refused there, with what to type; nothing is saved.
    c.view.openMember(c.ani.id);
    QTest::keyClicks(c.view.member()->amountField(), QStringLiteral("0"));
    CHECK_FALSE(c.view.logAmount());
    CHECK(c.view.member()
              ->findChildren<QLabel*>(QStringLiteral("hint"))
              .last()
              ->text()
              .contains(QStringLiteral("whole Rupiah")));
}

TEST_CASE("Counter: F4 logs a purchase with items for the member", "[ui][counter]")
{
    Counter c;
    REQUIRE(c.view.openMember(c.ani.id));
    REQUIRE(driveModal([&] { QTest::mouseClick(c.view.member()->saleButton(), Qt::LeftButton); },
                       [&](QDialog& dialog) {
                           auto& sale = static_cast<SaleDialog&>(dialog);
                           CHECK(sale.customerPicker()->pickedId() == c.ani.id);
                           QTest::keyClicks(sale.productPicker(), QStringLiteral("KPS-1"));
                           QTest::keyClick(sale.productPicker(), Qt::Key_Return);
                           QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
                       }));
    CHECK(c.visits() == QStringLiteral("1"));
    CHECK(c.points() == QStringLiteral("1")); // Rp18.000
}

TEST_CASE("Counter: the sale form shows the points and stamps before saving, F8 takes a reward",
          "[ui][counter][stamps]")
{
    Counter c;
    auto kopi = c.backend->products().find(1);
    REQUIRE(kopi.ok());
    StampCard card;
    card.name = QStringLiteral("Kopi");
    card.productId = (*kopi)->id;
    card.stampsNeeded = 3;
    card.rewardProductId = (*kopi)->id;
    REQUIRE(c.backend->stamps().save(card).ok());
    REQUIRE(c.view.openMember(c.ani.id));
    auto* stamps = c.view.member()->findChild<QLabel*>(QStringLiteral("memberStamps"));
    auto* take = c.view.member()->findChild<QPushButton*>(QStringLiteral("takeReward"));
    CHECK(stamps->text() == QStringLiteral("Kopi 0/3"));
    CHECK_FALSE(take->isEnabled());

    REQUIRE(driveModal([&] { QTest::mouseClick(c.view.member()->saleButton(), Qt::LeftButton); },
                       [&](QDialog& dialog) {
                           auto& sale = static_cast<SaleDialog&>(dialog);
                           QTest::keyClicks(sale.productPicker(), QStringLiteral("KPS-1"));
                           QTest::keyClick(sale.productPicker(), Qt::Key_Return);
                           QTest::keyClicks(sale.productPicker(), QStringLiteral("KPS-1"));
                           QTest::keyClick(sale.productPicker(), Qt::Key_Return);
                           QTest::keyClicks(sale.productPicker(), QStringLiteral("KPS-1"));
                           QTest::keyClick(sale.productPicker(), Qt::Key_Return);
                           // Rp54.000: 5 points, and a stamp per cup.
                           CHECK(field<QLabel>(dialog, QStringLiteral("saleEarns"))->text() ==
                                 QStringLiteral("Earns 5 points · Stamps on Kopi: +3"));
                           QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
                       }));
    CHECK(stamps->text() == QStringLiteral("Kopi 3/3"));
    REQUIRE(take->isEnabled());
    CHECK(c.view.member()->findChild<QComboBox*>(QStringLiteral("memberRewards"))->currentText() ==
          QStringLiteral("1 × Kopi Susu (card Kopi)"));

    CHECK(take->shortcut() == QKeySequence(Qt::Key_F8));
    QTest::mouseClick(take, Qt::LeftButton);
    CHECK(stamps->text() == QStringLiteral("Kopi 0/3"));
    CHECK_FALSE(take->isEnabled());
    CHECK(c.visits() == QStringLiteral("2"));
    CHECK(c.view.member()
              ->findChild<QLabel*>(QStringLiteral("savedNote"))
              ->text()
              .contains(QStringLiteral("Kopi Susu given free")));
    CHECK(c.points() == QStringLiteral("5")); // a free cup earns nothing
    CHECK(c.prompter.notices.isEmpty());
}

TEST_CASE("Counter: a scanned member code opens its member, several matches go to the list",
          "[ui][counter]")
{
    Counter c;
    QTest::keyClicks(c.view.searchField(), c.ani.code);
    QTest::keyClick(c.view.searchField(), Qt::Key_Return);
    CHECK(c.view.member()->customerId() == c.ani.id);

    c.view.startSearch();
    QTest::keyClicks(c.view.searchField(), QStringLiteral("budi"));
    REQUIRE(c.view.results()->rowCount() == 2);
    QTest::keyClick(c.view.searchField(), Qt::Key_Return);
    auto* table = c.view.findChild<QTableView*>();
    REQUIRE(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    const qint64 second = c.view.results()->customerId(1);
    CHECK(c.view.member()->customerId() == second);
    CHECK_FALSE(c.view.member()
                    ->findChild<QLabel*>(QStringLiteral("birthdayBadge"))
                    ->isVisibleTo(c.view.member()));

    // Esc starts again: nothing shown, the search empty.
    c.view.searchField()->setFocus();
    QTest::keyClick(c.view.searchField(), Qt::Key_Escape);
    CHECK_FALSE(c.view.member()->hasMember());
    CHECK(c.view.searchField()->text().isEmpty());
}

TEST_CASE("Counter: Ctrl+N makes a new member from a name and a phone, with a code at once",
          "[ui][counter]")
{
    Counter c;
    QTest::keyClicks(c.view.searchField(), QStringLiteral("0856 7777 1212"));
    REQUIRE(c.view.results()->rowCount() == 0);
    QString phone;
    REQUIRE(
        driveModal([&] { QTest::keyClick(c.view.searchField(), Qt::Key_N, Qt::ControlModifier); },
                   [&](QDialog& dialog) {
                       phone = field<QLineEdit>(dialog, QStringLiteral("phone"))->text();
                       QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("name")),
                                        QStringLiteral("Dewi Anggraini"));
                       dialog.accept();
                   }));
    CHECK(phone == QStringLiteral("0856 7777 1212"));
    REQUIRE(c.view.member()->hasMember());
    auto dewi = c.backend->customers().find(c.view.member()->customerId());
    REQUIRE(dewi.ok());
    CHECK((*dewi)->name == QStringLiteral("Dewi Anggraini"));
    CHECK((*dewi)->code == QStringLiteral("M000004"));
    CHECK((*dewi)->phone == QStringLiteral("+6285677771212"));

    // Ani's phone again: saved only when the user says they are different people.
    c.view.startSearch();
    QTest::keyClicks(c.view.searchField(), QStringLiteral("Ani Kedua"));
    c.prompter.answers = {false};
    QString refused;
    REQUIRE(driveModal([&] { c.view.newMember(); },
                       [&](QDialog& dialog) {
                           QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("phone")),
                                            QStringLiteral("0812-1111-4321"));
                           dialog.accept();
                           auto* error = dialog.findChild<QLabel*>(QStringLiteral("formError"));
                           refused = error->isVisible() ? error->text() : QString();
                           dialog.reject();
                       }));
    CHECK(refused.contains(QStringLiteral("Ani Lestari")));
    REQUIRE(c.prompter.questions.size() == 1);
    auto count = c.backend->customers().count(CustomerFilter{});
    REQUIRE(count.ok());
    CHECK(*count == 4);
}

TEST_CASE("Counter: points used on a purchase come off what the member pays", "[ui][counter]")
{
    Counter c;
    REQUIRE(c.view.openMember(c.ani.id));
    QTest::keyClicks(c.view.member()->amountField(), QStringLiteral("150000"));
    QTest::keyClick(c.view.member()->amountField(), Qt::Key_Return);
    REQUIRE(c.points() == QStringLiteral("15"));

    REQUIRE(c.view.openMember(c.ani.id));
    QTest::keyClicks(c.view.member()->amountField(), QStringLiteral("25000"));
    c.view.member()->redeemField()->setValue(10); // Rp5.000
    CHECK(c.view.member()
              ->findChildren<QLabel*>(QStringLiteral("hint"))
              .last()
              ->text()
              .contains(QStringLiteral("Pays Rp20.000")));
    REQUIRE(c.view.logAmount());
    CHECK(c.points() == QStringLiteral("5"));
    CHECK(c.view.member()
              ->findChild<QLabel*>(QStringLiteral("savedNote"))
              ->text()
              .contains(QStringLiteral("Rp20.000 paid, 10 points used")));
    auto sales = c.backend->sales().listTotals({});
    REQUIRE(sales.ok());
    CHECK(sales->revenue == 170'000);
    CHECK(c.view.member()->redeemField()->maximum() == 5);
}

TEST_CASE("Counter: F6 saves the member's card as a PDF", "[ui][counter][cards]")
{
    Counter c;
    REQUIRE(c.view.openMember(c.ani.id));
    const QString pdf = c.temp.path(QStringLiteral("kartu-ani.pdf"));
    c.prompter.savePaths = {pdf};
    QTest::mouseClick(c.view.member()->findChild<QPushButton*>(QStringLiteral("memberCard")),
                      Qt::LeftButton);
    REQUIRE(QFile::exists(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(c.view.member()
              ->findChild<QLabel*>(QStringLiteral("savedNote"))
              ->text()
              .contains(QStringLiteral("kartu-ani.pdf")));
}

TEST_CASE("Counter: F7 saves the member's points slip for an 80 mm roll", "[ui][counter][cards]")
{
    Counter c;
    REQUIRE(c.view.openMember(c.ani.id));
    c.view.member()->findChild<QComboBox*>(QStringLiteral("slipRoll"))->setCurrentIndex(1);
    const QString pdf = c.temp.path(QStringLiteral("slip-ani.pdf"));
    c.prompter.savePaths = {pdf};
    c.view.saveSlip();
    REQUIRE(QFile::exists(pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30'000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput())
              .contains(QStringLiteral("Page size:       227")));
}

TEST_CASE("Counter: a member code scanned into the amount field opens that member, letters start "
          "a search",
          "[ui][counter]")
{
    Counter c;
    REQUIRE(c.view.openMember(c.ani.id));
    QWidget* amount = c.view.member()->amountField();
    REQUIRE(amount->hasFocus());
    // A scanner types the whole code at once and ends it with Enter: the code's first letter
    // takes the keys to the search, and Enter there opens the member.
    auto budi = c.backend->counter().find(QStringLiteral("2222-9999"), 0);
    REQUIRE(budi.ok());
    REQUIRE(budi->rows.size() == 1);
    const QString code = budi->rows.first().code;
    for (const QChar ch : code)
        QTest::keyClick(QApplication::focusWidget(), ch.toLatin1());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(c.view.member()->customerId() == budi->rows.first().id);
    CHECK(c.view.member()->amountField()->text().isEmpty());
    auto sales = c.backend->sales().listTotals({});
    REQUIRE(sales.ok());
    CHECK(sales->count == 0); // nothing was logged for Ani on the way

    // An all-digit code (imported from another system), scanned into the amount field: its
    // member opens, and the digits do not stay as an amount.
    Customer imported =
        customerDraft(QStringLiteral("Dedi Impor"), QStringLiteral("0819-5555-1234"));
    imported.code = QStringLiteral("880123");
    auto saved = c.backend->customers().create(imported);
    REQUIRE(saved.ok());
    REQUIRE(c.view.openMember(c.ani.id));
    QTest::keyClicks(c.view.member()->amountField(), QStringLiteral("880123"));
    QTest::keyClick(c.view.member()->amountField(), Qt::Key_Return);
    CHECK(c.view.member()->customerId() == saved->id);
    sales = c.backend->sales().listTotals({});
    REQUIRE(sales.ok());
    CHECK(sales->count == 0);

    // Typed by a person (more than 50 ms a key), digits are the amount, even when they are
    // somebody's code.
    REQUIRE(c.view.openMember(c.ani.id));
    for (const char ch : {'8', '8', '0', '1', '2', '3'}) {
        QTest::keyClick(c.view.member()->amountField(), ch);
        QTest::qWait(60);
    }
    QTest::keyClick(c.view.member()->amountField(), Qt::Key_Return);
    sales = c.backend->sales().listTotals({});
    REQUIRE(sales.ok());
    CHECK(sales->count == 1);
    CHECK(sales->revenue == 880'123);

    // A name typed while the amount field has the cursor is a search, not a refused amount.
    REQUIRE(c.view.openMember(c.ani.id));
    for (const char ch : {'b', 'u', 'd'})
        QTest::keyClick(QApplication::focusWidget(), ch);
    CHECK(c.view.searchField()->text() == QStringLiteral("bud"));
    CHECK(c.view.searchField()->hasFocus());
    CHECK(c.view.results()->rowCount() == 2);
}

TEST_CASE("Counter: nobody found says so, clears the member shown, and offers a new member",
          "[ui][counter]")
{
    Counter c;
    REQUIRE(c.view.openMember(c.ani.id));
    QTest::keyClicks(c.view.member()->amountField(), QStringLiteral("25000"));
    QTest::keyClick(c.view.member()->amountField(), Qt::Key_Return);
    REQUIRE(c.view.member()
                ->findChild<QLabel*>(QStringLiteral("savedNote"))
                ->isVisibleTo(c.view.member()));
    QTest::keyClicks(c.view.searchField(), QStringLiteral("7777"));
    CHECK(c.view.results()->rowCount() == 0);
    CHECK_FALSE(c.view.member()->hasMember());
    CHECK_FALSE(c.view.member()
                    ->findChild<QLabel*>(QStringLiteral("savedNote"))
                    ->isVisibleTo(c.view.member()));
    CHECK(c.view.searchNote()->text().contains(QStringLiteral("7777")));
    CHECK(c.view.searchNote()->text().contains(QStringLiteral("Ctrl+N")));
    // Enter opens nobody, and the digits stay for Ctrl+N.
    QTest::keyClick(c.view.searchField(), Qt::Key_Return);
    CHECK_FALSE(c.view.member()->hasMember());
    CHECK(c.view.searchField()->text() == QStringLiteral("7777"));
}

TEST_CASE("Counter: F3 logs a walk-in purchase without a member", "[ui][counter]")
{
    Counter c;
    QTest::keyClick(c.view.searchField(), Qt::Key_F3);
    CHECK(c.view.member()->isWalkIn());
    CHECK_FALSE(c.view.member()->hasMember());
    CHECK_FALSE(c.view.member()->redeemField()->isVisibleTo(c.view.member()));
    REQUIRE(QApplication::focusWidget() == static_cast<QWidget*>(c.view.member()->amountField()));
    QTest::keyClicks(c.view.member()->amountField(), QStringLiteral("15000"));
    QTest::keyClick(c.view.member()->amountField(), Qt::Key_Return);
    auto sales = c.backend->sales().listTotals({});
    REQUIRE(sales.ok());
    CHECK(sales->count == 1);
    CHECK(sales->revenue == 15'000);
    CHECK(c.view.member()
              ->findChild<QLabel*>(QStringLiteral("savedNote"))
              ->text()
              .contains(QStringLiteral("walk-in")));
    // Nobody earned points.
    auto points = c.backend->loyalty().summary(c.ani.id, c.temp.clock().today());
    REQUIRE(points.ok());
    CHECK(points->points == 0);
    // Opening a member afterwards shows their facts again.
    REQUIRE(c.view.openMember(c.ani.id));
    CHECK_FALSE(c.view.member()->isWalkIn());
    CHECK(c.view.member()->redeemField()->isVisibleTo(c.view.member()));
}

TEST_CASE("Counter: several phones ending with the digits are numbered, and a digit opens one",
          "[ui][counter]")
{
    Counter c;
    auto saved = c.backend->customers().create(
        customerDraft(QStringLiteral("Dewi Kedua"), QStringLiteral("0819-3333-4321")));
    REQUIRE(saved.ok());
    QTest::keyClicks(c.view.searchField(), QStringLiteral("4321"));
    REQUIRE(c.view.results()->rowCount() == 2);
    CHECK(c.view.searchNote()->text().contains(QStringLiteral("2 phones end with 4321")));
    QTest::keyClick(c.view.searchField(), Qt::Key_Return);
    CHECK_FALSE(c.view.member()->hasMember());
    REQUIRE(c.view.resultsView()->hasFocus());
    const QModelIndex key = c.view.results()->index(1, CounterMatchModel::Key);
    CHECK(c.view.results()->data(key).toString() == QStringLiteral("2"));
    // More digits: back to the search, refined.
    QTest::keyClick(c.view.resultsView(), Qt::Key_0);
    CHECK(c.view.searchField()->hasFocus());
    CHECK(c.view.searchField()->text() == QStringLiteral("43210"));
    QTest::keyClick(c.view.searchField(), Qt::Key_Backspace);
    QTest::keyClick(c.view.searchField(), Qt::Key_Return);
    const qint64 second = c.view.results()->customerId(1);
    QTest::keyClick(c.view.resultsView(), Qt::Key_2);
    CHECK(c.view.member()->customerId() == second);
    CHECK(c.view.results()->data(key).toString().isEmpty()); // numbers only while picking
}

TEST_CASE("Counter: points show with the thousands separator", "[ui][counter]")
{
    Counter c;
    REQUIRE(
        c.backend->loyalty().adjust(c.ani.id, 12'500, QStringLiteral("pindahan kartu lama")).ok());
    REQUIRE(c.view.openMember(c.ani.id));
    CHECK(c.points() == QStringLiteral("12.500"));
}
