#include "customers/CustomerCardDialog.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "customers/CardLedgerModel.h"
#include "customers/CustomersView.h"
#include "customers/OpenSalesModel.h"
#include "customers/PointsLedgerModel.h"
#include "gui/ViewWiring.h"
#include "sales/SaleDetailsDialog.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace setia;
using namespace setia::test;

TEST_CASE("Enter opens the record card, it saves as PDF through the prompter", "[ui]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto product = backend->products().create(
        productDraft(QStringLiteral("GLP-1KG"), QStringLiteral("Gula Pasir 1 kg"), 17'500, 15'800));
    REQUIRE(product.ok());
    Customer draft =
        customerDraft(QStringLiteral("Warung Bu Sri"), QStringLiteral("0813-2222-3333"));
    draft.creditLimit = 5'000'000;
    auto sri = backend->customers().create(draft);
    REQUIRE(sri.ok());
    QStringList receipts;
    for (int month = 8; month <= 10; ++month) {
        SaleDraft sale;
        sale.soldAt = QDateTime(QDate(2026, month, 2), QTime(9, 0));
        sale.customerId = sri->id;
        sale.payment = PaymentKind::Credit;
        sale.lines = {SaleLineDraft{product->id, Quantity::fromUnits(10), {}, 0}};
        auto saved = backend->sales().record(sale);
        REQUIRE(saved.ok());
        receipts.append(saved->receipt);
    }
    Payment payment;
    payment.customerId = sri->id;
    payment.paidOn = QDate(2026, 9, 30);
    payment.amount = 175'000;
    REQUIRE(backend->payments().record(payment).ok());

    ScriptedPrompter prompter;
    const QString pdf = temp.path(QStringLiteral("kartu.pdf"));
    prompter.savePaths = {pdf};
    CustomersView view(ViewWiring(*backend, (*backend).clock()).customers(), prompter);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.table()->selectRow(0);

    int rows = 0;
    QString owed;
    QString saved;
    REQUIRE(driveModal(
        [&] { QTest::keyClick(view.table(), Qt::Key_Return); },
        [&](QDialog& dialog) {
            auto& card = static_cast<CustomerCardDialog&>(dialog);
            rows = card.ledger()->rowCount();
            owed = card.ledger()->index(rows - 1, CardLedgerModel::Balance).data().toString();
            saved = card.savePdf();
            dialog.reject();
        }));
    CHECK(rows == 4);
    CHECK(owed == QStringLiteral("Rp350.000")); // 3 × 175 000 − 175 000
    REQUIRE(saved == pdf);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30'000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QString& receipt : std::as_const(receipts))
        CHECK(text.contains(receipt));
    CHECK(text.contains(QStringLiteral("Rp350.000")));

    // Cancelling the file question writes nothing.
    CustomerCardDialog again(ViewWiring(*backend, (*backend).clock()).recordCard(), prompter,
                             sri->id);
    REQUIRE(again.load());
    CHECK(again.savePdf().isEmpty());
}

TEST_CASE("The card lists the open credit sales and records a payment in place", "[ui]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto product = backend->products().create(
        productDraft(QStringLiteral("BRS-5KG"), QStringLiteral("Beras 5 kg"), 78'000, 69'000));
    REQUIRE(product.ok());
    Customer draft = customerDraft(QStringLiteral("Toko Maju"));
    draft.creditLimit = 10'000'000;
    auto toko = backend->customers().create(draft);
    REQUIRE(toko.ok());
    for (int month : {9, 10}) {
        SaleDraft sale;
        sale.soldAt = QDateTime(QDate(2026, month, 1), QTime(9, 0));
        sale.customerId = toko->id;
        sale.payment = PaymentKind::Credit;
        sale.lines = {SaleLineDraft{product->id, Quantity::fromUnits(2), {}, 0}};
        REQUIRE(backend->sales().record(sale).ok());
    }
    ScriptedPrompter prompter;
    CustomerCardDialog card(ViewWiring(*backend, (*backend).clock()).recordCard(), prompter,
                            toko->id);
    REQUIRE(card.load());
    REQUIRE(card.openSales()->rowCount() == 2);
    CHECK(card.openSales()->index(0, OpenSalesModel::Open).data().toString() ==
          QStringLiteral("Rp156.000"));
    CHECK(card.openSales()->index(0, OpenSalesModel::DaysLate).data().toString() ==
          QStringLiteral("52 days")); // due 01/10, on 22/11

    QString prefilled;
    QString refusal;
    REQUIRE(driveModal([&] { card.recordPayment(); },
                       [&](QDialog& dialog) {
                           auto* amount = field<QLineEdit>(dialog, QStringLiteral("amount"));
                           prefilled = amount->text();
                           retype(amount, QStringLiteral("abc"));
                           dialog.accept();
                           auto* error = dialog.findChild<QLabel*>(QStringLiteral("formError"));
                           refusal = error->isVisible() ? error->text() : QString();
                           retype(amount, QStringLiteral("200.000"));
                           dialog.accept();
                       }));
    CHECK(prefilled == QStringLiteral("312.000")); // what is owed
    CHECK(refusal.contains(QStringLiteral("Rupiah")));
    CHECK(card.card().receivable.balance == 112'000);
    REQUIRE(card.openSales()->rowCount() == 1);
    CHECK(card.openSales()->index(0, OpenSalesModel::Paid).data().toString() ==
          QStringLiteral("Rp44.000"));
    REQUIRE(card.ledger()->rowCount() == 3);

    // Opening the payment offers to void it; a blank reason voids nothing.
    const int paymentRow = 2;
    REQUIRE(card.ledger()->entry(paymentRow).kind == CardEntry::Kind::Payment);
    prompter.texts = {QString()};
    card.openEntry(paymentRow);
    CHECK(card.card().receivable.balance == 112'000);
    prompter.texts = {QStringLiteral("transfer ditolak bank")};
    card.openEntry(paymentRow);
    CHECK(card.card().receivable.balance == 312'000);
    CHECK(card.ledger()->entry(paymentRow).voided);
    CHECK(prompter.textLabels.last().contains(QStringLiteral("Rp200.000")));

    // Opening a sale shows its items; voiding it there updates the card.
    prompter.texts = {QStringLiteral("salah input")};
    QString shownReceipt;
    REQUIRE(driveModal([&] { card.openEntry(0); },
                       [&](QDialog& dialog) {
                           auto& details = static_cast<SaleDetailsDialog&>(dialog);
                           shownReceipt = dialog.windowTitle();
                           CHECK(details.voidSale());
                           dialog.reject();
                       }));
    CHECK(shownReceipt.contains(card.ledger()->entry(0).document));
    CHECK(card.ledger()->entry(0).voided);
    CHECK(card.card().receivable.balance == 156'000);
}

TEST_CASE("The card lists the member's points, a change by hand needs a reason", "[ui][loyalty]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto product = backend->products().create(
        productDraft(QStringLiteral("KPS-1"), QStringLiteral("Kopi Susu"), 19'000, 7'000));
    REQUIRE(product.ok());
    auto ani = backend->customers().create(customerDraft(QStringLiteral("Ani Lestari")));
    REQUIRE(ani.ok());
    SaleDraft sale;
    sale.soldAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    sale.customerId = ani->id;
    sale.lines = {SaleLineDraft{product->id, Quantity::fromUnits(10), {}, 0}}; // 19 points
    REQUIRE(backend->sales().record(sale).ok());

    ScriptedPrompter prompter;
    CustomerCardDialog card(ViewWiring(*backend, (*backend).clock()).recordCard(), prompter,
                            ani->id);
    REQUIRE(card.load());
    REQUIRE(card.points()->rowCount() == 1);
    CHECK(card.points()->index(0, PointsLedgerModel::Points).data().toString() ==
          QStringLiteral("+19"));

    QString refusal;
    REQUIRE(driveModal([&] { card.adjustPoints(); },
                       [&](QDialog& dialog) {
                           field<QSpinBox>(dialog, QStringLiteral("points"))->setValue(-30);
                           retype(field<QLineEdit>(dialog, QStringLiteral("reason")),
                                  QStringLiteral("koreksi"));
                           dialog.accept(); // more than the balance: refused, stays open
                           auto* error = dialog.findChild<QLabel*>(QStringLiteral("formError"));
                           refusal = error->isVisible() ? error->text() : QString();
                           field<QSpinBox>(dialog, QStringLiteral("points"))->setValue(5);
                           retype(field<QLineEdit>(dialog, QStringLiteral("reason")),
                                  QStringLiteral("pesanan terlambat"));
                           dialog.accept();
                       }));
    CHECK(refusal.contains(QStringLiteral("19")));
    REQUIRE(card.points()->rowCount() == 2);
    CHECK(card.points()->index(1, PointsLedgerModel::Balance).data().toString() ==
          QStringLiteral("24"));
    CHECK(card.points()->index(1, PointsLedgerModel::Note).data().toString() ==
          QStringLiteral("pesanan terlambat"));
    CHECK(card.card().points == 24);
}
