// The Segments view: the overview's counts, choosing a segment lists its customers, the RFM
// grid, the list and profitability out as files, tags in one step, the rule builder's live
// count and saving; the customer list narrowed to a saved segment; the customer's page with
// its reasons; the thresholds in Settings.
#include "segments/SegmentsView.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerSegmentPanel.h"
#include "customers/CustomersView.h"
#include "gui/ViewWiring.h"
#include "segments/RuleConditionRow.h"
#include "segments/RuleSegmentDialog.h"
#include "segments/SegmentOverview.h"
#include "services/RuleSegmentService.h"
#include "services/SettingsService.h"
#include "settings/SettingsView.h"
#include "stores/CustomerStore.h"
#include "support/SegmentShop.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace setia;
using namespace setia::test;

namespace {

// Three customers: Ani bought 10 days ago (active, big), Budi 200 days ago (passive),
// Cici never (prospect).
struct SegmentedShop : Shop
{
    qint64 ani = customer(QStringLiteral("Ani"));
    qint64 budi = customer(QStringLiteral("Budi"));
    qint64 cici = customer(QStringLiteral("Cici"));

    SegmentedShop()
    {
        sell(ani, 10, beras, 3000);
        sell(budi, 200, beras, 1000);
    }
};

QTreeWidgetItem* item(QTreeWidget* tree, const QString& group, const QString& name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = tree->topLevelItem(i);
        if (top->text(0) != group)
            continue;
        for (int j = 0; j < top->childCount(); ++j)
            if (top->child(j)->text(0) == name)
                return top->child(j);
    }
    FAIL("no item " << name.toStdString() << " under " << group.toStdString());
    return nullptr;
}

QStringList listedNames(QTableView* table)
{
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names.append(table->model()->index(row, 1).data().toString());
    return names;
}

} // namespace

TEST_CASE("Segments: counts and revenue shares, choosing one lists its customers", "[ui][segments]")
{
    SegmentedShop shop;
    ScriptedPrompter prompter;
    SegmentsView view(ViewWiring(*shop.backend, (*shop.backend).clock()).segments(), prompter);
    view.show();
    QCoreApplication::processEvents(); // worked out once the window has painted
    QTreeWidget* tree = view.overview()->tree();
    const QString lifecycle = SegmentOverview::tr("Lifecycle");

    QTreeWidgetItem* active = item(tree, lifecycle, QStringLiteral("Active"));
    CHECK(active->text(1) == QStringLiteral("1"));
    CHECK(active->text(2) == QLocale().toString(75) + QLocale().decimalPoint() +
                                 QStringLiteral("0 %")); // Rp30.000 of Rp40.000
    CHECK(item(tree, lifecycle, QStringLiteral("Passive"))->text(1) == QStringLiteral("1"));
    CHECK(item(tree, lifecycle, QStringLiteral("Prospect (never bought)"))->text(1) ==
          QStringLiteral("1"));
    // The view opens on the active customers.
    CHECK(view.chosenName() == QStringLiteral("Active"));
    CHECK(listedNames(view.table()) == QStringList{QStringLiteral("Ani")});

    tree->setCurrentItem(item(tree, lifecycle, QStringLiteral("Passive")));
    CHECK(view.chosenName() == QStringLiteral("Passive"));
    CHECK(listedNames(view.table()) == QStringList{QStringLiteral("Budi")});
    CHECK(view.findChild<QLabel*>(QStringLiteral("segmentSummary"))
              ->text()
              .startsWith(QStringLiteral("1 customers")));

    // The RFM grid: two buyers; Ani is more recent (R 3), Budi longer ago (R 1); both bought
    // once (F 1). Clicking R 3 · F 1 lists Ani.
    QTableWidget* grid = view.overview()->grid();
    CHECK(grid->item(2, 0)->text().startsWith(QStringLiteral("1\n")));
    CHECK(grid->item(4, 0)->text().startsWith(QStringLiteral("1\n")));
    Q_EMIT grid->cellClicked(2, 0);
    CHECK(view.chosenName().startsWith(QStringLiteral("R 3 · F 1")));
    CHECK(listedNames(view.table()) == QStringList{QStringLiteral("Ani")});

    SECTION("a new sale shows at the next refresh")
    {
        shop.sell(shop.cici, 1, shop.beras, 1000);
        REQUIRE(view.refresh());
        CHECK(item(tree, lifecycle, QStringLiteral("Active"))->text(1) == QStringLiteral("2"));
    }
}

TEST_CASE("Segments: the list and the profitability report as CSV and PDF", "[ui][segments]")
{
    SegmentedShop shop;
    ScriptedPrompter prompter;
    SegmentsView view(ViewWiring(*shop.backend, (*shop.backend).clock()).segments(), prompter);
    view.show();
    QCoreApplication::processEvents(); // worked out once the window has painted
    const QString csv = shop.temp.path(QStringLiteral("aktif.csv"));
    const QString pdf = shop.temp.path(QStringLiteral("aktif.pdf"));
    const QString profitCsv = shop.temp.path(QStringLiteral("laba.csv"));
    const QString profitPdf = shop.temp.path(QStringLiteral("laba.pdf"));
    prompter.savePaths = {csv, pdf, profitCsv, profitPdf};
    view.exportCsv();
    view.savePdf();
    view.exportProfitabilityCsv();
    view.saveProfitabilityPdf();
    CHECK(prompter.notices.isEmpty());
    QFile list(csv);
    REQUIRE(list.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(list.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(QStringLiteral("M000001,Ani,active,current,big,10,1,30000,")));
    QFile profit(profitCsv);
    REQUIRE(profit.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(profit.readAll())
              .contains(QStringLiteral("M000001,Ani,30000,24000,0,6000,20.0,30000,0,major")));
    for (const QString& path : {pdf, profitPdf}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == "%PDF-");
    }
}

TEST_CASE("Segments: a tag on the whole segment or on the selection, in one step",
          "[ui][segments][tags]")
{
    SegmentedShop shop;
    ScriptedPrompter prompter;
    SegmentsView view(ViewWiring(*shop.backend, (*shop.backend).clock()).segments(), prompter);
    view.show();
    QCoreApplication::processEvents(); // worked out once the window has painted
    QTreeWidget* tree = view.overview()->tree();
    const QString lifecycle = SegmentOverview::tr("Lifecycle");
    tree->setCurrentItem(
        item(tree, SegmentOverview::tr("Contribution tier"), QStringLiteral("Big")));

    prompter.texts = {QStringLiteral("Pelanggan besar")};
    view.changeTag(true);
    CHECK(prompter.textLabels.last().contains(QStringLiteral("2 customers"))); // Ani and Budi
    CHECK(prompter.notices.last().contains(QStringLiteral("2 customers")));
    for (qint64 id : {shop.ani, shop.budi})
        CHECK(shop.backend->customers().find(id)->value().tags ==
              QStringList{QStringLiteral("Pelanggan besar")});

    // Selected rows only: the first listed (Ani).
    view.table()->selectRow(0);
    prompter.texts = {QStringLiteral("pelanggan BESAR")};
    view.changeTag(false);
    CHECK(shop.backend->customers().find(shop.ani)->value().tags.isEmpty());
    CHECK(shop.backend->customers().find(shop.budi)->value().tags.size() == 1);

    // A tag with a comma is refused with the reason; nothing changes.
    view.table()->clearSelection();
    prompter.texts = {QStringLiteral("a,b")};
    view.changeTag(true);
    CHECK(prompter.notices.last().contains(QStringLiteral("comma")));
    CHECK(shop.backend->customers().find(shop.ani)->value().tags.isEmpty());
}

TEST_CASE("The rule builder counts as the rule changes, saves, and lists the segment",
          "[ui][segments][rules]")
{
    SegmentedShop shop;
    ScriptedPrompter prompter;
    SegmentsView view(ViewWiring(*shop.backend, (*shop.backend).clock()).segments(), prompter);
    view.show();
    QCoreApplication::processEvents(); // worked out once the window has painted
    const bool shown = driveModal(
        [&] { view.newRuleSegment(); },
        [&](QDialog& dialog) {
            auto& builder = static_cast<RuleSegmentDialog&>(dialog);
            auto* row = dialog.findChild<RuleConditionRow*>();
            REQUIRE(row);
            // The first condition starts as lifecycle is prospect.
            QTRY_COMPARE(builder.countText(), QStringLiteral("1 customers match."));
            row->setCondition(RuleCondition{RuleField::Revenue365, RuleOperator::AtLeast,
                                            QStringLiteral("Rp10.000")});
            QTRY_COMPARE(builder.countText(), QStringLiteral("2 customers match."));
            row->setCondition(RuleCondition{RuleField::Revenue365, RuleOperator::AtLeast,
                                            QStringLiteral("banyak")});
            QTRY_VERIFY(builder.countText().contains(QStringLiteral("does not fit")));
            row->setCondition(
                RuleCondition{RuleField::RecencyDays, RuleOperator::AtMost, QStringLiteral("30")});
            retype(field<QLineEdit>(dialog, QStringLiteral("name")),
                   QStringLiteral("Baru belanja"));
            QTRY_COMPARE(builder.countText(), QStringLiteral("1 customers match."));
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        });
    REQUIRE(shown);
    auto saved = shop.backend->ruleSegments().all();
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 1);
    CHECK(saved->first().name == QStringLiteral("Baru belanja"));
    CHECK(view.chosenName() == QStringLiteral("Baru belanja"));
    CHECK(listedNames(view.table()) == QStringList{QStringLiteral("Ani")});
    QTreeWidgetItem* listed = item(view.overview()->tree(), SegmentOverview::tr("Saved segments"),
                                   QStringLiteral("Baru belanja"));
    CHECK(listed->text(1) == QStringLiteral("1"));

    SECTION("a second segment with the same name is refused, with the reason")
    {
        const bool again = driveModal(
            [&] { view.newRuleSegment(); },
            [&](QDialog& dialog) {
                retype(field<QLineEdit>(dialog, QStringLiteral("name")),
                       QStringLiteral("baru BELANJA"));
                dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
                CHECK(dialog.isVisible());
                CHECK(prompter.notices.last().contains(QStringLiteral("exists")));
                dialog.reject();
            });
        REQUIRE(again);
        CHECK(shop.backend->ruleSegments().all()->size() == 1);
    }
    SECTION("the customer list can show only that segment")
    {
        CustomersView customers(ViewWiring(*shop.backend, (*shop.backend).clock()).customers(),
                                prompter);
        customers.show();
        QComboBox* segment = customers.segmentFilter();
        REQUIRE(segment->count() == 2);
        segment->setCurrentIndex(1);
        Q_EMIT segment->activated(1);
        CHECK(customers.model()->rowCount() == 1);
        CHECK(customers.model()->index(0, 1).data().toString() == QStringLiteral("Ani"));
        segment->setCurrentIndex(0);
        Q_EMIT segment->activated(0);
        CHECK(customers.model()->rowCount() == 3);
    }
    SECTION("removed after a confirmation")
    {
        view.overview()->tree()->setCurrentItem(listed);
        prompter.answers = {true};
        view.removeRuleSegment();
        CHECK(shop.backend->ruleSegments().all()->isEmpty());
    }
}

TEST_CASE("The customer's page says which segments they are in, and why", "[ui][segments]")
{
    SegmentedShop shop;
    ScriptedPrompter prompter;
    CustomerSegmentPanel panel(shop.backend->segments());
    REQUIRE(panel.load(shop.budi, FixedClock::defaultNow().date()));
    const QString text = panel.text();
    CHECK(text.contains(QStringLiteral("Last purchase 200 days ago (91 to 365) → passive")));
    // Rp10.000 after Ani's 30.000 of 40.000: 75 % before, below 80 %.
    CHECK(text.contains(QStringLiteral("Revenue Rp10.000 in 365 days")));
    CHECK(text.contains(QStringLiteral("→ big")));
    CHECK(text.contains(QStringLiteral("R 1 (last purchase 200 days ago)")));
    CHECK(text.contains(QStringLiteral("→ hibernating")));
    CHECK(text.contains(QStringLiteral("Margin Rp2.000 in 365 days")));
    CHECK(text.contains(QStringLiteral("→ major")));

    SECTION("the record card has it as a tab")
    {
        CustomerCardDialog dialog(ViewWiring(*shop.backend, (*shop.backend).clock()).recordCard(),
                                  prompter, shop.cici);
        REQUIRE(dialog.load());
        auto* tab = dialog.findChild<CustomerSegmentPanel*>(QStringLiteral("segmentPanel"));
        REQUIRE(tab);
        auto* tabs = qobject_cast<QTabWidget*>(tab->parentWidget()->parentWidget());
        REQUIRE(tabs);
        tabs->setCurrentWidget(tab);
        CHECK(tab->text().contains(QStringLiteral("No purchase yet → prospect")));
    }
}

TEST_CASE("Settings: the segment thresholds are saved and change the segments", "[ui][segments]")
{
    SegmentedShop shop;
    ScriptedPrompter prompter;
    SettingsView settings((*shop.backend).settings(),
                          ViewWiring(*shop.backend, (*shop.backend).clock()).stampCards(),
                          ViewWiring(*shop.backend, (*shop.backend).clock()).businessRules(),
                          (*shop.backend).safety(), prompter, QStringLiteral("info"));
    settings.show();
    auto* active = settings.findChild<QSpinBox*>(QStringLiteral("activeDays"));
    auto* passive = settings.findChild<QSpinBox*>(QStringLiteral("passiveDays"));
    REQUIRE(active);
    REQUIRE(passive);
    CHECK(active->value() == 90);
    passive->setValue(150);
    settings.save();
    CHECK(prompter.notices.isEmpty());
    auto budi = shop.backend->segments().segmentOf(shop.budi, FixedClock::defaultNow().date());
    REQUIRE(budi.ok());
    CHECK((*budi)->lifecycle == Lifecycle::Lost); // 200 days > 150

    active->setValue(200); // not below passive: refused, with the reason
    settings.save();
    REQUIRE_FALSE(prompter.notices.isEmpty());
    CHECK(prompter.notices.last().contains(QStringLiteral("Passive")));
    CHECK(shop.backend->settings().segmentationRules()->activeDays == 90);
}
