// Business rules on screen (issue 15): a rule made in Settings with the rule builder, today's
// count shown as it changes; run from the box, its firing in the log; switched off, and
// removed only before it fired; the RuleRunner running them after a change.
#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "gui/ViewWiring.h"
#include "relationships/RuleRunner.h"
#include "segments/RuleConditionRow.h"
#include "services/BusinessRuleService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "settings/BusinessRulesBox.h"
#include "settings/RuleFiringsDialog.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

// Two customers who last bought 100 and 10 days before the clock's today: one passive, one
// active. Dedi serves the passive one.
struct RulesShop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    ScriptedPrompter prompter;
    qint64 product = 0;
    Customer lapsed = add(QStringLiteral("Pak Harto"), QStringLiteral("Dedi"), 100);
    Customer regular = add(QStringLiteral("Bu Wati"), QString(), 10);

    Customer add(const QString& name, const QString& salesperson, int daysAgo)
    {
        if (product == 0) {
            auto made = backend->products().create(
                productDraft(QStringLiteral("KOPI"), QStringLiteral("Kopi"), 20'000));
            REQUIRE(made.ok());
            product = made->id;
        }
        Customer draft = customerDraft(name);
        draft.salesperson = salesperson;
        auto saved = backend->customers().create(draft);
        SETIA_REQUIRE_OK(saved);
        SaleDraft sale;
        sale.customerId = saved->id;
        sale.soldAt = QDateTime(temp.clock().today().addDays(-daysAgo), QTime(10, 0));
        sale.lines = {SaleLineDraft{product, Quantity::fromUnits(1), {}, 0}};
        SETIA_REQUIRE_OK(backend->sales().record(sale));
        return *saved;
    }
};

} // namespace

TEST_CASE("A business rule is made in Settings, run from there and its firing read in the log",
          "[ui][rules]")
{
    RulesShop shop;
    const ViewWiring wiring(*shop.backend, shop.backend->clock());
    BusinessRulesBox box(wiring.businessRules(), shop.prompter);
    box.resize(700, 400);
    box.show();
    REQUIRE(QTest::qWaitForWindowExposed(&box));
    CHECK(box.table()->rowCount() == 0);

    QString countShown;
    REQUIRE(driveModal(
        [&] { box.newRule(); },
        [&](QDialog& dialog) {
            auto* row = dialog.findChild<RuleConditionRow*>();
            REQUIRE(row != nullptr);
            row->setCondition(
                RuleCondition{RuleField::Lifecycle, RuleOperator::Is, QStringLiteral("passive")});
            QTest::qWait(250); // the count follows the condition
            countShown = field<QLabel>(dialog, QStringLiteral("liveCount"))->text();
            retype(field<QLineEdit>(dialog, QStringLiteral("name")),
                   QStringLiteral("Pelanggan pasif"));
            auto* action = field<QComboBox>(dialog, QStringLiteral("action"));
            action->setCurrentIndex(action->findData(static_cast<int>(RuleAction::FollowUp)));
            retype(field<QLineEdit>(dialog, QStringLiteral("task")),
                   QStringLiteral("Telepon: tanyakan kabarnya"));
            field<QSpinBox>(dialog, QStringLiteral("dueIn"))->setValue(3);
            field<QCheckBox>(dialog, QStringLiteral("includeCurrent"))->setChecked(true);
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        }));
    CHECK(countShown == QStringLiteral("1 customers match today."));
    REQUIRE(box.table()->rowCount() == 1);
    CHECK(box.table()->item(0, 0)->text() == QStringLiteral("Pelanggan pasif"));
    CHECK(box.table()->item(0, 1)->text() == QStringLiteral("Lifecycle is Passive"));
    CHECK(box.table()->item(0, 2)->text() ==
          QStringLiteral("Follow-up in 3 day(s): Telepon: tanyakan kabarnya"));
    CHECK(box.table()->item(0, 3)->text() == QStringLiteral("on"));

    box.runNow();
    REQUIRE_FALSE(shop.prompter.notices.isEmpty());
    CHECK(shop.prompter.notices.last() ==
          QStringLiteral("1 rule(s) ran and took 1 actions: see the log."));
    auto followUps = shop.backend->followUps().forCustomer(shop.lapsed.id);
    SETIA_REQUIRE_OK(followUps);
    REQUIRE(followUps->size() == 1);
    CHECK(followUps->first().staff == QStringLiteral("Dedi"));
    CHECK(followUps->first().due == shop.temp.clock().today().addDays(3));

    RuleFiringsDialog log(shop.backend->businessRules(), shop.prompter);
    REQUIRE(log.load());
    REQUIRE(log.table()->rowCount() == 1);
    CHECK(log.table()->item(0, 1)->text() == QStringLiteral("Pelanggan pasif"));
    CHECK(log.table()->item(0, 3)->text() == QStringLiteral("Pak Harto"));
    CHECK(log.table()->item(0, 4)->text() == QStringLiteral("Lifecycle is Passive"));
    CHECK(log.table()->item(0, 5)->text().startsWith(QStringLiteral("Follow-up for Dedi due ")));

    // A rule that fired is switched off, not removed.
    box.table()->selectRow(0);
    shop.prompter.answers = {true};
    box.removeRule();
    CHECK(shop.prompter.notices.last().contains(QStringLiteral("switch it off")));
    REQUIRE(box.table()->rowCount() == 1);
    box.toggleRule();
    CHECK(box.table()->item(0, 3)->text() == QStringLiteral("off"));
    CHECK_FALSE(shop.backend->businessRules()
                    .find(shop.backend->businessRules().all()->first().id)
                    ->enabled);
}

TEST_CASE("The rule runner runs the rules once things are quiet after a change, and a rule "
          "that fails to save says why on its form",
          "[ui][rules]")
{
    RulesShop shop;
    const ViewWiring wiring(*shop.backend, shop.backend->clock());
    QWidget window;
    RuleRunner runner(wiring.ruleRunner(), &window);
    BusinessRule lapsing;
    lapsing.name = QStringLiteral("Pasif");
    lapsing.when.groups = {RuleGroup{
        true, {RuleCondition{RuleField::Lifecycle, RuleOperator::Is, QStringLiteral("passive")}}}};
    lapsing.task = QStringLiteral("Telepon");
    SETIA_REQUIRE_OK(shop.backend->businessRules().save(lapsing));
    // The first run learns who is passive already; nobody fires.
    REQUIRE(runner.runNow());
    CHECK(shop.backend->businessRules().firings()->isEmpty());

    // Bu Wati is marked bad: a change; the run after it makes nobody passive either.
    Customer wati = shop.regular;
    wati.bad = true;
    wati.badReason = QStringLiteral("Cek kosong");
    SETIA_REQUIRE_OK(shop.backend->customers().update(wati));
    REQUIRE(runner.runNow());
    CHECK(shop.backend->businessRules().firings()->isEmpty());

    // The form keeps a rule it cannot save open, with the service's message.
    BusinessRulesBox box(wiring.businessRules(), shop.prompter);
    REQUIRE(driveModal(
        [&] { box.newRule(); },
        [&](QDialog& dialog) {
            retype(field<QLineEdit>(dialog, QStringLiteral("name")), QStringLiteral("pasif"));
            retype(field<QLineEdit>(dialog, QStringLiteral("task")), QStringLiteral("Telepon"));
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            CHECK(dialog.isVisible());
            dialog.reject();
        }));
    CHECK(shop.prompter.notices.last() ==
          QStringLiteral("A rule named \"pasif\" exists already: choose another name."));
}
