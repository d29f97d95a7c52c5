// The counter as a cashier works it, in the whole window the application builds: F2 from
// another view, the last digits of a phone, a row's number when several phones end with
// them, the amount, Enter — counting every keystroke after the digits (SPEC §11).
#include "DialogDriver.h"
#include "common/MoneyEdit.h"
#include "counter/CounterView.h"
#include "counter/MemberPanel.h"
#include "gui/CompositionRoot.h"
#include "main/MainWindow.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/SaleService.h"
#include "services/SurveyService.h"
#include "services/TicketService.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

// A shop of three customers: Budi and Ani's phones end with 4321 (Budi was here last week,
// Ani never), Citra's holds 4321 in the middle and ends with 5555.
struct Shop
{
    TempDatabase temp;
    QString path = temp.freshPath();
    Customer ani, budi, citra;
    CompositionRoot root;
    int keys = 0;

    Shop()
    {
        {
            auto backend = temp.open(path);
            const auto add = [&](const char* name, const char* phone) {
                auto saved = backend->customers().create(
                    customerDraft(QString::fromUtf8(name), QString::fromUtf8(phone)));
                REQUIRE(saved.ok());
                return *saved;
            };
            ani = add("Ani Lestari", "0812-1111-4321");
            budi = add("Budi Santoso", "0813-2222-4321");
            citra = add("Citra Dewi", "0814-4321-5555");
            auto draft = backend->sales().amountSale(budi.id, 10'000, PaymentKind::Cash);
            REQUIRE(draft.ok());
            REQUIRE(backend->sales().record(*draft).ok());
        }
        REQUIRE(root.start(path).ok());
        MainWindow& window = root.window();
        window.resize(1024, 700);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.showView(QStringLiteral("customers")); // the cashier starts elsewhere
    }

    CounterView& counter() { return *root.window().findChild<CounterView*>(); }

    // One keystroke where the keyboard's focus is, as a person types it.
    void key(Qt::Key key)
    {
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : &root.window(), key);
        ++keys;
    }

    void type(const char* text)
    {
        for (const char* c = text; *c; ++c) {
            QWidget* focus = QApplication::focusWidget();
            REQUIRE(focus);
            QTest::keyClick(focus, *c);
            // A person, not a scanner: more than 50 ms between keys.
            QTest::qWait(60);
            ++keys;
        }
    }

    qint64 points(qint64 customerId)
    {
        auto backend = temp.open(path);
        auto summary = backend->loyalty().summary(customerId, QDate::currentDate());
        REQUIRE(summary.ok());
        return summary->points;
    }
};

} // namespace

TEST_CASE("Counter keys: F2, four digits two phones end with, Enter, the row's digit, the amount, "
          "Enter — the points go to the member picked",
          "[ui][counter][keys]")
{
    Shop shop;
    shop.key(Qt::Key_F2);
    REQUIRE(shop.root.window().currentView() == &shop.counter());
    REQUIRE(shop.counter().searchField()->hasFocus());
    shop.type("4321");
    const int afterDigits = shop.keys;
    shop.key(Qt::Key_Return);
    // Two phones end with 4321: the list takes the keys; Budi (here last) is row 1, Ani 2.
    CHECK_FALSE(shop.counter().member()->hasMember());
    shop.key(Qt::Key_2);
    REQUIRE(shop.counter().member()->customerId() == shop.ani.id);
    REQUIRE(QApplication::focusWidget() ==
            static_cast<QWidget*>(shop.counter().member()->amountField()));
    shop.type("125000");
    shop.key(Qt::Key_Return);
    CHECK(shop.keys - afterDigits == 9);
    CHECK(shop.points(shop.ani.id) == 12);
    CHECK(shop.points(shop.budi.id) == 1); // the purchase before, nothing more
    CHECK(shop.points(shop.citra.id) == 0);
}

TEST_CASE("Counter keys: one phone ends with the digits — Enter, the amount, Enter: 8 keys",
          "[ui][counter][keys]")
{
    Shop shop;
    shop.key(Qt::Key_F2);
    shop.type("5555");
    const int afterDigits = shop.keys;
    shop.key(Qt::Key_Return);
    REQUIRE(shop.counter().member()->customerId() == shop.citra.id);
    shop.type("125000");
    shop.key(Qt::Key_Return);
    CHECK(shop.keys - afterDigits == 8);
    CHECK(shop.points(shop.citra.id) == 12);
}

TEST_CASE("Counter keys: after the sale, F12 and one digit score it — 2 keys",
          "[ui][counter][keys]")
{
    Shop shop;
    shop.key(Qt::Key_F2);
    shop.type("5555");
    shop.key(Qt::Key_Return);
    shop.type("50000");
    shop.key(Qt::Key_Return);
    const int afterSale = shop.keys;
    REQUIRE(driveModal([&] { shop.key(Qt::Key_F12); },
                       [&](QDialog& dialog) {
                           QWidget* focus = dialog.focusWidget() ? dialog.focusWidget() : &dialog;
                           QTest::keyClick(focus, Qt::Key_9);
                           ++shop.keys;
                       }));
    CHECK(shop.keys - afterSale == 2);
    QApplication::setActiveWindow(&shop.root.window());
    // A walk-in's purchase: the answer is anonymous; "+" is 10.
    shop.key(Qt::Key_F3);
    shop.type("20000");
    shop.key(Qt::Key_Return);
    REQUIRE(driveModal([&] { shop.key(Qt::Key_F12); },
                       [&](QDialog& dialog) {
                           QWidget* focus = dialog.focusWidget() ? dialog.focusWidget() : &dialog;
                           QTest::keyClick(focus, Qt::Key_Plus);
                       }));
    // "1" then "0" quickly is 10 too — after the next sale. (Offscreen, the window takes the
    // keys back only when told.)
    QApplication::setActiveWindow(&shop.root.window());
    shop.key(Qt::Key_F2);
    shop.type("5555");
    shop.key(Qt::Key_Return);
    shop.type("10000");
    shop.key(Qt::Key_Return);
    REQUIRE(driveModal([&] { shop.key(Qt::Key_F12); },
                       [&](QDialog& dialog) {
                           QWidget* focus = dialog.focusWidget() ? dialog.focusWidget() : &dialog;
                           QTest::keyClick(focus, Qt::Key_1);
                           QTest::keyClick(focus, Qt::Key_0);
                       }));
    auto backend = shop.temp.open(shop.path);
    auto answers = backend->surveys().between(QDate(2000, 1, 1), QDate(2100, 1, 1));
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 3);
    CHECK(answers->at(0).customerId == shop.citra.id);
    CHECK(answers->at(0).nps == 9);
    CHECK(answers->at(0).channel == SurveyChannel::Counter);
    CHECK(answers->at(0).saleId > 0);
    CHECK(answers->at(1).customerId == 0);
    CHECK(answers->at(1).nps == 10);
    CHECK(answers->at(2).nps == 10);
}

TEST_CASE("Counter keys: after the sale, F10 writes down a complaint about it",
          "[ui][counter][keys][complaints]")
{
    Shop shop;
    shop.key(Qt::Key_F2);
    shop.type("5555");
    shop.key(Qt::Key_Return);
    shop.type("50000");
    shop.key(Qt::Key_Return);
    REQUIRE(driveModal([&] { shop.key(Qt::Key_F10); },
                       [&](QDialog& dialog) {
                           // The member and the sale are there already: the words, Ctrl+Enter.
                           auto* words =
                               dialog.findChild<QPlainTextEdit*>(QStringLiteral("summary"));
                           REQUIRE(words);
                           words->setFocus();
                           QTest::keyClicks(words, QStringLiteral("Roti sudah keras"));
                           QTest::keyClick(words, Qt::Key_Return, Qt::ControlModifier);
                       }));
    QApplication::setActiveWindow(&shop.root.window());
    CHECK(shop.counter()
              .member()
              ->findChild<QLabel*>(QStringLiteral("savedNote"))
              ->text()
              .contains(QStringLiteral("KL")));
    auto backend = shop.temp.open(shop.path);
    auto tickets = backend->tickets().forCustomer(shop.citra.id);
    REQUIRE(tickets.ok());
    REQUIRE(tickets->size() == 1);
    auto sale = backend->sales().find(tickets->first().saleId);
    REQUIRE(sale.ok());
    REQUIRE(sale->has_value());
    CHECK((*sale)->customerId == shop.citra.id);
    CHECK((*sale)->revenue == 50'000);
    CHECK(tickets->first().summary == QStringLiteral("Roti sudah keras"));

    // Nobody shown: the dialog asks who complains.
    shop.key(Qt::Key_Escape);
    REQUIRE(driveModal([&] { shop.key(Qt::Key_F10); },
                       [&](QDialog& dialog) {
                           CHECK(dialog.findChild<QWidget*>(QStringLiteral("customer")));
                           dialog.reject();
                       }));
}

TEST_CASE("Counter keys: Ctrl+1 … Ctrl+9 switch views", "[ui][keys]")
{
    Shop shop;
    MainWindow& window = shop.root.window();
    const QStringList ids = window.viewIds();
    REQUIRE(ids.size() >= 3);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentView() == &shop.counter());
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentView() != &shop.counter());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QWidget* first = window.currentView();
    CHECK(first != &shop.counter());
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentView() == &shop.counter());
    REQUIRE(window.showView(ids.first()));
    CHECK(window.currentView() == first);
}

TEST_CASE("F1 shows a short help for the view shown", "[ui][keys]")
{
    Shop shop;
    MainWindow& window = shop.root.window();
    window.showView(QStringLiteral("counter"));
    QTest::keyClick(&window, Qt::Key_F1);
    auto* help = window.findChild<QDialog*>(QStringLiteral("viewHelp"));
    REQUIRE(help);
    CHECK(help->isVisible());
    const QString text = help->findChild<QLabel*>(QStringLiteral("helpText"))->text();
    CHECK(text.contains(QStringLiteral("F3 walk-in purchase")));
    window.showView(QStringLiteral("sales"));
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(help->findChild<QLabel*>(QStringLiteral("helpText"))
              ->text()
              .contains(QStringLiteral("receipt number")));
    CHECK(help->windowTitle().contains(QStringLiteral("Sales")));
}
