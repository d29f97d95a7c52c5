// The receivables list: who owes on a date, sorted by amount or by days late, narrowed by
// a search, and kept current when a payment is recorded.
#include "receivables/ReceivablesView.h"

#include "ScriptedPrompter.h"
#include "gui/ViewWiring.h"
#include "receivables/ReceivableListModel.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace setia;
using namespace setia::test;

TEST_CASE("Receivables: everyone who owes, by amount or days late, a payment updates it",
          "[ui][receivables]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto product = backend->products().create(
        productDraft(QStringLiteral("BRS-5KG"), QStringLiteral("Beras 5 kg"), 50'000));
    REQUIRE(product.ok());
    auto debtor = [&](const QString& name, const QDate& day, int units) {
        Customer draft = customerDraft(name);
        draft.creditLimit = 10'000'000;
        draft.termsDays = 30;
        auto customer = backend->customers().create(draft);
        REQUIRE(customer.ok());
        SaleDraft sale;
        sale.soldAt = QDateTime(day, QTime(9, 0));
        sale.customerId = customer->id;
        sale.payment = PaymentKind::Credit;
        sale.lines = {SaleLineDraft{product->id, Quantity::fromUnits(units), {}, 0}};
        REQUIRE(backend->sales().record(sale).ok());
        return customer->id;
    };
    debtor(QStringLiteral("Toko Besar"), QDate(2026, 11, 1), 20); // 1 000 000, not due
    const qint64 late = debtor(QStringLiteral("Warung Lama"), QDate(2026, 6, 1), 2); // 141 days
    debtor(QStringLiteral("Kios Tengah"), QDate(2026, 9, 15), 6); // 300 000, 38 days

    ScriptedPrompter prompter;
    ReceivablesView view(ViewWiring(*backend, (*backend).clock()).receivables(), prompter);
    view.resize(1100, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto names = [&view] {
        QStringList shown;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            shown.append(view.model()->rowAt(row).name);
        return shown;
    };
    // Largest debt first; the subtitle sums what is owed and what is overdue.
    CHECK(names() == QStringList{QStringLiteral("Toko Besar"), QStringLiteral("Kios Tengah"),
                                 QStringLiteral("Warung Lama")});
    const QString subtitle = view.findChild<QLabel*>(QStringLiteral("viewSubtitle"))->text();
    CHECK(subtitle.contains(QStringLiteral("Rp1.400.000")));
    CHECK(subtitle.contains(QStringLiteral("Rp400.000")));
    CHECK(view.model()->index(2, ReceivableListModel::DaysOverdue).data().toString() ==
          QStringLiteral("144"));

    // A click on "Days late" sorts the longest-late first.
    view.table()->horizontalHeader()->setSortIndicator(ReceivableListModel::DaysOverdue,
                                                       Qt::DescendingOrder);
    CHECK(names() == QStringList{QStringLiteral("Warung Lama"), QStringLiteral("Kios Tengah"),
                                 QStringLiteral("Toko Besar")});
    QTest::keyClicks(view.searchField(), QStringLiteral("kios"));
    CHECK(names() == QStringList{QStringLiteral("Kios Tengah")});
    view.searchField()->clear();

    // Paying in full takes the customer off the list at once.
    Payment payment;
    payment.customerId = late;
    payment.paidOn = QDate(2026, 11, 22);
    payment.amount = 100'000;
    REQUIRE(backend->payments().record(payment).ok());
    CHECK(names() == QStringList{QStringLiteral("Kios Tengah"), QStringLiteral("Toko Besar")});

    // As of an earlier date, later sales and payments do not count yet; the order stays.
    view.setAsOf(QDate(2026, 10, 1));
    CHECK(names() == QStringList{QStringLiteral("Warung Lama"), QStringLiteral("Kios Tengah")});
}
