// Receipts for thermal rolls (SPEC §1: 32 columns on 58 mm, 48 on 80 mm): a sale's struk and
// a payment's kwitansi with the amount in words, laid out as lines and printed as a PDF.
#include "reports/PaymentReceipt.h"
#include "reports/ReceiptRoll.h"
#include "reports/SaleReceipt.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ReceiptService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

BusinessProfile shop()
{
    return {QStringLiteral("Kedai Kopi Setia"), QStringLiteral("Jl. Malioboro No. 12, Yogyakarta"),
            QStringLiteral("0274-555-123")};
}

Sale coffeeSale()
{
    Sale sale;
    sale.id = 7;
    sale.receipt = QStringLiteral("PJ261122-0007");
    sale.soldAt = QDateTime(QDate(2026, 11, 22), QTime(10, 5));
    sale.customerId = 1;
    SaleLine kopi;
    kopi.productName = QStringLiteral("Kopi Susu Gula Aren Ukuran Besar Sekali");
    kopi.quantity = Quantity::fromUnits(2);
    kopi.unitPrice = 18'000;
    kopi.amount = 36'000;
    SaleLine roti;
    roti.productName = QStringLiteral("Roti Bakar");
    roti.quantity = Quantity::fromMilli(1'500);
    roti.unitPrice = 12'000;
    roti.discount = 1'000;
    roti.amount = 17'000;
    sale.lines = {kopi, roti};
    sale.linesTotal = 53'000;
    sale.discount = 5'000;
    sale.revenue = 48'000;
    return sale;
}

QString pdfText(const QString& pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30'000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace

TEST_CASE("A sale's receipt fits the roll's columns and says what was bought, paid and earned",
          "[receipt]")
{
    SaleReceipt::Member ani{
        QStringLiteral("Ani Lestari"), QStringLiteral("M000001"), 0, 10, 115, {}};
    StampCard card;
    card.name = QStringLiteral("Kopi Susu");
    card.stampsNeeded = 10;
    card.rewardName = QStringLiteral("Es Kopi Susu");
    ani.stamps = {{card, 12}};
    const QDateTime printed(QDate(2026, 11, 23), QTime(9, 0));
    for (const ReceiptRoll roll : {ReceiptRoll::Mm58, ReceiptRoll::Mm80}) {
        const int columns = receiptRoll::columns(roll);
        INFO("columns " << columns);
        const QStringList lines =
            SaleReceipt(shop()).lines(coffeeSale(), ani, roll, printed, false);
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK(line.size() <= columns);
        }
        const QString all = lines.join(QLatin1Char('\n'));
        CHECK(lines.first().trimmed() == QStringLiteral("Kedai Kopi Setia"));
        CHECK(all.contains(QStringLiteral("PJ261122-0007")));
        CHECK(all.contains(QStringLiteral("22/11/2026 10:05")));
        CHECK(all.contains(QStringLiteral("Member: Ani Lestari (M000001)")));
        CHECK(all.contains(QStringLiteral("  2 x 18.000")));
        CHECK(all.contains(QStringLiteral("  1,5 x 12.000")));
        CHECK(all.contains(QStringLiteral("-1.000")));
        CHECK(all.contains(QStringLiteral("10 points used")));
        CHECK(all.contains(QStringLiteral("Rp48.000")));
        CHECK(all.contains(QStringLiteral("Paid in cash")));
        CHECK(all.contains(QStringLiteral("Points balance")));
        CHECK(all.contains(QStringLiteral("Kopi Susu")));
        CHECK(all.contains(QStringLiteral("2/10")));
        CHECK(all.contains(QStringLiteral("1 × Es Kopi Susu free")));
        CHECK_FALSE(all.contains(QStringLiteral("COPY")));
        // Amounts sit against the right edge.
        const auto total = std::find_if(lines.cbegin(), lines.cend(), [](const QString& line) {
            return line.startsWith(QStringLiteral("TOTAL"));
        });
        REQUIRE(total != lines.cend());
        CHECK(total->size() == columns);
        CHECK(total->endsWith(QStringLiteral("Rp48.000")));
    }
    // A reprint says so; a walk-in sale has no member part; credit says when it is due.
    Sale credit = coffeeSale();
    credit.payment = PaymentKind::Credit;
    credit.dueDate = QDate(2026, 12, 22);
    const QString copy = SaleReceipt(shop())
                             .lines(credit, std::nullopt, ReceiptRoll::Mm58, printed, true)
                             .join(QLatin1Char('\n'));
    CHECK(copy.contains(QStringLiteral("COPY")));
    CHECK(copy.contains(QStringLiteral("On credit, due 22/12/2026")));
    CHECK_FALSE(copy.contains(QStringLiteral("Member")));
    CHECK_FALSE(copy.contains(QStringLiteral("Points")));
}

TEST_CASE("A kwitansi spells the amount in words and prints on the roll", "[receipt][terbilang]")
{
    TempDatabase temp;
    Payment payment;
    payment.id = 42;
    payment.paidOn = QDate(2026, 11, 22);
    payment.amount = 1'250'000;
    payment.method = QStringLiteral("Transfer BCA");
    Customer payer;
    payer.name = QStringLiteral("Toko Sinar Jaya");
    payer.code = QStringLiteral("M000042");
    CHECK(PaymentReceipt::number(payment) == QStringLiteral("KW-000042"));
    const QStringList lines =
        PaymentReceipt(shop()).lines(payment, payer, 350'000, ReceiptRoll::Mm80);
    for (const QString& line : lines)
        CHECK(line.size() <= 48);
    const QString all = lines.join(QLatin1Char(' ')).simplified();
    CHECK(all.contains(QStringLiteral("satu juta dua ratus lima puluh ribu rupiah")));
    CHECK(all.contains(QStringLiteral("Rp1.250.000")));
    CHECK(all.contains(QStringLiteral("Rp350.000")));
    CHECK(all.contains(QStringLiteral("Toko Sinar Jaya (M000042)")));
    CHECK(all.contains(QStringLiteral("Transfer BCA")));

    // As printed: a PDF the width of the roll whose text reads back line for line.
    const QString pdf = temp.path(QStringLiteral("kwitansi.pdf"));
    SETIA_REQUIRE_OK(
        receiptRoll::writePdf(lines, ReceiptRoll::Mm80, QStringLiteral("Kwitansi"), pdf));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30'000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput())
              .contains(QStringLiteral("Page size:       227")));
    const QString printed = pdfText(pdf).simplified();
    CHECK(printed.contains(QStringLiteral("satu juta dua ratus lima puluh ribu")));
    CHECK(printed.contains(QStringLiteral("KW-000042")));
    CHECK(printed.contains(QStringLiteral("Rp1.250.000")));

    // A sale's receipt too, on the 58 mm roll.
    const QString struk = temp.path(QStringLiteral("struk.pdf"));
    SETIA_REQUIRE_OK(receiptRoll::writePdf(
        SaleReceipt(shop()).lines(coffeeSale(), std::nullopt, ReceiptRoll::Mm58,
                                  QDateTime(QDate(2026, 11, 22), QTime(10, 6)), false),
        ReceiptRoll::Mm58, QStringLiteral("Struk"), struk));
    const QString strukText = pdfText(struk);
    CHECK(strukText.contains(QStringLiteral("PJ261122-0007")));
    CHECK(strukText.contains(QStringLiteral("Rp48.000")));
    // A folder that does not exist: a clear error, no file.
    const auto missing =
        receiptRoll::writePdf({QStringLiteral("x")}, ReceiptRoll::Mm58, QStringLiteral("x"),
                              temp.path(QStringLiteral("nope/struk.pdf")));
    CHECK_FALSE(missing.ok());
}

TEST_CASE("The receipt service lays out a saved sale with the member's points, and a kwitansi",
          "[receipt][counter]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    REQUIRE(backend->settings().setBusinessProfile(shop()).ok());
    auto ani = backend->customers().create(
        customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-2222")));
    REQUIRE(ani.ok());
    auto bought = backend->counter().purchase(CounterPurchase{ani->id, 125'000, 0});
    SETIA_REQUIRE_OK(bought);
    auto lines = backend->receipts().saleReceipt(bought->sale.id, ReceiptRoll::Mm58, false);
    SETIA_REQUIRE_OK(lines);
    const QString struk = lines->join(QLatin1Char('\n'));
    CHECK(struk.contains(bought->sale.receipt));
    CHECK(struk.contains(QStringLiteral("Member: Ani Lestari (%1)").arg(ani->code)));
    CHECK(struk.contains(QStringLiteral("Rp125.000")));
    const auto earned = std::find_if(lines->cbegin(), lines->cend(), [](const QString& line) {
        return line.startsWith(QStringLiteral("Points earned"));
    });
    REQUIRE(earned != lines->cend());
    CHECK(earned->endsWith(QStringLiteral(" 12")));
    auto again = backend->receipts().saleReceipt(bought->sale.id, ReceiptRoll::Mm80, true);
    SETIA_REQUIRE_OK(again);
    CHECK(again->join(QLatin1Char('\n')).contains(QStringLiteral("COPY")));

    auto walkIn = backend->counter().purchase(CounterPurchase{0, 20'000, 0});
    SETIA_REQUIRE_OK(walkIn);
    auto plain = backend->receipts().saleReceipt(walkIn->sale.id, ReceiptRoll::Mm58, false);
    SETIA_REQUIRE_OK(plain);
    CHECK_FALSE(plain->join(QLatin1Char('\n')).contains(QStringLiteral("Member")));
    CHECK(backend->receipts().saleReceipt(999, ReceiptRoll::Mm58, false).error().kind() ==
          Error::Kind::NotFound);

    // A credit sale, then a payment towards it: the kwitansi says what is still owed.
    auto draft = backend->sales().amountSale(ani->id, 500'000, PaymentKind::Credit);
    REQUIRE(draft.ok());
    REQUIRE(backend->sales().record(*draft, SaleService::CreditLimitCheck::Override).ok());
    Payment payment;
    payment.customerId = ani->id;
    payment.paidOn = temp.clock().today();
    payment.amount = 200'000;
    payment.method = QStringLiteral("tunai");
    auto paid = backend->payments().record(payment);
    SETIA_REQUIRE_OK(paid);
    auto kwitansi = backend->receipts().paymentReceipt(*paid, ReceiptRoll::Mm58);
    SETIA_REQUIRE_OK(kwitansi);
    const QString text = kwitansi->join(QLatin1Char(' ')).simplified();
    CHECK(text.contains(QStringLiteral("dua ratus ribu rupiah")));
    CHECK(text.contains(QStringLiteral("Still owed Rp300.000")));
}
