// Receipts printed straight to this PC's receipt printer: through QPrinter (its PDF output
// stands in for the queue here), the choice kept in the user's settings, and a missing
// printer that never loses the sale.
#include "printing/ReceiptPrinter.h"

#include "ScriptedPrompter.h"
#include "common/MoneyEdit.h"
#include "counter/CounterView.h"
#include "counter/MemberPanel.h"
#include "customers/CustomerCardDialog.h"
#include "gui/ViewWiring.h"
#include "reports/SaleReceipt.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ReceiptService.h"
#include "services/SaleService.h"
#include "settings/ReceiptPrinterBox.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

// The user's settings of this test process in a folder of its own: tests running at the same
// time must not see each other's printer, and none touches the user's real settings.
struct OwnSettings
{
    QTemporaryDir folder;
    OwnSettings()
    {
        REQUIRE(folder.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    }
};

// A shop with one member, Ani.
struct Shop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    Customer ani = created(*backend);

    static Customer created(Backend& backend)
    {
        auto saved = backend.customers().create(
            customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-2222")));
        REQUIRE(saved.ok());
        return *saved;
    }
};

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30'000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("A receipt prints through QPrinter on a page the roll's width", "[ui][receipt][print]")
{
    Shop shop;
    auto bought = shop.backend->counter().purchase(CounterPurchase{shop.ani.id, 125'000, 0});
    SETIA_REQUIRE_OK(bought);
    for (const ReceiptRoll roll : {ReceiptRoll::Mm58, ReceiptRoll::Mm80}) {
        auto lines = shop.backend->receipts().saleReceipt(bought->sale.id, roll, false);
        SETIA_REQUIRE_OK(lines);
        const QString pdf =
            shop.temp.path(QStringLiteral("struk-%1.pdf").arg(receiptRoll::millimetres(roll)));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        SETIA_REQUIRE_OK(ReceiptPrinter::print(*lines, roll, QStringLiteral("Struk"), printer));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        INFO(info.toStdString());
        CHECK(info.contains(roll == ReceiptRoll::Mm58 ? QStringLiteral("Page size:       164")
                                                      : QStringLiteral("Page size:       227")));
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        CHECK(text.contains(bought->sale.receipt));
        CHECK(text.contains(QStringLiteral("Rp125.000")));
        CHECK(text.contains(QStringLiteral("Ani Lestari")));
    }
}

TEST_CASE("The receipt printer is chosen once in Settings and remembered",
          "[ui][receipt][settings]")
{
    OwnSettings settings;
    ReceiptPrinter::store({QString(), ReceiptRoll::Mm58, false});
    ScriptedPrompter prompter;
    {
        ReceiptPrinterBox box(prompter);
        auto* roll = box.findChild<QComboBox*>(QStringLiteral("receiptRoll"));
        REQUIRE(roll);
        roll->setCurrentIndex(1);
        box.findChild<QCheckBox*>(QStringLiteral("receiptAfterSale"))->setChecked(true);
    }
    const ReceiptPrinter::Choice stored = ReceiptPrinter::stored();
    CHECK(stored.roll == ReceiptRoll::Mm80);
    CHECK(stored.afterCounterSale);
    CHECK(stored.printer.isEmpty());
    // A printer that has gone: said as such, and the choice is kept to come back to.
    ReceiptPrinter::store({QStringLiteral("Setia-Gone"), ReceiptRoll::Mm58, false});
    ReceiptPrinterBox box(prompter);
    CHECK(box.findChild<QComboBox*>(QStringLiteral("receiptPrinterName"))
              ->currentText()
              .contains(QStringLiteral("Setia-Gone")));
    CHECK_FALSE(box.printTest());
    REQUIRE(prompter.notices.size() == 1);
    CHECK(prompter.notices.first().contains(QStringLiteral("Setia-Gone")));
}

TEST_CASE("A counter sale is saved when its receipt cannot be printed, and says so",
          "[ui][receipt][counter]")
{
    OwnSettings settings;
    ReceiptPrinter::store({QStringLiteral("Setia-Gone"), ReceiptRoll::Mm58, true});
    Shop shop;
    ScriptedPrompter prompter;
    CounterView view(ViewWiring(*shop.backend, shop.backend->clock()).counter(), prompter);
    REQUIRE(view.openMember(shop.ani.id));
    QTest::keyClicks(view.member()->amountField(), QStringLiteral("25000"));
    CHECK(view.logAmount());
    auto sales = shop.backend->sales().listTotals({});
    REQUIRE(sales.ok());
    CHECK(sales->count == 1);
    const QString saved = view.member()->findChild<QLabel*>(QStringLiteral("savedNote"))->text();
    CHECK(saved.contains(QStringLiteral("Rp25.000")));
    CHECK(saved.contains(QStringLiteral("not printed")));
    CHECK(saved.contains(QStringLiteral("Setia-Gone")));
}

TEST_CASE("A payment's kwitansi that cannot print leaves the payment saved, and says so",
          "[ui][receipt][payment]")
{
    OwnSettings settings;
    ReceiptPrinter::store({QStringLiteral("Setia-Gone"), ReceiptRoll::Mm58, false});
    Shop shop;
    Payment payment;
    payment.customerId = shop.ani.id;
    payment.paidOn = shop.temp.clock().today();
    payment.amount = 50'000;
    auto paid = shop.backend->payments().record(payment);
    SETIA_REQUIRE_OK(paid);
    ScriptedPrompter prompter;
    CustomerCardDialog card(ViewWiring(*shop.backend, shop.backend->clock()).counter().recordCard,
                            prompter, shop.ani.id);
    REQUIRE(card.load());
    CHECK_FALSE(card.printKwitansi(*paid));
    REQUIRE(prompter.notices.size() == 1);
    CHECK(prompter.notices.first().contains(QStringLiteral("payment is saved")));
    CHECK(prompter.notices.first().contains(QStringLiteral("Setia-Gone")));
}

TEST_CASE("A points slip that cannot print says why", "[ui][receipt][counter]")
{
    OwnSettings settings;
    ReceiptPrinter::store({QStringLiteral("Setia-Gone"), ReceiptRoll::Mm58, false});
    Shop shop;
    ScriptedPrompter prompter;
    CounterView view(ViewWiring(*shop.backend, shop.backend->clock()).counter(), prompter);
    REQUIRE(view.openMember(shop.ani.id));
    CHECK_FALSE(view.printSlip());
    REQUIRE(prompter.notices.size() == 1);
    CHECK(prompter.notices.first().contains(QStringLiteral("Setia-Gone")));
}
