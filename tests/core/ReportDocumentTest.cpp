// Printed documents as a user gets them: the PDF's paper size, what is on each page (read
// back with poppler's pdftotext and pdfinfo), and no half-written file when saving fails.
#include "reports/ReportDocument.h"

#include "reports/PaperSize.h"
#include "reports/ReportHtml.h"
#include "reports/ReportTable.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QPdfWriter>
#include <QPointF>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QSizeF>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace setia;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of every page, as laid out on paper.
QStringList pagesOf(const QString& pdf)
{
    QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pdfPageCount(const QString& pdf)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                                             QRegularExpression::MultilineOption)
                                              .match(run(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// The MediaBox of page `page`, in points.
QSizeF mediaBox(const QString& pdf, int page)
{
    const QString number = QString::number(page);
    const QString info =
        run(QStringLiteral("pdfinfo"), {QStringLiteral("-box"), QStringLiteral("-f"), number,
                                        QStringLiteral("-l"), number, pdf});
    const QRegularExpressionMatch match =
        QRegularExpression(
            QStringLiteral("MediaBox:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)"))
            .match(info);
    REQUIRE(match.hasMatch());
    return QSizeF(match.captured(3).toDouble() - match.captured(1).toDouble(),
                  match.captured(4).toDouble() - match.captured(2).toDouble());
}

// The right edge of the rightmost word on any page, in points.
double rightmostWord(const QString& pdf)
{
    const QString words =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    double rightmost = 0;
    const QRegularExpression xMax(QStringLiteral("xMax=\"([\\d.]+)\""));
    for (auto it = xMax.globalMatch(words); it.hasNext();)
        rightmost = std::max(rightmost, it.next().captured(1).toDouble());
    return rightmost;
}

// Every word's box on every page, in points, in reading order.
QList<QRectF> wordBoxes(const QString& pdf)
{
    const QString words =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QList<QRectF> boxes;
    const QRegularExpression word(QStringLiteral(
        "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\""));
    for (auto it = word.globalMatch(words); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        boxes.append(QRectF(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                            QPointF(match.captured(3).toDouble(), match.captured(4).toDouble())));
    }
    return boxes;
}

BusinessProfile shop()
{
    return BusinessProfile{QStringLiteral("Toko Sumber Rejeki"),
                           QStringLiteral("Jl. Pasar Baru No. 12\nBandung 40181"),
                           QStringLiteral("0812-3456-7890")};
}

ReportDocument shortDocument()
{
    ReportDocument document(shop(), QStringLiteral("Daftar Pelanggan"),
                            test::FixedClock::defaultNow());
    ReportTable table({{QStringLiteral("Kode"), 20}, {QStringLiteral("Nama"), 80}});
    table.addRow({QStringLiteral("M000001"), QStringLiteral("Budi Santoso")});
    document.setBodyHtml(table.toHtml());
    return document;
}

QString code(int row)
{
    return QStringLiteral("M%1").arg(row, 6, 10, QLatin1Char('0'));
}

constexpr int longNameRow = 37;
constexpr int longTokenRow = 58;
const QString longName = QStringLiteral(
    "Koperasi Serba Usaha Karya Mandiri Sejahtera Bersama Kabupaten Bandung Barat Jawa Barat");
const QString longToken =
    QStringLiteral("pemesanan.grosir.sumberrejeki.cabang.lembang@contohperusahaan.co.id");

// A customer list long enough for several pages; some rows are three lines tall, which is
// where a table row would be split between pages.
ReportDocument longDocument(int rows)
{
    ReportDocument document(shop(), QStringLiteral("Daftar Pelanggan"),
                            test::FixedClock::defaultNow());
    document.setParameters(QStringLiteral("Per 22/11/2026 · Salesperson: Andi"));
    ReportTable table({{QStringLiteral("Kode"), 12},
                       {QStringLiteral("Nama Pelanggan"), 30},
                       {QStringLiteral("Saran Pesanan"), 22},
                       {QStringLiteral("Saldo Piutang"), 14, ReportTable::Align::Right},
                       {QStringLiteral("Surel"), 22}});
    for (int row = 1; row <= rows; ++row) {
        const QString name =
            row == longNameRow ? longName : QStringLiteral("Pelanggan Nomor %1").arg(row);
        QString items = QStringLiteral("Barang-%1-a").arg(row);
        if (row % 4 == 0)
            items += QStringLiteral("\nBarang-%1-b\nBarang-%1-c").arg(row);
        table.addRow({code(row), name, items, QStringLiteral("Rp%1.500").arg(row),
                      row == longTokenRow ? longToken : QString()});
    }
    document.setBodyHtml(reporthtml::heading(QStringLiteral("Wilayah Bandung")) + table.toHtml());
    return document;
}

} // namespace

TEST_CASE("Paper ids and sizes: F4 is 215 x 330 mm, not Qt's Folio", "[reports]")
{
    CHECK(paper::parse(QStringLiteral("a4")) == Paper::A4);
    CHECK(paper::parse(QStringLiteral(" F4 ")) == Paper::F4);
    CHECK(paper::parse(QStringLiteral("Letter")) == Paper::Letter);
    CHECK_FALSE(paper::parse(QStringLiteral("folio")).has_value());
    CHECK_FALSE(paper::parse(QString()).has_value());
    for (const Paper paper : paper::all())
        CHECK(paper::parse(paper::id(paper)) == paper);

    const QPageSize f4 = paper::pageSize(Paper::F4);
    CHECK(f4.definitionSize() == QSizeF(215, 330));
    CHECK(f4.definitionUnits() == QPageSize::Millimeter);
    CHECK(f4.name() == QStringLiteral("F4"));
    CHECK(f4.id() != QPageSize::Folio);
    CHECK(paper::pageSize(Paper::A4).id() == QPageSize::A4);
    CHECK(paper::pageSize(Paper::Letter).id() == QPageSize::Letter);

    CHECK(paper::parseOrientation(QStringLiteral("Landscape")) == QPageLayout::Landscape);
    CHECK(paper::parseOrientation(paper::orientationId(QPageLayout::Portrait)) ==
          QPageLayout::Portrait);
    CHECK_FALSE(paper::parseOrientation(QStringLiteral("sideways")).has_value());
}

TEST_CASE("A PDF has the exact paper size, and landscape swaps it", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReportDocument document = shortDocument();
    struct Expected
    {
        Paper paper;
        QPageLayout::Orientation orientation;
        double width;
        double height;
    };
    // 215 mm = 609.45 pt, 330 mm = 935.43 pt; A4 595.28 × 841.89 pt; Letter 612 × 792 pt.
    const Expected cases[] = {
        {Paper::F4, QPageLayout::Portrait, 609.45, 935.43},
        {Paper::F4, QPageLayout::Landscape, 935.43, 609.45},
        {Paper::A4, QPageLayout::Portrait, 595.28, 841.89},
        {Paper::A4, QPageLayout::Landscape, 841.89, 595.28},
        {Paper::Letter, QPageLayout::Portrait, 612.0, 792.0},
    };
    for (const Expected& expected : cases) {
        const QString path =
            dir.filePath(paper::id(expected.paper) + paper::orientationId(expected.orientation) +
                         QStringLiteral(".pdf"));
        SETIA_REQUIRE_OK(document.writePdf(path, expected.paper, expected.orientation));
        const QSizeF box = mediaBox(path, 1);
        INFO(path.toStdString());
        CHECK(box.width() == Approx(expected.width).margin(0.01));
        CHECK(box.height() == Approx(expected.height).margin(0.01));
    }
}

TEST_CASE("A long table: letterhead, every page numbered and headed, no row lost or split",
          "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    constexpr int rows = 160;
    const ReportDocument document = longDocument(rows);
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    SETIA_REQUIRE_OK(document.writePdf(path, Paper::A4, QPageLayout::Portrait));

    const int count = pdfPageCount(path);
    CHECK(count >= 4);
    CHECK(document.pageCount(Paper::A4, QPageLayout::Portrait) == count);
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() == count);

    const QString first = pages.first();
    CHECK(first.contains(QStringLiteral("Toko Sumber Rejeki")));
    CHECK(first.contains(QStringLiteral("Jl. Pasar Baru No. 12, Bandung 40181")));
    CHECK(first.contains(QStringLiteral("Phone 0812-3456-7890")));
    CHECK(first.contains(QStringLiteral("Daftar Pelanggan")));
    CHECK(first.contains(QStringLiteral("Per 22/11/2026 · Salesperson: Andi")));
    CHECK(first.contains(QStringLiteral("Wilayah Bandung")));

    QMap<QString, int> pageOfCode;
    const QRegularExpression codePattern(QStringLiteral("\\bM\\d{6}\\b"));
    for (int index = 0; index < count; ++index) {
        const QString& page = pages.at(index);
        INFO("page " << index + 1);
        CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(index + 1).arg(count)));
        CHECK(page.contains(QStringLiteral("Printed 22/11/2026 10:00")));
        // The table's header row on every page.
        CHECK(page.contains(QStringLiteral("Nama Pelanggan")));
        CHECK(page.contains(QStringLiteral("Saran Pesanan")));
        CHECK(page.contains(QStringLiteral("Saldo Piutang")));
        if (index > 0) {
            CHECK(page.contains(QStringLiteral("Toko Sumber Rejeki · Daftar Pelanggan")));
            CHECK_FALSE(page.contains(QStringLiteral("Jl. Pasar Baru")));
        }
        for (auto it = codePattern.globalMatch(page); it.hasNext();) {
            const QString found = it.next().captured();
            CHECK_FALSE(pageOfCode.contains(found));
            pageOfCode.insert(found, index);
        }
    }
    // Every row exactly once, and all of a row on one page.
    REQUIRE(pageOfCode.size() == rows);
    for (int row = 1; row <= rows; ++row) {
        INFO("row " << row);
        REQUIRE(pageOfCode.contains(code(row)));
        const QString& page = pages.at(pageOfCode.value(code(row)));
        CHECK(page.contains(QStringLiteral("Rp%1.500").arg(row)));
        CHECK(page.contains(QStringLiteral("Barang-%1-a").arg(row)));
        if (row % 4 == 0)
            CHECK(page.contains(QStringLiteral("Barang-%1-c").arg(row)));
    }

    // The long name wraps inside its column: every word is printed.
    const QString& nameRowPage = pages.at(pageOfCode.value(code(longNameRow)));
    for (const QString& word : longName.split(QLatin1Char(' ')))
        CHECK(nameRowPage.contains(word));
    // A word wider than its column is broken, not cut off: the pieces are all there, and no
    // text goes past the right margin (595.28 pt less 12 mm).
    QString withoutSpaces = pages.at(pageOfCode.value(code(longTokenRow)));
    withoutSpaces.remove(QRegularExpression(QStringLiteral("\\s+")));
    CHECK(withoutSpaces.contains(longToken));
    CHECK(rightmostWord(path) <= 595.28 - 12 / 25.4 * 72 + 0.5);
}

TEST_CASE("Saving a PDF reports every page, and stopping it leaves the earlier file", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReportDocument document = longDocument(160);
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QList<std::pair<int, int>> calls;
    SETIA_REQUIRE_OK(
        document.writePdf(path, Paper::A4, QPageLayout::Portrait, [&calls](int painted, int pages) {
            calls.append({painted, pages});
            return true;
        }));
    const int pages = pdfPageCount(path);
    REQUIRE(calls.size() == pages + 1);
    for (int i = 0; i <= pages; ++i)
        CHECK(calls.at(i) == std::pair<int, int>(i, pages));

    // Stopped on page 2: an Error of kind Cancelled, and the file saved before is untouched.
    const QByteArray before = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    const Status stopped = document.writePdf(path, Paper::A4, QPageLayout::Portrait,
                                             [](int painted, int) { return painted < 2; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().kind() == Error::Kind::Cancelled);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("long.pdf")});
}

TEST_CASE("A PDF written on a worker thread is the one written on the main thread", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReportDocument document = longDocument(120);
    const QString apart = dir.filePath(QStringLiteral("apart.pdf"));
    Status written = Error(Error::Kind::Io, QStringLiteral("not run"));
    std::unique_ptr<QThread> worker(QThread::create(
        [&] { written = document.writePdf(apart, Paper::A4, QPageLayout::Portrait); }));
    worker->start();
    REQUIRE(worker->wait(60'000));
    SETIA_REQUIRE_OK(written);
    const QString direct = dir.filePath(QStringLiteral("direct.pdf"));
    SETIA_REQUIRE_OK(document.writePdf(direct, Paper::A4, QPageLayout::Portrait));
    CHECK(pdfPageCount(apart) == pdfPageCount(direct));
    CHECK(pagesOf(apart) == pagesOf(direct));
}

TEST_CASE("A section heading can start a new page, a heading never ends one", "[reports]")
{
    ReportDocument document(shop(), QStringLiteral("Sasaran Penjualan Hari Ini"),
                            test::FixedClock::defaultNow());
    ReportTable andi({{QStringLiteral("Kode"), 30}, {QStringLiteral("Nama"), 70}});
    andi.addRow({code(1), QStringLiteral("Budi")});
    ReportTable rina({{QStringLiteral("Kode"), 30}, {QStringLiteral("Nama"), 70}});
    rina.addRow({code(2), QStringLiteral("Siti")});
    document.setBodyHtml(
        reporthtml::heading(QStringLiteral("Salesperson Andi")) + andi.toHtml() +
        reporthtml::heading(QStringLiteral("Salesperson Rina"), reporthtml::Break::NewPage) +
        rina.toHtml());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sections.pdf"));
    SETIA_REQUIRE_OK(document.writePdf(path, Paper::F4, QPageLayout::Landscape));
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() == 2);
    CHECK(pages.at(0).contains(QStringLiteral("Salesperson Andi")));
    CHECK_FALSE(pages.at(0).contains(QStringLiteral("Salesperson Rina")));
    CHECK(pages.at(1).contains(QStringLiteral("Salesperson Rina")));
    CHECK(pages.at(1).contains(code(2)));
    CHECK(pages.at(1).contains(QStringLiteral("Page 2 of 2")));
}

TEST_CASE("Any paged device gets the same pages in the same places", "[reports]")
{
    // A printer is not a 1200 dpi PDF: here a 300 dpi device that paints from the paper's
    // corner (full-page mode) and has its own, smaller margins.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReportDocument document = longDocument(90);
    const QString reference = dir.filePath(QStringLiteral("reference.pdf"));
    SETIA_REQUIRE_OK(document.writePdf(reference, Paper::A4, QPageLayout::Portrait));

    const QString other = dir.filePath(QStringLiteral("other.pdf"));
    {
        QPdfWriter writer(other);
        writer.setResolution(300);
        QPageLayout layout = ReportDocument::pageLayout(Paper::A4, QPageLayout::Portrait);
        layout.setMode(QPageLayout::FullPageMode);
        layout.setMargins(QMarginsF(5, 5, 5, 5));
        REQUIRE(writer.setPageLayout(layout));
        SETIA_REQUIRE_OK(document.render(writer));
    }
    REQUIRE(pdfPageCount(other) == pdfPageCount(reference));
    CHECK(pagesOf(other) == pagesOf(reference));
    // Same words at the same places and sizes (to a quarter of a point).
    const QList<QRectF> expected = wordBoxes(reference);
    const QList<QRectF> actual = wordBoxes(other);
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("word " << i);
        CHECK(actual.at(i).left() == Approx(expected.at(i).left()).margin(0.25));
        CHECK(actual.at(i).top() == Approx(expected.at(i).top()).margin(0.25));
        CHECK(actual.at(i).height() == Approx(expected.at(i).height()).margin(0.25));
    }
}

TEST_CASE("A row taller than a page is cut between lines, not through them", "[reports]")
{
    ReportDocument document(shop(), QStringLiteral("Catatan Kunjungan"),
                            test::FixedClock::defaultNow());
    QStringList lines;
    for (int line = 1; line <= 150; ++line)
        lines.append(QStringLiteral("Baris-%1").arg(line));
    ReportTable table({{QStringLiteral("Kode"), 20}, {QStringLiteral("Isi Catatan"), 80}});
    table.addRow({code(1), lines.join(QLatin1Char('\n'))});
    table.addRow({code(2), QStringLiteral("Sesudahnya")});
    document.setBodyHtml(table.toHtml());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tall.pdf"));
    SETIA_REQUIRE_OK(document.writePdf(path, Paper::A4, QPageLayout::Portrait));
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() >= 2);
    // Every line is printed, none is cut in half. Where the cell is cut, Qt's QTextLayout
    // also draws the last line above the next page's band (hidden by the clip, but in the
    // file): at most one line per cut is found twice.
    const QString text = pages.join(QLatin1Char('\n'));
    qsizetype twice = 0;
    for (const QString& line : lines) {
        INFO(line.toStdString());
        const qsizetype found =
            text.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(line)));
        CHECK(found >= 1);
        CHECK(found <= 2);
        twice += found - 1;
    }
    CHECK(twice <= pages.size() - 1);
    CHECK(text.contains(QStringLiteral("Sesudahnya")));
    // The header row is repeated on the page the row continues on.
    CHECK(pages.at(1).contains(QStringLiteral("Isi Catatan")));
}

TEST_CASE("Text is printed as written, markup and all, an empty body is one page", "[reports]")
{
    ReportDocument document(
        BusinessProfile{QStringLiteral("Toko <Baru> & Co"), QString(), QString()},
        QStringLiteral("Laporan \"A&B\""), test::FixedClock::defaultNow());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString empty = dir.filePath(QStringLiteral("empty.pdf"));
    SETIA_REQUIRE_OK(document.writePdf(empty, Paper::Letter, QPageLayout::Portrait));
    QStringList pages = pagesOf(empty);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first().contains(QStringLiteral("Toko <Baru> & Co")));
    CHECK(pages.first().contains(QStringLiteral("Laporan \"A&B\"")));
    CHECK(pages.first().contains(QStringLiteral("Page 1 of 1")));
    CHECK(document.pageCount(Paper::Letter, QPageLayout::Portrait) == 1);

    ReportTable table({{QStringLiteral("Nama <i>"), 100}});
    table.addRow({QStringLiteral("<b>Budi</b> & Siti\nbaris dua")});
    document.setBodyHtml(table.toHtml());
    const QString escaped = dir.filePath(QStringLiteral("escaped.pdf"));
    SETIA_REQUIRE_OK(document.writePdf(escaped, Paper::A4, QPageLayout::Portrait));
    pages = pagesOf(escaped);
    REQUIRE(pages.size() == 1);
    CHECK(pages.first().contains(QStringLiteral("Nama <i>")));
    CHECK(pages.first().contains(QStringLiteral("<b>Budi</b> & Siti")));
    CHECK(pages.first().contains(QStringLiteral("baris dua")));
}

TEST_CASE("Saving into a folder that does not exist fails and writes nothing", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("missing"));
    const QString path = folder + QStringLiteral("/report.pdf");
    const Status saved = shortDocument().writePdf(path, Paper::A4, QPageLayout::Portrait);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind() == Error::Kind::Io);
    CHECK(saved.error().message().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QDir(folder).exists());
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("A save that cannot replace its target says so and leaves nothing behind", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A folder where the file should go: no file can take its place.
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(QDir().mkdir(path));
    const Status saved = shortDocument().writePdf(path, Paper::A4, QPageLayout::Portrait);
    REQUIRE_FALSE(saved.ok());
    CHECK(QFileInfo(path).isDir());
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("report.pdf")});
}

// Not part of the normal run (it takes a second or two): `setia-core-tests "[reports]"`
// or "[timing]" runs it. The daily target sheet prints ~500 customers on ~40 pages.
TEST_CASE("A 40-page table renders well within 3 seconds", "[.][reports][timing]")
{
    ReportDocument document(shop(), QStringLiteral("Sasaran Penjualan Hari Ini"),
                            test::FixedClock::defaultNow());
    document.setParameters(QStringLiteral("Per 22/11/2026 · Salesperson: Andi"));
    ReportTable table({{QStringLiteral("Kode"), 7},
                       {QStringLiteral("Nama / Alamat"), 18},
                       {QStringLiteral("Telepon"), 9},
                       {QStringLiteral("Terakhir"), 9, ReportTable::Align::Right},
                       {QStringLiteral("Piutang"), 9, ReportTable::Align::Right},
                       {QStringLiteral("Saran"), 20},
                       {QStringLiteral("Nilai"), 9, ReportTable::Align::Right},
                       {QStringLiteral("Stok"), 5},
                       {QStringLiteral("Order"), 5},
                       {QStringLiteral("Bayar"), 5},
                       {QStringLiteral("Hasil"), 4}});
    for (int row = 1; row <= 500; ++row) {
        table.addRow({code(row),
                      QStringLiteral("Pelanggan Nomor %1\nJl. Melati No. %1, Cimahi").arg(row),
                      QStringLiteral("0812-3456-%1").arg(1000 + row),
                      QStringLiteral("14/11/2026\nRp1.250.000"), QStringLiteral("Rp350.000"),
                      QStringLiteral("Beras 5 kg × 4\nGula 1 kg × 10\nMinyak 2 L × 6"),
                      QStringLiteral("Rp2.140.000"), QString(), QString(), QString(), QString()});
    }
    QElapsedTimer timer;
    timer.start();
    const QString html = table.toHtml();
    document.setBodyHtml(html);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("targets.pdf"));
    SETIA_REQUIRE_OK(document.writePdf(path, Paper::A4, QPageLayout::Landscape));
    const qint64 elapsed = timer.elapsed();
    const int pages = pdfPageCount(path);
    WARN("500 rows on " << pages << " A4 landscape pages: " << elapsed << " ms");
    CHECK(pages >= 35);
    CHECK(elapsed < 3000);
}
