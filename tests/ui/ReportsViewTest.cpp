// The report centre: every report goes out as PDF and CSV with its parameters; record cards
// need customers; a period that ends before it starts is refused with the reason.
#include "reportcentre/ReportsView.h"

#include "ScriptedPrompter.h"
#include "common/SearchPicker.h"
#include "gui/ViewWiring.h"
#include "support/SegmentShop.h"

#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>

using namespace setia;
using namespace setia::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Reports: each report as PDF and CSV", "[ui][reports]")
{
    Shop shop;
    const qint64 ani = shop.customer(QStringLiteral("Ani"));
    shop.customer(QStringLiteral("Budi"));
    shop.sell(ani, 3, shop.beras, 2000);
    ScriptedPrompter prompter;
    ReportsView view(ViewWiring(*shop.backend, (*shop.backend).clock()).reports(), prompter);
    view.show();
    view.fromEdit()->setDate(QDate(2026, 11, 1));

    using R = ReportsView::Report;
    const std::pair<R, QByteArray> reports[] = {
        {R::Customers, "code,name,phone,city,area,type,salesperson,joined"},
        {R::Aging, "code,name,balance,not_yet_due"},
        {R::Profitability, "code,name,sales,cost_of_goods,rewards,margin"},
        {R::SalesByCustomer, "code,name,sales,revenue"},
        {R::SalesByProduct, "sku,name,sales,quantity,amount"},
        {R::SalesByDay, "period,sales,revenue"},
        {R::SalesByMonth, "period,sales,revenue"},
        {R::Members, "code,name,phone,tier,spend_365,points"},
        {R::Complaints, "number,received,month,category,priority,status,customer_code"},
        {R::Satisfaction, "grouping,group,responses,promoters,passives,detractors,nps,margin"},
    };
    int n = 0;
    for (const auto& [report, header] : reports) {
        view.choose(report);
        const QString pdf = shop.temp.path(QStringLiteral("r%1.pdf").arg(n));
        const QString csv = shop.temp.path(QStringLiteral("r%1.csv").arg(n));
        ++n;
        prompter.savePaths = {pdf, csv};
        CHECK(view.savePdf() == pdf);
        CHECK(view.exportCsv() == csv);
        CHECK(readAll(pdf).startsWith("%PDF-"));
        CHECK(readAll(csv).mid(3).startsWith(header));
        // Each file saved is announced, with a way to open it.
        CHECK(prompter.saved.mid(prompter.saved.size() - 2) == QStringList{pdf, csv});
    }
    CHECK(prompter.notices.isEmpty());

    SECTION("the customer list follows the search")
    {
        view.choose(R::Customers);
        view.searchEdit()->setText(QStringLiteral("budi"));
        prompter.savePaths = {shop.temp.path(QStringLiteral("budi.csv"))};
        view.exportCsv();
        const QString text = QString::fromUtf8(readAll(shop.temp.path(QStringLiteral("budi.csv"))));
        CHECK(text.contains(QStringLiteral("Budi")));
        CHECK_FALSE(text.contains(QStringLiteral("Ani")));
    }
    SECTION("record cards need customers; with one, a card")
    {
        view.choose(R::RecordCards);
        prompter.savePaths = {shop.temp.path(QStringLiteral("none.pdf"))};
        CHECK(view.savePdf().isEmpty());
        CHECK(prompter.notices.last().contains(QStringLiteral("Add the customers")));
        Q_EMIT view.cardPicker()->picked(ani);
        Q_EMIT view.cardPicker()->picked(ani); // once is enough
        CHECK(view.chosenCustomers()->count() == 1);
        const QString path = shop.temp.path(QStringLiteral("kartu.pdf"));
        prompter.savePaths = {path};
        CHECK(view.savePdf() == path);
        CHECK(readAll(path).startsWith("%PDF-"));
    }
    SECTION("a period ending before it starts is refused")
    {
        for (R report : {R::SalesByDay, R::Complaints, R::Satisfaction}) {
            view.choose(report);
            view.fromEdit()->setDate(QDate(2026, 11, 30));
            view.toEdit()->setDate(QDate(2026, 11, 1));
            prompter.savePaths = {shop.temp.path(QStringLiteral("x.pdf"))};
            CHECK(view.savePdf().isEmpty());
            CHECK(prompter.notices.last().contains(QStringLiteral("starts after it ends")));
        }
    }
}
