#include "settings/SettingsView.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "common/SearchPicker.h"
#include "gui/ViewWiring.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/StampService.h"
#include "settings/StampCardDialog.h"
#include "settings/StampCardsBox.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace setia;
using namespace setia::test;

TEST_CASE("Settings saves the business details into the database file", "[ui]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    {
        auto backend = temp.open(path);
        ScriptedPrompter prompter;
        SettingsView view((*backend).settings(),
                          ViewWiring(*backend, (*backend).clock()).stampCards(),
                          ViewWiring(*backend, (*backend).clock()).businessRules(),
                          (*backend).safety(), prompter, QStringLiteral("info"));
        view.show();
        QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("businessName")),
                         QStringLiteral("Warung Bu Sri"));
        view.findChild<QPlainTextEdit*>(QStringLiteral("businessAddress"))
            ->setPlainText(QStringLiteral("Jl. Melati No. 5\nBandung"));
        QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("businessPhone")),
                         QStringLiteral("0813-2222-3333"));
        view.save();
        CHECK(prompter.notices.isEmpty());
    }
    auto reopened = temp.open(path);
    auto profile = reopened->settings().businessProfile();
    REQUIRE(profile.ok());
    CHECK(profile->name == QStringLiteral("Warung Bu Sri"));
    CHECK(profile->address == QStringLiteral("Jl. Melati No. 5\nBandung"));
    CHECK(profile->phone == QStringLiteral("0813-2222-3333"));
}

TEST_CASE("Settings: the loyalty rules change what the next sale earns", "[ui][loyalty]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    {
        auto backend = temp.open(path);
        ScriptedPrompter prompter;
        SettingsView view((*backend).settings(),
                          ViewWiring(*backend, (*backend).clock()).stampCards(),
                          ViewWiring(*backend, (*backend).clock()).businessRules(),
                          (*backend).safety(), prompter, QStringLiteral("info"));
        view.show();
        // SPEC §6's defaults to begin with.
        CHECK(view.findChild<QLineEdit*>(QStringLiteral("rupiahPerPoint"))->text() ==
              QStringLiteral("10.000"));
        CHECK(view.findChild<QSpinBox*>(QStringLiteral("goldPercent"))->value() == 150);

        retype(view.findChild<QLineEdit*>(QStringLiteral("rupiahPerPoint")),
               QStringLiteral("5.000"));
        view.findChild<QSpinBox*>(QStringLiteral("silverPercent"))->setValue(200);
        QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("birthdayReward")),
                         QStringLiteral("gratis 1 kopi"));
        auto* expiry = view.findChild<QSpinBox*>(QStringLiteral("expiryMonths"));
        CHECK(expiry->text() == QStringLiteral("never"));
        expiry->setValue(18);
        view.save();
        CHECK(prompter.notices.isEmpty());

        // Gold below Silver is refused with the reason; nothing of it is kept.
        retype(view.findChild<QLineEdit*>(QStringLiteral("goldSpend")), QStringLiteral("500.000"));
        view.save();
        REQUIRE(prompter.notices.size() == 1);
        CHECK(prompter.notices.first().contains(QStringLiteral("Gold")));
    }
    auto reopened = temp.open(path);
    auto rules = reopened->settings().loyaltySettings();
    REQUIRE(rules.ok());
    CHECK(rules->rupiahPerPoint == 5'000);
    CHECK(rules->silverPermille == 2000);
    CHECK(rules->goldSpend == 5'000'000);
    CHECK(rules->birthdayReward == QStringLiteral("gratis 1 kopi"));
    CHECK(rules->expiryMonths == 18);
}

TEST_CASE("Settings: a stamp card is made, refused without a reward, and changed into a new "
          "version once it gave stamps",
          "[ui][stamps]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    Product draft = productDraft(QStringLiteral("KPS-1"), QStringLiteral("Kopi Susu"), 18'000);
    draft.category = QStringLiteral("Minuman");
    auto kopi = backend->products().create(draft);
    REQUIRE(kopi.ok());
    auto ani = backend->customers().create(customerDraft(QStringLiteral("Ani")));
    REQUIRE(ani.ok());
    ScriptedPrompter prompter;
    SettingsView view((*backend).settings(), ViewWiring(*backend, (*backend).clock()).stampCards(),
                      ViewWiring(*backend, (*backend).clock()).businessRules(), (*backend).safety(),
                      prompter, QStringLiteral("info"));
    view.show();
    auto* box = view.findChild<StampCardsBox*>();
    REQUIRE(box);
    auto* table = box->findChild<QTableWidget*>(QStringLiteral("stampCards"));
    CHECK(table->rowCount() == 0);

    REQUIRE(driveModal([&] { box->newCard(); },
                       [&](QDialog& dialog) {
                           QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("name")),
                                            QStringLiteral("Kopi"));
                           auto* product = field<SearchPicker>(dialog, QStringLiteral("product"));
                           QTest::keyClicks(product, QStringLiteral("KPS-1"));
                           QTest::keyClick(product, Qt::Key_Return);
                           CHECK(field<QSpinBox>(dialog, QStringLiteral("stampsNeeded"))->value() ==
                                 10);
                           // No reward chosen: refused, the dialog stays.
                           static_cast<StampCardDialog&>(dialog).accept();
                           CHECK(dialog.isVisible());
                           auto* reward = field<SearchPicker>(dialog, QStringLiteral("reward"));
                           QTest::keyClicks(reward, QStringLiteral("KPS-1"));
                           QTest::keyClick(reward, Qt::Key_Return);
                           static_cast<StampCardDialog&>(dialog).accept();
                       }));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Kopi Susu"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("10"));

    // A stamp given locks the rules: the change is version 2, by category.
    SaleDraft sale;
    sale.customerId = ani->id;
    sale.lines = {SaleLineDraft{kopi->id, Quantity::fromUnits(1), {}, 0}};
    REQUIRE(backend->sales().record(sale).ok());
    table->selectRow(0);
    REQUIRE(driveModal([&] { box->changeCard(); },
                       [&](QDialog& dialog) {
                           CHECK(dialog.findChild<QLabel*>(QStringLiteral("hint"))
                                     ->text()
                                     .contains(QStringLiteral("version 2")));
                           dialog.findChildren<QRadioButton*>().at(1)->setChecked(true);
                           auto* category = field<QComboBox>(dialog, QStringLiteral("category"));
                           CHECK(category->findText(QStringLiteral("Minuman")) >= 0);
                           category->setCurrentText(QStringLiteral("Minuman"));
                           static_cast<StampCardDialog&>(dialog).accept();
                       }));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 4)->text() == QStringLiteral("1"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("stopped or replaced"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("category Minuman"));
    CHECK(table->item(1, 5)->text() == QStringLiteral("giving stamps"));

    // Stopping asks first.
    table->selectRow(1);
    prompter.answers = {true};
    box->stopCard();
    auto inForce = backend->stamps().cards(true);
    REQUIRE(inForce.ok());
    CHECK(inForce->isEmpty());
}

TEST_CASE("Settings: opening hours, deadlines and categories of complaints are saved, and "
          "refused when no day is open",
          "[ui][complaints]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    ScriptedPrompter prompter;
    SettingsView view(backend->settings(), ViewWiring(*backend, backend->clock()).stampCards(),
                      ViewWiring(*backend, backend->clock()).businessRules(), backend->safety(),
                      prompter, QStringLiteral("info"));
    view.show();
    // Shown as SPEC §14's defaults: Monday to Saturday 08:00–21:00, Sunday closed.
    CHECK(view.findChild<QCheckBox*>(QStringLiteral("open1"))->isChecked());
    CHECK_FALSE(view.findChild<QCheckBox*>(QStringLiteral("open7"))->isChecked());
    CHECK(view.findChild<QTimeEdit*>(QStringLiteral("to6"))->time() == QTime(21, 0));
    CHECK(view.findChild<QSpinBox*>(QStringLiteral("responseHours"))->value() == 4);
    auto* categories = view.findChild<QPlainTextEdit*>(QStringLiteral("categories"));
    CHECK(categories->toPlainText().startsWith(QStringLiteral("Product quality\nService")));

    view.findChild<QCheckBox*>(QStringLiteral("open7"))->setChecked(true);
    view.findChild<QTimeEdit*>(QStringLiteral("from7"))->setTime(QTime(10, 0));
    view.findChild<QTimeEdit*>(QStringLiteral("to7"))->setTime(QTime(23, 59)); // to midnight
    view.findChild<QSpinBox*>(QStringLiteral("urgentResponseHours"))->setValue(2);
    categories->setPlainText(QStringLiteral("Product quality\n  Parkir  \n\nOther"));
    view.save();
    REQUIRE(prompter.notices.isEmpty());
    auto rules = backend->settings().complaintRules();
    REQUIRE(rules.ok());
    CHECK(rules->hours.day(7) == OpeningHours::Day{10 * 60, 24 * 60});
    CHECK(rules->highResponseHours == 2);
    CHECK(rules->categories == QStringList{QStringLiteral("product"), QStringLiteral("Parkir"),
                                           QStringLiteral("other")});

    for (int day = 1; day <= 7; ++day)
        view.findChild<QCheckBox*>(QStringLiteral("open%1").arg(day))->setChecked(false);
    view.save();
    REQUIRE(prompter.notices.size() == 1);
    CHECK(prompter.notices.first().contains(QStringLiteral("at least one day")));
    auto kept = backend->settings().complaintRules();
    REQUIRE(kept.ok());
    CHECK(kept->hours.day(7).isOpen()); // nothing half-saved
}
