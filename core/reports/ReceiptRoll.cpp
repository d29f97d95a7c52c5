#include "reports/ReceiptRoll.h"

#include "reports/PdfFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace setia::receiptRoll {
namespace {

constexpr int resolution = 203; // the dots per inch of thermal receipt printers
constexpr double topMm = 3;
constexpr double bottomMm = 12; // room to tear the paper off below the last line

QFont rollFont()
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(7);
    return font;
}

} // namespace

double paperWidthMm(ReceiptRoll roll)
{
    return roll == ReceiptRoll::Mm80 ? 80 : 58;
}

double printWidthMm(ReceiptRoll roll)
{
    return roll == ReceiptRoll::Mm80 ? 72 : 48;
}

int columns(ReceiptRoll roll)
{
    return roll == ReceiptRoll::Mm80 ? 48 : 32;
}

std::optional<ReceiptRoll> fromMillimetres(int millimetres)
{
    if (millimetres == 58)
        return ReceiptRoll::Mm58;
    if (millimetres == 80)
        return ReceiptRoll::Mm80;
    return std::nullopt;
}

int millimetres(ReceiptRoll roll)
{
    return roll == ReceiptRoll::Mm80 ? 80 : 58;
}

Status print(const QStringList& lines, ReceiptRoll roll, QPagedPaintDevice& device)
{
    const double dotsPerMm = device.logicalDpiX() / 25.4;
    const double width = printWidthMm(roll);
    const double margin = (paperWidthMm(roll) - width) / 2;
    // The font's size that makes `columns` characters exactly the print width.
    QFont font = rollFont();
    {
        const QFontMetricsF metrics(font, &device);
        const double advance = metrics.horizontalAdvance(QString(columns(roll), QLatin1Char('M')));
        font.setPointSizeF(font.pointSizeF() * width * dotsPerMm / advance);
    }
    const QFontMetricsF metrics(font, &device);
    const double line = metrics.lineSpacing() / dotsPerMm;
    const double length = topMm + line * double(lines.size()) + bottomMm;
    if (!device.setPageLayout(
            QPageLayout(QPageSize(QSizeF(paperWidthMm(roll), length), QPageSize::Millimeter,
                                  QCoreApplication::translate("ReceiptRoll", "Receipt roll"),
                                  QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0))))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate(
                         "ReceiptRoll", "The printer does not take a page of %1 × %2 mm. Choose "
                                        "the receipt printer and its roll in Settings.")
                         .arg(paperWidthMm(roll))
                         .arg(qRound(length)));
    QPainter painter;
    if (!painter.begin(&device))
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("ReceiptRoll",
                                                 "The receipt could not be printed: the printer "
                                                 "or the file is not ready. Check it and try "
                                                 "again."));
    painter.setFont(font);
    painter.setPen(Qt::black);
    double y = topMm;
    for (const QString& text : lines) {
        painter.drawText(QPointF(margin * dotsPerMm, y * dotsPerMm + metrics.ascent()), text);
        y += line;
    }
    if (!painter.end())
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("ReceiptRoll",
                                                 "The receipt could not be printed completely. "
                                                 "Check the printer and print it again."));
    return {};
}

Status writePdf(const QStringList& lines, ReceiptRoll roll, const QString& title,
                const QString& path)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Setia"));
        if (Status printed = print(lines, roll, writer); !printed)
            return printed;
    }
    return pdfFile::save(pdf, path);
}

} // namespace setia::receiptRoll
