// A receipt printed through a real CUPS queue: Setia-Test, Debian's cups-pdf, which writes
// what the printer receives as a PDF in ~/PDF (the README's test command starts it, with
// .ci/printer.sh). cups-pdf re-renders the text with fonts of its own whose glyphs read back
// as other characters, so what is checked is the page (the roll's width, the receipt's own
// length) and its lines of text (docs/receipt-cups.png shows one as printed). Member cards
// go through it too, on A4, and the day's work list of Hari ini.
#include "ScriptedPrompter.h"
#include "agenda/AgendaModel.h"
#include "agenda/TodayView.h"
#include "customers/CustomersView.h"
#include "gui/ViewWiring.h"
#include "printing/ReceiptPrinter.h"
#include "reports/MemberSlip.h"
#include "reports/TicketReceipt.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/PaymentService.h"
#include "services/ReceiptService.h"
#include "services/SettingsService.h"
#include "services/TicketService.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <catch2/catch.hpp>

#include <cmath>
#include <pwd.h>
#include <unistd.h>

using namespace setia;
using namespace setia::test;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30'000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF cups-pdf wrote for the job `title`, once complete (up to 30 s); empty if none came.
QString printedFile(const QString& title)
{
    // cups-pdf writes to the home folder the user database names (not $HOME), PDF/ in it.
    const passwd* user = getpwuid(getuid());
    const QDir out(QDir(user ? QString::fromLocal8Bit(user->pw_dir) : QDir::homePath())
                       .filePath(QStringLiteral("PDF")));
    for (int wait = 0; wait < 300; ++wait) {
        const QFileInfoList found =
            out.entryInfoList({title + QStringLiteral("*.pdf")}, QDir::Files, QDir::Time);
        if (!found.isEmpty() && run(QStringLiteral("pdfinfo"), {found.first().filePath()})
                                    .contains(QStringLiteral("Page size")))
            return found.first().filePath();
        QThread::msleep(100);
    }
    return {};
}

// The lines of printed text, without blank ones and spaces.
QStringList inked(const QStringList& lines)
{
    QStringList out;
    for (QString line : lines) {
        line = line.simplified().remove(QLatin1Char(' ')); // a page ends in a form feed
        if (!line.isEmpty())
            out.append(line);
    }
    return out;
}

} // namespace

TEST_CASE("A receipt printed through a CUPS queue comes out on the roll, line for line",
          "[ui][receipt][print][cups]")
{
    const QString queue = QStringLiteral("Setia-Test");
    INFO("The queue Setia-Test is made by .ci/printer.sh (the README's test command runs it).");
    REQUIRE_FALSE(QPrinterInfo::printerInfo(queue).isNull());

    TempDatabase temp;
    auto backend = temp.openFresh();
    REQUIRE(backend->settings()
                .setBusinessProfile({QStringLiteral("Kedai Kopi Setia"),
                                     QStringLiteral("Jl. Malioboro No. 12, Yogyakarta"),
                                     QStringLiteral("0274-555-123")})
                .ok());
    auto ani = backend->customers().create(
        customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-2222")));
    REQUIRE(ani.ok());
    auto bought = backend->counter().purchase(CounterPurchase{ani->id, 125'000, 0});
    SETIA_REQUIRE_OK(bought);
    auto lines = backend->receipts().saleReceipt(bought->sale.id, ReceiptRoll::Mm58, false);
    SETIA_REQUIRE_OK(lines);

    const QString title = QStringLiteral("SetiaTest%1").arg(QDateTime::currentMSecsSinceEpoch());
    SETIA_REQUIRE_OK(ReceiptPrinter::print(*lines, {queue, ReceiptRoll::Mm58, false}, title));

    const QString pdf = printedFile(title);
    REQUIRE_FALSE(pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("Pages:           1")));
    CHECK(info.contains(QStringLiteral("Page size:       164 x"))); // 58 mm

    // The page is as long as the same print into QPrinter's own PDF output, and holds as
    // many lines of text.
    const QString own = temp.path(QStringLiteral("own.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(own);
        SETIA_REQUIRE_OK(ReceiptPrinter::print(*lines, ReceiptRoll::Mm58, title, printer));
    }
    // The page's height in points (CUPS rounds it to a whole point).
    const auto pageHeight = [](const QString& text) {
        static const QRegularExpression size(QStringLiteral("Page size: +([0-9.]+) x ([0-9.]+)"));
        return size.match(text).captured(2).toDouble();
    };
    const double height = pageHeight(run(QStringLiteral("pdfinfo"), {own}));
    CHECK(height > 100);
    CHECK(std::abs(pageHeight(info) - height) <= 1.5);
    const QStringList printed = inked(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\n')));
    CHECK(printed.size() == inked(*lines).size());
    QFile::remove(pdf);
}

TEST_CASE("A member's points slip prints through the CUPS queue on the roll", "[ui][print][cups]")
{
    const QString queue = QStringLiteral("Setia-Test");
    REQUIRE_FALSE(QPrinterInfo::printerInfo(queue).isNull());
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto ani = backend->customers().create(
        customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-2222")));
    REQUIRE(ani.ok());
    const QString title = QStringLiteral("SetiaSlip%1").arg(QDateTime::currentMSecsSinceEpoch());
    auto member = backend->counter().member(ani->id);
    SETIA_REQUIRE_OK(member);
    const MemberSlip slip(BusinessProfile{}, member->rules);
    SETIA_REQUIRE_OK(ReceiptPrinter::print(
        {queue, ReceiptRoll::Mm80, false}, title, [&](QPagedPaintDevice& device) {
            return slip.print(member->card.customer, member->loyalty, member->stamps,
                              ReceiptRoll::Mm80, QDateTime(QDate(2026, 11, 22), QTime(10, 0)),
                              device);
        }));
    const QString pdf = printedFile(title);
    REQUIRE_FALSE(pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("Pages:           1")));
    static const QRegularExpression size(QStringLiteral("Page size: +([0-9.]+) x"));
    const double width = size.match(info).captured(1).toDouble();
    CHECK(std::abs(width - 80 / 25.4 * 72) <= 1.5); // 80 mm
    QFile::remove(pdf);
}

TEST_CASE("Member cards print through the CUPS queue on A4, ten to a page", "[ui][print][cups]")
{
    const QString queue = QStringLiteral("Setia-Test");
    REQUIRE_FALSE(QPrinterInfo::printerInfo(queue).isNull());
    TempDatabase temp;
    auto backend = temp.openFresh();
    for (int i = 1; i <= 12; ++i)
        REQUIRE(backend->customers()
                    .create(customerDraft(QStringLiteral("Toko Kelontong %1").arg(i),
                                          QStringLiteral("0812-5555-%1").arg(1000 + i)))
                    .ok());
    ScriptedPrompter prompter;
    CustomersView view(ViewWiring(*backend, backend->clock()).customers(), prompter);
    const QString title = QStringLiteral("SetiaCards%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(queue);
        printer.setDocName(title);
        view.printMemberCards(printer);
    }
    CHECK(prompter.notices.isEmpty());
    const QString pdf = printedFile(title);
    REQUIRE_FALSE(pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("Pages:           2")));
    CHECK(info.contains(QStringLiteral("Page size:       595 x 842"))); // A4
    QFile::remove(pdf);
}

TEST_CASE("A kwitansi prints through the CUPS queue on A5 paper", "[ui][print][cups]")
{
    const QString queue = QStringLiteral("Setia-Test");
    REQUIRE_FALSE(QPrinterInfo::printerInfo(queue).isNull());
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto ani = backend->customers().create(
        customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-2222")));
    REQUIRE(ani.ok());
    Payment payment;
    payment.customerId = ani->id;
    payment.paidOn = QDate(2026, 11, 22);
    payment.amount = 50'000;
    auto saved = backend->payments().record(payment);
    SETIA_REQUIRE_OK(saved);
    const QString title = QStringLiteral("SetiaKw%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(queue);
        printer.setDocName(title);
        SETIA_REQUIRE_OK(backend->receipts().paintKwitansiA5(*saved, printer));
    }
    const QString pdf = printedFile(title);
    REQUIRE_FALSE(pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("Pages:           1")));
    // A5, its long side across: CUPS hands it to the printer as a portrait page turned.
    CHECK(info.contains(QStringLiteral("Page size:       421 x 595 pts (A5)")));
    QFile::remove(pdf);
}

TEST_CASE("The day's work list prints through the CUPS queue on A4", "[ui][print][cups]")
{
    const QString queue = QStringLiteral("Setia-Test");
    REQUIRE_FALSE(QPrinterInfo::printerInfo(queue).isNull());
    TempDatabase temp;
    auto backend = temp.openFresh();
    for (int i = 1; i <= 60; ++i) {
        auto customer = backend->customers().create(
            customerDraft(QStringLiteral("Warung Langganan %1").arg(i),
                          QStringLiteral("0812-7777-%1").arg(1000 + i)));
        REQUIRE(customer.ok());
        FollowUp f;
        f.customerId = customer->id;
        f.due = QDate(2026, 11, 22).addDays(-(i % 4));
        f.task = QStringLiteral("Telepon, tawarkan stok baru");
        SETIA_REQUIRE_OK(backend->followUps().create(f));
    }
    ScriptedPrompter prompter;
    TodayView view(ViewWiring(*backend, backend->clock()).today(), prompter);
    REQUIRE(view.reload());
    REQUIRE(view.model()->rowCount() == 60);
    const QString title = QStringLiteral("SetiaAgenda%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(queue);
        printer.setDocName(title);
        REQUIRE(view.printList(printer));
    }
    CHECK(prompter.notices.isEmpty());
    const QString pdf = printedFile(title);
    REQUIRE_FALSE(pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("Page size:       595 x 842"))); // A4
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const int printed = pages.match(info).captured(1).toInt();
    CHECK(printed >= 2); // 60 rows do not fit one page
    CHECK(printed <= 4);
    QFile::remove(pdf);
}

TEST_CASE("A tanda terima keluhan prints through the CUPS queue on an 80 mm roll",
          "[ui][print][cups][complaints]")
{
    const QString queue = QStringLiteral("Setia-Test");
    REQUIRE_FALSE(QPrinterInfo::printerInfo(queue).isNull());
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto ani = backend->customers().create(
        customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-2222")));
    REQUIRE(ani.ok());
    Ticket t;
    t.customerId = ani->id;
    t.category = QStringLiteral("service");
    t.summary = QStringLiteral("Pesanan kopi datang dingin");
    auto opened = backend->tickets().open(t);
    SETIA_REQUIRE_OK(opened);
    auto lines = backend->tickets().receipt(opened->id, ReceiptRoll::Mm80);
    SETIA_REQUIRE_OK(lines);
    const QString title = QStringLiteral("SetiaKl%1").arg(QDateTime::currentMSecsSinceEpoch());
    SETIA_REQUIRE_OK(ReceiptPrinter::print(*lines, {queue, ReceiptRoll::Mm80, false}, title));
    const QString pdf = printedFile(title);
    REQUIRE_FALSE(pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("Pages:           1")));
    CHECK(info.contains(QStringLiteral("Page size:       226 x"))); // 80 mm, rounded down
    // As long as the same print into QPrinter's own PDF output, every line inked.
    const QString own = temp.path(QStringLiteral("own.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(own);
        SETIA_REQUIRE_OK(ReceiptPrinter::print(*lines, ReceiptRoll::Mm80, title, printer));
    }
    const auto pageHeight = [](const QString& text) {
        static const QRegularExpression size(QStringLiteral("Page size: +([0-9.]+) x ([0-9.]+)"));
        return size.match(text).captured(2).toDouble();
    };
    CHECK(std::abs(pageHeight(info) - pageHeight(run(QStringLiteral("pdfinfo"), {own}))) <= 1.5);
    const QStringList printed = inked(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\n')));
    CHECK(printed.size() == inked(*lines).size());
    const QString ownText = run(QStringLiteral("pdftotext"), {own, QStringLiteral("-")});
    CHECK(ownText.contains(opened->number));
    CHECK(ownText.contains(QStringLiteral("Pesanan kopi datang dingin")));
    QFile::remove(pdf);
}

TEST_CASE("A tanda terima keluhan prints through the CUPS queue on A5 paper",
          "[ui][print][cups][complaints]")
{
    const QString queue = QStringLiteral("Setia-Test");
    REQUIRE_FALSE(QPrinterInfo::printerInfo(queue).isNull());
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto ani = backend->customers().create(
        customerDraft(QStringLiteral("Ani Lestari"), QStringLiteral("0812-1111-2222")));
    REQUIRE(ani.ok());
    Ticket t;
    t.customerId = ani->id;
    t.category = QStringLiteral("product");
    t.summary = QStringLiteral("Kemasan sobek waktu dibuka");
    auto opened = backend->tickets().open(t);
    SETIA_REQUIRE_OK(opened);
    auto sheet = backend->tickets().receiptSheet(opened->id);
    SETIA_REQUIRE_OK(sheet);
    const QString title = QStringLiteral("SetiaKlA5%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPrinterName(queue);
        printer.setDocName(title);
        printer.setPageLayout(TicketReceipt::sheetLayout());
        SETIA_REQUIRE_OK(sheet->render(printer));
    }
    const QString pdf = printedFile(title);
    REQUIRE_FALSE(pdf.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("Pages:           1")));
    CHECK(info.contains(QStringLiteral("(A5)")));
    QFile::remove(pdf);
}
