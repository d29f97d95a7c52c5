// The target sheet before printing: due customers for a date and salesperson, a quantity
// changed and a customer taken off or added for this sheet only, the route order moved and
// remembered, the sheet out as CSV and PDF.
#include "targets/TargetsView.h"

#include "ScriptedPrompter.h"
#include "gui/ViewWiring.h"
#include "services/TargetSheetService.h"
#include "support/SegmentShop.h"
#include "targets/TargetCustomersModel.h"
#include "targets/TargetItemsModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QTableView>

using namespace setia;
using namespace setia::test;

namespace {

// Monday 23 November 2026: Ani and Budi are visited on Mondays (area Utara, salesperson Andi),
// Cici on Tuesdays; Dodi has another salesperson.
struct RouteShop : Shop
{
    qint64 ani = 0;
    qint64 budi = 0;
    qint64 cici = 0;
    qint64 dodi = 0;

    qint64 add(const QString& name, const QString& days, const QString& salesperson)
    {
        Customer draft = customerDraft(name);
        draft.visitDays = VisitDays::parse(days).value_or(VisitDays());
        draft.salesperson = salesperson;
        draft.area = QStringLiteral("Utara");
        auto saved = backend->customers().create(draft);
        REQUIRE(saved.ok());
        return saved->id;
    }

    RouteShop()
    {
        ani = add(QStringLiteral("Ani"), QStringLiteral("sen"), QStringLiteral("Andi"));
        budi = add(QStringLiteral("Budi"), QStringLiteral("mon"), QStringLiteral("Andi"));
        cici = add(QStringLiteral("Cici"), QStringLiteral("sel"), QStringLiteral("Andi"));
        dodi = add(QStringLiteral("Dodi"), QStringLiteral("mon"), QStringLiteral("Eka"));
        sell(ani, 14, beras, 2000);
        sell(ani, 7, beras, 4000);
    }
};

QStringList names(const TargetsView& view)
{
    QStringList all;
    for (const TargetSection& section : view.sheet().sections)
        for (const TargetCustomer& c : section.customers)
            all.append(c.name);
    return all;
}

QString csvOf(TargetsView& view, ScriptedPrompter& prompter, const QString& path)
{
    prompter.savePaths = {path};
    view.exportCsv();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("Targets: the due customers, a quantity changed, one taken off and one added",
          "[ui][targets]")
{
    RouteShop shop;
    ScriptedPrompter prompter;
    TargetsView view(ViewWiring(*shop.backend, (*shop.backend).clock()).targets(), prompter);
    view.dateEdit()->setDate(QDate(2026, 11, 23));
    view.show();
    CHECK(names(view) ==
          QStringList{QStringLiteral("Ani"), QStringLiteral("Budi"), QStringLiteral("Dodi")});
    // Ani's beras: (2 + 4) / 2 = 3 at Rp10.000.
    CHECK(view.summaryText().contains(QStringLiteral("Rp30.000")));

    // One salesperson.
    QComboBox* salesperson = view.salespersonBox();
    salesperson->setCurrentIndex(salesperson->findData(QStringLiteral("Eka")));
    Q_EMIT salesperson->activated(salesperson->currentIndex());
    CHECK(names(view) == QStringList{QStringLiteral("Dodi")});
    salesperson->setCurrentIndex(0);
    Q_EMIT salesperson->activated(0);
    // One area: everyone here is in Utara.
    QComboBox* area = view.areaBox();
    REQUIRE(area->findData(QStringLiteral("Utara")) > 0);
    area->setCurrentIndex(area->findData(QStringLiteral("Utara")));
    Q_EMIT area->activated(area->currentIndex());
    CHECK(names(view).size() == 3);

    // Ani is chosen first; her beras to 5 for this sheet.
    QAbstractItemModel* items = view.itemsTable()->model();
    REQUIRE(items->rowCount() == 1);
    REQUIRE(items->setData(items->index(0, TargetItemsModel::Quantity), 5));
    CHECK(items->index(0, TargetItemsModel::Value).data().toString() == QStringLiteral("Rp50.000"));
    CHECK(view.summaryText().contains(QStringLiteral("Rp50.000")));
    CHECK_FALSE(items->setData(items->index(0, TargetItemsModel::Quantity), -1));

    // Budi off, Cici (a Tuesday customer) on.
    view.customersTable()->setCurrentIndex(view.customersTable()->model()->index(1, 0));
    view.removeCustomer();
    view.addCustomer(shop.cici);
    view.addCustomer(shop.cici); // once is enough
    CHECK(names(view) ==
          QStringList{QStringLiteral("Ani"), QStringLiteral("Cici"), QStringLiteral("Dodi")});

    const QString csv = csvOf(view, prompter, shop.temp.path(QStringLiteral("sasaran.csv")));
    CHECK(csv.contains(QStringLiteral("Andi,M000001,Ani,Utara,BRS,Beras,5,\"avg of 2, 4\",10000,"
                                      "50000")));
    CHECK(csv.contains(QStringLiteral("Andi,M000003,Cici,Utara,,,,,,")));
    CHECK_FALSE(csv.contains(QStringLiteral("Budi")));

    // A quantity of 0 leaves the item off: Ani keeps one row, without a product.
    view.customersTable()->setCurrentIndex(view.customersTable()->model()->index(0, 0));
    REQUIRE(items->setData(items->index(0, TargetItemsModel::Quantity), 0));
    CHECK(csvOf(view, prompter, shop.temp.path(QStringLiteral("nol.csv")))
              .contains(QStringLiteral("Andi,M000001,Ani,Utara,,,,,,")));

    prompter.savePaths = {shop.temp.path(QStringLiteral("sasaran.pdf"))};
    view.savePdf();
    // Recomputed: the changes for this sheet are gone.
    auto* again = view.findChild<QPushButton*>(QStringLiteral("recompute"));
    REQUIRE(again);
    again->click();
    CHECK(names(view) ==
          QStringList{QStringLiteral("Ani"), QStringLiteral("Budi"), QStringLiteral("Dodi")});
    CHECK(prompter.notices.isEmpty());
    QFile pdf(shop.temp.path(QStringLiteral("sasaran.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
}

TEST_CASE("Targets: moving a customer changes the route, remembered for the next sheet",
          "[ui][targets]")
{
    RouteShop shop;
    ScriptedPrompter prompter;
    TargetsView view(ViewWiring(*shop.backend, (*shop.backend).clock()).targets(), prompter);
    view.dateEdit()->setDate(QDate(2026, 11, 23));
    view.show();
    REQUIRE(names(view).mid(0, 2) == QStringList{QStringLiteral("Ani"), QStringLiteral("Budi")});
    view.customersTable()->setCurrentIndex(view.customersTable()->model()->index(0, 0));
    view.move(1);
    CHECK(names(view).mid(0, 2) == QStringList{QStringLiteral("Budi"), QStringLiteral("Ani")});
    // Dodi is Eka's, another section: Ani cannot move past the end of hers.
    view.move(1);
    CHECK(names(view).mid(0, 2) == QStringList{QStringLiteral("Budi"), QStringLiteral("Ani")});

    // Recomputed, and on a new sheet: Budi stays first.
    REQUIRE(view.recompute());
    CHECK(names(view).mid(0, 2) == QStringList{QStringLiteral("Budi"), QStringLiteral("Ani")});
    auto next = shop.backend->targets().sheet(QDate(2026, 11, 30), QString());
    REQUIRE(next.ok());
    CHECK(next->sections.first().customers.first().name == QStringLiteral("Budi"));
}
