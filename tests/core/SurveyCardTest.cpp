// Paper survey cards (SPEC §14): A6, four to an A4 page, each member's code as a barcode that
// scans back, the two questions and their boxes; an anonymous card has no code.
#include "reports/SurveyCardSheet.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <ZXing/ReadBarcode.h>
#include <set>

using namespace setia;
using namespace setia::test;

namespace {

std::set<std::string> scan(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    // Debian's zxing 1.4.0 asserts when a 1-D code is found again in its downscaled pass.
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::Code128)
                           .setTryHarder(true)
                           .setTryDownscale(false);
    std::set<std::string> found;
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints))
        found.insert(result.text());
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

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("A survey card is A6 and its member code scans back", "[surveys][cards]")
{
    const SurveyCardSheet sheet(BusinessProfile{QStringLiteral("Kopi Kenangan Senja"), {}, {}});
    auto card = sheet.cardImage(member(42, QStringLiteral("Ani Lestari")), 300);
    REQUIRE(card.ok());
    CHECK(card->width() == 1240);  // 105 mm at 300 dpi
    CHECK(card->height() == 1748); // 148 mm
    CHECK(scan(*card) == std::set<std::string>{"M000042"});
    auto anonymous = sheet.cardImage(Customer{}, 300);
    REQUIRE(anonymous.ok());
    CHECK(scan(*anonymous).empty());
}

TEST_CASE("Survey cards print four to an A4 page and scan back from the PDF to their members",
          "[surveys][cards]")
{
    TempDatabase temp;
    const SurveyCardSheet sheet(BusinessProfile{QStringLiteral("Toko Setia Jaya"), {}, {}});
    QList<Customer> members;
    for (int i = 1; i <= 6; ++i)
        members.append(member(100 + i, QStringLiteral("Pelanggan %1").arg(i)));
    const QString pdf = temp.path(QStringLiteral("survei.pdf"));
    SETIA_REQUIRE_OK(sheet.writePdf(members, pdf));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))));
    CHECK(info.contains(QStringLiteral("pts (A4)")));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("recommend Toko Setia Jaya")));
    CHECK(text.contains(QStringLiteral("visit today"))); // "satisfied" has a ligature

    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), pdf,
         temp.path(QStringLiteral("page"))});
    std::set<std::string> found;
    for (int page = 1; page <= 2; ++page) {
        QImage image(temp.path(QStringLiteral("page-%1.png").arg(page)));
        REQUIRE_FALSE(image.isNull());
        for (const std::string& code : scan(image))
            found.insert(code);
    }
    CHECK(found ==
          std::set<std::string>{"M000101", "M000102", "M000103", "M000104", "M000105", "M000106"});
    CHECK_FALSE(sheet.writePdf({}, pdf).ok());
}
