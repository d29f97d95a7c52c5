// Member cards (issue: the counter): a rendered card scans back to its member code, as a
// Code 128 barcode and as a QR code, and a sheet of cards prints ten to an A4 page.
#include "reports/MemberCardSheet.h"
#include "reports/MemberSlip.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <ZXing/ReadBarcode.h>
#include <set>

using namespace setia;
using namespace setia::test;

namespace {

// Every code zxing finds in `image`, as "Format:text".
std::set<std::string> scan(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    // Debian's zxing 1.4.0 asserts when a 1-D code is found again in its downscaled pass.
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryDownscale(false);
    std::set<std::string> found;
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints))
        found.insert(std::string(ZXing::ToString(result.format())) + ":" + result.text());
    return found;
}

Customer member(int number, const QString& name)
{
    Customer c;
    c.id = number;
    c.code = QStringLiteral("M%1").arg(number, 6, 10, QLatin1Char('0'));
    c.name = name;
    return c;
}

} // namespace

TEST_CASE("A member card scans back to its code, as a barcode and as a QR code", "[cards]")
{
    const MemberCardSheet sheet(BusinessProfile{QStringLiteral("Kopi Kenangan Senja"),
                                                QStringLiteral("Jl. Braga 5, Bandung"),
                                                QStringLiteral("0812-1717-4545")});
    auto card = sheet.cardImage(member(123, QStringLiteral("Ani Lestari")), 300);
    REQUIRE(card.ok());
    CHECK(card->width() == 1011); // 85.6 mm at 300 dpi
    CHECK(card->height() == 638); // 54 mm
    CHECK(scan(*card) == std::set<std::string>{"Code128:M000123", "QRCode:M000123"});
}

TEST_CASE("Cards print ten to an A4 page with cut marks, and scan back from the PDF", "[cards]")
{
    TempDatabase temp;
    const MemberCardSheet sheet(BusinessProfile{QStringLiteral("Toko Setia Jaya"), {}, {}});
    QList<Customer> members;
    for (int i = 1; i <= 12; ++i)
        members.append(member(i, QStringLiteral("Pelanggan %1").arg(i)));
    const QString pdf = temp.path(QStringLiteral("kartu.pdf"));
    SETIA_REQUIRE_OK(sheet.writePdf(members, pdf));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30'000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    INFO(text.toStdString());
    CHECK(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))));
    CHECK(text.contains(QStringLiteral("pts (A4)")));

    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-f"),
                  QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                  QStringLiteral("-png"), pdf, temp.path(QStringLiteral("page"))});
    REQUIRE(render.waitForFinished(60'000));
    QImage page(temp.path(QStringLiteral("page-1.png")));
    REQUIRE_FALSE(page.isNull());
    const auto found = scan(page);
    for (int i = 1; i <= 10; ++i)
        CHECK(found.count("QRCode:" +
                          QStringLiteral("M%1").arg(i, 6, 10, QLatin1Char('0')).toStdString()) ==
              1);

    CHECK_FALSE(sheet.writePdf({}, pdf).ok());
    CHECK_FALSE(sheet.writePdf(members, temp.path(QStringLiteral("no/such/folder/k.pdf"))).ok());
}

TEST_CASE("A member slip fits a 58 or 80 mm roll, shows points and stamps and scans back",
          "[cards]")
{
    TempDatabase temp;
    LoyaltySettings rules;
    rules.expiryMonths = 12;
    const MemberSlip slip(BusinessProfile{QStringLiteral("Kopi Kenangan Senja"),
                                          {},
                                          QStringLiteral("0812-1717-4545")},
                          rules);
    const Customer ani = member(7, QStringLiteral("Ani Lestari"));
    LoyaltySummary loyalty;
    loyalty.points = 38;
    loyalty.tier = LoyaltyTier::Silver;
    StampCard kopi;
    kopi.name = QStringLiteral("Kopi Susu");
    kopi.stampsNeeded = 10;
    kopi.rewardName = QStringLiteral("Es Kopi Susu");
    StampCard roti = kopi;
    roti.name = QStringLiteral("Roti Bakar");
    roti.stampsNeeded = 6;
    const QList<StampStanding> stamps = {{kopi, 13}, {roti, 4}};
    for (const auto& [roll, width] :
         {std::pair{MemberSlip::Roll::Mm58, 164}, std::pair{MemberSlip::Roll::Mm80, 227}}) {
        const QString pdf = temp.path(QStringLiteral("slip-%1.pdf").arg(width));
        SETIA_REQUIRE_OK(slip.writePdf(ani, loyalty, stamps, roll,
                                       QDateTime(QDate(2026, 11, 22), QTime(10, 5)), pdf));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        REQUIRE(info.waitForFinished(30'000));
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        INFO(pages.toStdString());
        CHECK(pages.contains(QStringLiteral("Page size:       %1").arg(width)));

        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(30'000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(printed.contains(QStringLiteral("Ani Lestari")));
        CHECK(printed.contains(QStringLiteral("Points: 38")));
        CHECK(printed.contains(QStringLiteral("Rp19.000")));
        CHECK(printed.contains(QStringLiteral("Silver")));
        CHECK(printed.contains(QStringLiteral("12 months")));
        CHECK(printed.contains(QStringLiteral("Kopi Susu: 3 of 10 stamps")));
        CHECK(printed.contains(QStringLiteral("1 × Es Kopi Susu free")));
        CHECK(printed.contains(QStringLiteral("Roti Bakar: 4 of 6 stamps")));

        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), pdf,
                      temp.path(QStringLiteral("slip-%1").arg(width))});
        REQUIRE(render.waitForFinished(60'000));
        QImage page(temp.path(QStringLiteral("slip-%1-1.png").arg(width)));
        REQUIRE_FALSE(page.isNull());
        CHECK(scan(page).count("QRCode:M000007") == 1);
    }
}
