// Entering a sale from the keyboard, the credit-limit question, the sales list's filters
// and totals, and a void with its reason — on the offscreen platform.
#include "sales/SalesView.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "common/SearchPicker.h"
#include "db/Database.h"
#include "gui/ViewWiring.h"
#include "sales/SaleDetailsDialog.h"
#include "sales/SaleDialog.h"
#include "sales/SaleLinesModel.h"
#include "sales/SaleListModel.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "stores/SaleListQuery.h"
#include "support/BackendProbe.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

struct Shop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    ScriptedPrompter prompter;
    Customer sri;
    Product gula;
    Product kopi;

    Shop()
    {
        Customer draft =
            customerDraft(QStringLiteral("Warung Bu Sri"), QStringLiteral("0813-2222-3333"));
        draft.creditLimit = 100'000;
        draft.termsDays = 14;
        auto saved = backend->customers().create(draft);
        REQUIRE(saved.ok());
        sri = *saved;
        gula = product(QStringLiteral("GLP-1KG"), QStringLiteral("Gula Pasir 1 kg"), 17'500);
        kopi = product(QStringLiteral("KPI-200"), QStringLiteral("Kopi Bubuk 200 g"), 1'001);
    }

    Product product(const QString& sku, const QString& name, qint64 price)
    {
        auto saved = backend->products().create(productDraft(sku, name, price, price / 2));
        REQUIRE(saved.ok());
        return *saved;
    }

    Sale sell(const QDate& day, PaymentKind payment, qint64 customerId)
    {
        SaleDraft draft;
        draft.soldAt = QDateTime(day, QTime(9, 30));
        draft.customerId = customerId;
        draft.payment = payment;
        draft.lines = {SaleLineDraft{gula.id, Quantity::fromUnits(1), {}, 0}};
        auto saved = backend->sales().record(draft, SaleService::CreditLimitCheck::Override);
        REQUIRE(saved.ok());
        return *saved;
    }
};

void show(QWidget& widget)
{
    widget.resize(1100, 650);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

// Types into the line edit of a table cell being edited and commits it with Enter.
void typeIntoCell(QTableView* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    REQUIRE(editor->parentWidget() == table->viewport());
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's text through a queued call.
    QApplication::processEvents();
}

} // namespace

TEST_CASE("A sale is entered from the keyboard: customer, scanned items, quantities, discounts",
          "[ui][sales]")
{
    Shop shop;
    SaleDialog dialog(ViewWiring(*shop.backend, (*shop.backend).clock()).saleEntry(),
                      shop.prompter);
    show(dialog);
    CHECK(dialog.receipt() == QStringLiteral("PJ261122-0001"));

    // The member code typed whole, and Enter, picks the customer.
    QTest::keyClicks(dialog.customerPicker(), shop.sri.code);
    QTest::keyClick(dialog.customerPicker(), Qt::Key_Return);
    REQUIRE(dialog.customerPicker()->pickedId() == shop.sri.id);
    CHECK(dialog.customerPicker()->text() == QStringLiteral("Warung Bu Sri"));

    // A scanner types the SKU and Enter; scanning the same item again adds one more.
    for (int scan = 0; scan < 2; ++scan) {
        QTest::keyClicks(dialog.productPicker(), QStringLiteral("GLP-1KG"));
        QTest::keyClick(dialog.productPicker(), Qt::Key_Return);
    }
    REQUIRE(dialog.lines()->rowCount() == 1);
    CHECK(dialog.lines()->index(0, SaleLinesModel::Quantity).data().toString() ==
          QStringLiteral("2"));
    CHECK(dialog.productPicker()->text().isEmpty());
    // A name word finds the product too: the only match is picked with Enter.
    QTest::keyClicks(dialog.productPicker(), QStringLiteral("kopi"));
    REQUIRE(dialog.productPicker()->matches().size() == 1);
    QTest::keyClick(dialog.productPicker(), Qt::Key_Return);
    REQUIRE(dialog.lines()->rowCount() == 2);

    auto* table = dialog.findChild<QTableView*>(QStringLiteral("lines"));
    typeIntoCell(table, 1, SaleLinesModel::Quantity, QStringLiteral("1,5"));
    typeIntoCell(table, 0, SaleLinesModel::Discount, QStringLiteral("500"));
    // 2 × 17 500 − 500 = 34 500; 1,5 × 1 001 = 1 501,5 → 1 502 (SPEC §5: half up).
    CHECK(dialog.lines()->index(0, SaleLinesModel::Amount).data().toString() ==
          QStringLiteral("34.500"));
    CHECK(dialog.lines()->index(1, SaleLinesModel::Amount).data().toString() ==
          QStringLiteral("1.502"));
    // A quantity that is not a number is refused with a message; the line keeps its own.
    typeIntoCell(table, 1, SaleLinesModel::Quantity, QStringLiteral("1,2345"));
    CHECK(dialog.lines()->index(1, SaleLinesModel::Quantity).data().toString() ==
          QStringLiteral("1,5"));
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("formError"))->text().isEmpty());

    retype(dialog.findChild<QLineEdit*>(QStringLiteral("discount")), QStringLiteral("2.002"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("saleTotal"))
              ->text()
              .contains(QStringLiteral("34.000")));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Sale& sale = dialog.savedSale();
    CHECK(sale.receipt == QStringLiteral("PJ261122-0001"));
    CHECK(sale.customerId == shop.sri.id);
    CHECK(sale.payment == PaymentKind::Cash);
    CHECK(sale.linesTotal == 36'002);
    CHECK(sale.discount == 2'002);
    CHECK(sale.revenue == 34'000);
    REQUIRE(sale.lines.size() == 2);
    CHECK(sale.lines.at(1).quantity == Quantity::fromMilli(1'500));
    CHECK(sale.lines.at(0).unitCost == 8'750);
}

TEST_CASE("A credit sale past the limit is saved only when the user confirms", "[ui][sales]")
{
    Shop shop;
    SaleDialog dialog(ViewWiring(*shop.backend, (*shop.backend).clock()).saleEntry(), shop.prompter,
                      shop.sri.id);
    show(dialog);
    auto* credit = dialog.findChild<QRadioButton*>(QStringLiteral("credit"));
    REQUIRE(credit->isEnabled());
    credit->setChecked(true);
    for (int scan = 0; scan < 6; ++scan) { // 6 × 17 500 = 105 000 > 100 000
        QTest::keyClicks(dialog.productPicker(), QStringLiteral("GLP-1KG"));
        QTest::keyClick(dialog.productPicker(), Qt::Key_Return);
    }
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("dueDate"))
              ->text()
              .contains(QStringLiteral("06/12/2026")));

    shop.prompter.answers = {false};
    CHECK_FALSE(dialog.save());
    REQUIRE(shop.prompter.questions.size() == 1);
    CHECK(shop.prompter.questions.at(0).contains(QStringLiteral("Rp100.000")));
    auto none = shop.backend->sales().listTotals({});
    REQUIRE(none.ok());
    CHECK(none->count == 0);

    shop.prompter.answers = {true};
    REQUIRE(dialog.save());
    CHECK(dialog.savedSale().payment == PaymentKind::Credit);
    CHECK(dialog.savedSale().dueDate == QDate(2026, 12, 6));
    auto owed = shop.backend->payments().receivable(shop.sri.id, QDate(2026, 11, 22));
    REQUIRE(owed.ok());
    CHECK(owed->balance == 105'000);
}

TEST_CASE("A walk-in buys for cash only, a sale without items is not saved", "[ui][sales]")
{
    Shop shop;
    SaleDialog dialog(ViewWiring(*shop.backend, (*shop.backend).clock()).saleEntry(),
                      shop.prompter);
    show(dialog);
    CHECK_FALSE(dialog.findChild<QRadioButton*>(QStringLiteral("credit"))->isEnabled());
    CHECK_FALSE(dialog.save());
    CHECK(dialog.result() != QDialog::Accepted);
    QTest::keyClicks(dialog.productPicker(), QStringLiteral("tidak ada"));
    QTest::keyClick(dialog.productPicker(), Qt::Key_Return);
    CHECK(dialog.lines()->rowCount() == 0);
}

TEST_CASE("Esc with items entered asks before the sale is discarded", "[ui][sales]")
{
    Shop shop;
    SaleDialog dialog(ViewWiring(*shop.backend, (*shop.backend).clock()).saleEntry(),
                      shop.prompter);
    show(dialog);
    QTest::keyClick(&dialog, Qt::Key_Escape); // nothing entered: closes without a question
    CHECK(shop.prompter.questions.isEmpty());
    CHECK_FALSE(dialog.isVisible());

    SaleDialog second(ViewWiring(*shop.backend, (*shop.backend).clock()).saleEntry(),
                      shop.prompter);
    show(second);
    QTest::keyClicks(second.productPicker(), QStringLiteral("GLP-1KG"));
    QTest::keyClick(second.productPicker(), Qt::Key_Return);
    REQUIRE(second.lines()->rowCount() == 1);
    shop.prompter.answers = {false};
    second.reject();
    CHECK(second.isVisible());
    REQUIRE(shop.prompter.questions.size() == 1);
    shop.prompter.answers = {true};
    second.reject();
    CHECK_FALSE(second.isVisible());
    auto totals = shop.backend->sales().listTotals({});
    REQUIRE(totals.ok());
    CHECK(totals->count == 0);
}

TEST_CASE("A save refused because another program holds the database succeeds when retried, "
          "once",
          "[ui][sales][busy]")
{
    Shop shop;
    auto other = shop.temp.open(shop.backend->databasePath());
    SaleDialog dialog(ViewWiring(*shop.backend, (*shop.backend).clock()).saleEntry(), shop.prompter,
                      shop.sri.id);
    show(dialog);
    QTest::keyClicks(dialog.productPicker(), QStringLiteral("GLP-1KG"));
    QTest::keyClick(dialog.productPicker(), Qt::Key_Return);

    QSqlQuery lock(BackendProbe::database(*other).connection());
    REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    REQUIRE(lock.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
    CHECK_FALSE(dialog.save()); // waits for the lock (5 s), then gives up
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("formError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("in use by another program")));
    REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));

    REQUIRE(dialog.save());
    CHECK(dialog.savedSale().receipt == dialog.receipt());
    auto totals = shop.backend->sales().listTotals({});
    REQUIRE(totals.ok());
    CHECK(totals->count == 1);
}

TEST_CASE("The sales list filters by period, customer, payment and void, a void needs a reason",
          "[ui][sales]")
{
    Shop shop;
    const Sale old = shop.sell(QDate(2026, 10, 30), PaymentKind::Credit, shop.sri.id);
    const Sale walkIn = shop.sell(QDate(2026, 11, 2), PaymentKind::Cash, 0);
    const Sale today = shop.sell(QDate(2026, 11, 22), PaymentKind::Cash, shop.sri.id);
    SalesView view(ViewWiring(*shop.backend, (*shop.backend).clock()).sales(), shop.prompter);
    show(view);
    auto receipts = [&view] {
        QStringList shown;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            shown.append(view.model()->rowAt(row).receipt);
        return shown;
    };
    // This month, newest first, with the count and revenue in the subtitle.
    CHECK(receipts() == QStringList{today.receipt, walkIn.receipt});
    CHECK(view.findChild<QLabel*>(QStringLiteral("viewSubtitle"))
              ->text()
              .contains(QStringLiteral("Rp35.000")));
    view.setPeriod(SalesView::Period::AllTime);
    CHECK(receipts() == QStringList{today.receipt, walkIn.receipt, old.receipt});
    view.findChild<QComboBox*>(QStringLiteral("paymentFilter"))->setCurrentIndex(2);
    CHECK(receipts() == QStringList{old.receipt});
    view.findChild<QComboBox*>(QStringLiteral("paymentFilter"))->setCurrentIndex(0);
    view.customerFilter()->pick(PickerItem{shop.sri.id, shop.sri.code, shop.sri.name, {}});
    CHECK(receipts() == QStringList{today.receipt, old.receipt});
    view.customerFilter()->reset();
    QTest::keyClicks(view.searchField(), QStringLiteral("pj261102"));
    CHECK(receipts() == QStringList{walkIn.receipt});
    view.searchField()->clear();

    // Enter opens the sale; voiding asks for the reason; a blank one voids nothing.
    view.table()->setFocus();
    view.table()->selectRow(0);
    shop.prompter.texts = {QString(), QStringLiteral("dimasukkan dua kali")};
    REQUIRE(driveModal([&] { QTest::keyClick(view.table(), Qt::Key_Return); },
                       [&](QDialog& dialog) {
                           auto& details = static_cast<SaleDetailsDialog&>(dialog);
                           CHECK_FALSE(details.voidSale());
                           CHECK(details.voidSale());
                           dialog.reject();
                       }));
    auto voided = shop.backend->sales().find(today.id);
    REQUIRE(voided.ok());
    CHECK((*voided)->voided);
    CHECK((*voided)->voidReason == QStringLiteral("dimasukkan dua kali"));
    CHECK(receipts() == QStringList{walkIn.receipt, old.receipt});
    view.findChild<QComboBox*>(QStringLiteral("statusFilter"))->setCurrentIndex(1);
    CHECK(receipts() == QStringList{today.receipt});
    CHECK(view.model()
              ->index(0, SaleListModel::Status)
              .data()
              .toString()
              .contains(QStringLiteral("dimasukkan dua kali")));
}

TEST_CASE("A reversed date range says so instead of showing no sales", "[ui][sales]")
{
    Shop shop;
    shop.sell(QDate(2026, 11, 20), PaymentKind::Cash, shop.sri.id);
    SalesView view(ViewWiring(*shop.backend, (*shop.backend).clock()).sales(), shop.prompter);
    show(view);
    view.findChild<QDateEdit*>(QStringLiteral("from"))->setDate(QDate(2026, 11, 22));
    view.findChild<QDateEdit*>(QStringLiteral("to"))->setDate(QDate(2026, 11, 1));
    const QString subtitle = view.findChild<QLabel*>(QStringLiteral("viewSubtitle"))->text();
    CHECK(subtitle.contains(QStringLiteral("22/11/2026 is after the end date 01/11/2026")));
    // Swapped: the sale of the 20th shows.
    view.findChild<QDateEdit*>(QStringLiteral("from"))->setDate(QDate(2026, 11, 1));
    view.findChild<QDateEdit*>(QStringLiteral("to"))->setDate(QDate(2026, 11, 22));
    CHECK(view.findChild<QLabel*>(QStringLiteral("viewSubtitle"))
              ->text()
              .startsWith(QStringLiteral("1 sales")));
}

TEST_CASE("A credit sale to a customer already overdue asks first", "[ui][sales]")
{
    Shop shop;
    // Sri's terms are 14 days: a credit sale of 30/10 is overdue on 22/11.
    shop.sell(QDate(2026, 10, 30), PaymentKind::Credit, shop.sri.id);
    SaleDialog dialog(ViewWiring(*shop.backend, (*shop.backend).clock()).saleEntry(), shop.prompter,
                      shop.sri.id);
    show(dialog);
    QStringList hints;
    for (const QLabel* label : dialog.findChildren<QLabel*>(QStringLiteral("hint")))
        hints.append(label->text());
    CHECK(hints.join(QLatin1Char('\n')).contains(QStringLiteral("overdue for 9 days")));
    dialog.findChild<QRadioButton*>(QStringLiteral("credit"))->setChecked(true);
    QTest::keyClicks(dialog.productPicker(), QStringLiteral("GLP-1KG"));
    QTest::keyClick(dialog.productPicker(), Qt::Key_Return);
    shop.prompter.answers = {false};
    CHECK_FALSE(dialog.save());
    REQUIRE(shop.prompter.questions.size() == 1);
    CHECK(shop.prompter.questions.at(0).contains(QStringLiteral("overdue for 9 days")));
    auto one = shop.backend->sales().listTotals({});
    REQUIRE(one.ok());
    CHECK(one->count == 1);
    shop.prompter.answers = {true};
    CHECK(dialog.save());
    auto two = shop.backend->sales().listTotals({});
    REQUIRE(two.ok());
    CHECK(two->count == 2);
}
