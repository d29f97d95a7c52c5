// A campaign on paper (issue 17): address labels that land on a 3 × 7 sheet of 70 × 38,1 mm
// within 0,5 mm, and one letter per customer on the shop's letterhead — each read back from the
// PDF as a printer would get it.
#include "reports/AddressLabelSheet.h"
#include "reports/CampaignLetterSheet.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace setia;
using namespace setia::test;

namespace {

constexpr int dpi = 254; // 10 pixels per millimetre

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The ink (darker than mid grey) inside `cell`, in pixels; null when there is none.
QRect inkIn(const QImage& image, const QRect& cell)
{
    int left = INT_MAX, top = INT_MAX, right = -1, bottom = -1;
    for (int y = std::max(0, cell.top()); y <= std::min(image.height() - 1, cell.bottom()); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = std::max(0, cell.left()); x <= std::min(image.width() - 1, cell.right());
             ++x) {
            if (qGray(line[x]) >= 128)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

TEST_CASE("Address labels land on a 3 x 7 sheet of 70 x 38.1 mm within half a millimetre",
          "[campaign][paper]")
{
    TempDatabase temp;
    QList<AddressLabel> labels;
    for (int i = 1; i <= 23; ++i)
        labels.append({QStringLiteral("Bapak Harun %1").arg(i),
                       QStringLiteral("Jl. Kenanga No. %1 RT 03/RW 07 yang panjang sekali sampai "
                                      "tidak muat\nCempaka Putih, Jakarta Pusat")
                           .arg(i)});
    const QString pdf = temp.path(QStringLiteral("label.pdf"));
    SETIA_REQUIRE_OK(AddressLabelSheet::writePdf(labels, pdf));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))));
    CHECK(info.contains(QStringLiteral("pts (A4)")));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi),
                                     QStringLiteral("-png"), pdf, temp.path(QStringLiteral("p"))});
    const QImage page(temp.path(QStringLiteral("p-1.png")));
    REQUIRE_FALSE(page.isNull());
    CHECK(std::abs(page.width() - 2100) <= 1);
    CHECK(std::abs(page.height() - 2970) <= 1);

    // The sheet's own geometry, in tenths of a millimetre: columns at 0, 70, 140 mm; rows from
    // 15,15 mm every 38,1 mm. Each label's ink must sit inside its label, starting 4 mm in
    // from its left edge (± 0,5 mm) and under its top edge the same in every row.
    QList<int> firstInkTop;
    for (int row = 0; row < 7; ++row) {
        for (int column = 0; column < 3; ++column) {
            INFO("label " << row * 3 + column + 1);
            const double leftMm = column * 70.0;
            const double topMm = 15.15 + row * 38.1;
            const QRect cell(qRound(leftMm * 10), qRound(topMm * 10), 700, 381);
            const QRect ink = inkIn(page, cell);
            REQUIRE_FALSE(ink.isNull());
            // 4 mm padding, less the half millimetre a sheet may be off.
            CHECK(ink.left() >= cell.left() + 35);
            CHECK(ink.left() <= cell.left() + 45);
            CHECK(ink.right() <= cell.right() - 35);
            CHECK(ink.top() >= cell.top() + 35);
            CHECK(ink.bottom() <= cell.bottom() - 35);
            if (column == 0)
                firstInkTop.append(ink.top() - cell.top());
        }
    }
    // Every row starts its text at the same depth into its label: the pitch is 38,1 mm.
    for (int offset : firstInkTop)
        CHECK(std::abs(offset - firstInkTop.first()) <= 2);
    // Nothing between the labels' text areas strays across a label's edge.
    for (int column = 1; column < 3; ++column)
        CHECK(inkIn(page, QRect(column * 700 - 30, 0, 60, 2970)).isNull());
    // The second page holds labels 22 and 23 in its first row, nothing else.
    const QImage second(temp.path(QStringLiteral("p-2.png")));
    REQUIRE_FALSE(second.isNull());
    CHECK_FALSE(inkIn(second, QRect(0, 152, 700, 381)).isNull());
    CHECK_FALSE(inkIn(second, QRect(700, 152, 700, 381)).isNull());
    CHECK(inkIn(second, QRect(1400, 152, 700, 381)).isNull());
    CHECK(inkIn(second, QRect(0, 533, 2100, 2437)).isNull());
    CHECK_FALSE(AddressLabelSheet::writePdf({}, pdf).ok());
}

TEST_CASE("Campaign letters: one A4 page per customer on the letterhead", "[campaign][paper]")
{
    TempDatabase temp;
    const CampaignLetterSheet sheet(BusinessProfile{QStringLiteral("Toko Setia Jaya"),
                                                    QStringLiteral("Jl. Merdeka 17, Bogor"),
                                                    QStringLiteral("0251-123456")},
                                    QDate(2026, 12, 1));
    QList<CampaignLetter> letters;
    for (int i = 1; i <= 3; ++i)
        letters.append(
            {{QStringLiteral("Ibu Sari %1").arg(i),
              QStringLiteral("Jl. Anggrek %1\nBogor Tengah, Bogor").arg(i)},
             QStringLiteral("M%1").arg(i, 6, 10, QLatin1Char('0')),
             QStringLiteral("Halo Ibu Sari %1,\n\nKami rindu Anda. Tunjukkan surat ini di "
                            "kasir untuk kopi gratis sampai 15 Desember.")
                 .arg(i)});
    const QString pdf = temp.path(QStringLiteral("surat.pdf"));
    SETIA_REQUIRE_OK(sheet.writePdf(letters, pdf));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+3"))));
    CHECK(info.contains(QStringLiteral("pts (A4)")));
    const QString second = run(QStringLiteral("pdftotext"),
                               {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                QStringLiteral("2"), pdf, QStringLiteral("-")});
    for (const char* expected : {"Toko Setia Jaya", "Jl. Merdeka 17, Bogor", "0251-123456",
                                 "Ibu Sari 2", "Jl. Anggrek 2", "Kami rindu Anda", "M000002"})
        CHECK(second.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(second.contains(QStringLiteral("Ibu Sari 1")));
    CHECK_FALSE(sheet.writePdf({}, pdf).ok());
}
