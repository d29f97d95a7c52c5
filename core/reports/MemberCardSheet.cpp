#include "reports/MemberCardSheet.h"

#include "reports/Barcode.h"
#include "reports/PdfFile.h"
#include "reports/PrintFont.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace setia {
namespace {

constexpr int columns = 2;
constexpr int rows = 5;
constexpr double cutMarkMm = 5.0;
const QColor teal(0x0f, 0x76, 0x6e);

} // namespace

MemberCardSheet::MemberCardSheet(BusinessProfile business)
    : m_business(std::move(business))
{}

Status MemberCardSheet::paintCard(QPainter& painter, const QRectF& card, double dotsPerMm,
                                  const Customer& member) const
{
    auto line = Barcode::encode(Barcode::Kind::Code128, member.code);
    if (!line)
        return line.error();
    auto square = Barcode::encode(Barcode::Kind::QrCode, member.code);
    if (!square)
        return square.error();
    const auto mm = [dotsPerMm](double millimetres) { return millimetres * dotsPerMm; };
    const auto at = [&](double x, double y, double w, double h) {
        return QRectF(card.x() + mm(x), card.y() + mm(y), mm(w), mm(h));
    };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false); // crisp modules
    painter.fillRect(card, Qt::white);
    painter.fillRect(at(0, 0, cardWidthMm, 11), teal);
    painter.setPen(Qt::white);
    painter.setFont(printFont(9, true));
    const QString business = m_business.name.isEmpty() ? QStringLiteral("Setia") : m_business.name;
    painter.drawText(at(4, 0, 56, 11), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(business, Qt::ElideRight, mm(56)));
    painter.setFont(printFont(5.5, true));
    painter.drawText(at(58, 0, 24, 11), Qt::AlignRight | Qt::AlignVCenter, tr("MEMBER CARD"));

    painter.setPen(Qt::black);
    painter.setFont(printFont(10, true));
    painter.drawText(at(4, 13, 54, 7), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(member.name, Qt::ElideRight, mm(54)));
    painter.setFont(printFont(8));
    painter.drawText(at(4, 20, 54, 5), Qt::AlignLeft | Qt::AlignVCenter, member.code);
    line->paint(painter, at(3, 27, 54, 15));
    square->paint(painter, at(61, 15, 21, 21));
    if (!m_business.phone.isEmpty()) {
        painter.setFont(printFont(5.5));
        painter.setPen(QColor(0x47, 0x55, 0x69));
        painter.drawText(at(4, 45, 78, 6), Qt::AlignLeft | Qt::AlignVCenter, m_business.phone);
    }
    painter.restore();
    return {};
}

Result<QImage> MemberCardSheet::cardImage(const Customer& member, int dpi) const
{
    const double dotsPerMm = dpi / 25.4;
    QImage image(qRound(cardWidthMm * dotsPerMm), qRound(cardHeightMm * dotsPerMm),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    if (Status drawn =
            paintCard(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), dotsPerMm, member);
        !drawn)
        return drawn.error();
    return image;
}

Status MemberCardSheet::render(QPagedPaintDevice& device, const QList<Customer>& members,
                               const PageProgress& progress) const
{
    if (members.isEmpty())
        return Error(Error::Kind::Validation, tr("Choose at least one member to print."));
    QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    a4.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(a4);
    const double dotsPerMm = device.logicalDpiX() / 25.4;
    const QSizeF page(210, 297);
    const double left = (page.width() - columns * cardWidthMm) / 2;
    const double top = (page.height() - rows * cardHeightMm) / 2;
    const qsizetype perPage = columns * rows;
    const int pages = int((members.size() + perPage - 1) / perPage);
    const auto stopped = [] {
        return Error(Error::Kind::Cancelled, tr("Stopped: nothing was printed or saved."));
    };

    QPainter painter;
    if (!painter.begin(&device))
        return Error(Error::Kind::Io, tr("The printer or the file could not be started. Check "
                                         "the printer, then try again."));
    if (progress && !progress(0, pages))
        return stopped();
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0 && i % perPage == 0 && !device.newPage())
            return Error(Error::Kind::Io, tr("The printer stopped after page %1. Check the "
                                             "printer, then print again.")
                                              .arg(i / perPage));
        const qsizetype slot = i % perPage;
        const double x = left + double(slot % columns) * cardWidthMm;
        const double y = top + double(slot / columns) * cardHeightMm;
        const QRectF card(x * dotsPerMm, y * dotsPerMm, cardWidthMm * dotsPerMm,
                          cardHeightMm * dotsPerMm);
        if (Status drawn = paintCard(painter, card, dotsPerMm, members.at(i)); !drawn)
            return drawn;
        if (slot == perPage - 1 || i == members.size() - 1) {
            // Cut marks in the margins, on every line between and around the cards.
            painter.setPen(QPen(Qt::black, 0.2 * dotsPerMm));
            for (int c = 0; c <= columns; ++c) {
                const double cx = (left + c * cardWidthMm) * dotsPerMm;
                painter.drawLine(QPointF(cx, (top - cutMarkMm - 1) * dotsPerMm),
                                 QPointF(cx, (top - 1) * dotsPerMm));
                const double bottom = top + rows * cardHeightMm;
                painter.drawLine(QPointF(cx, (bottom + 1) * dotsPerMm),
                                 QPointF(cx, (bottom + cutMarkMm + 1) * dotsPerMm));
            }
            for (int r = 0; r <= rows; ++r) {
                const double cy = (top + r * cardHeightMm) * dotsPerMm;
                painter.drawLine(QPointF((left - cutMarkMm - 1) * dotsPerMm, cy),
                                 QPointF((left - 1) * dotsPerMm, cy));
                const double right = left + columns * cardWidthMm;
                painter.drawLine(QPointF((right + 1) * dotsPerMm, cy),
                                 QPointF((right + cutMarkMm + 1) * dotsPerMm, cy));
            }
            if (progress && !progress(int(i / perPage) + 1, pages))
                return stopped();
        }
    }
    if (!painter.end())
        return Error(Error::Kind::Io, tr("The document could not be finished. Try again."));
    return {};
}

Status MemberCardSheet::writePdf(const QList<Customer>& members, const QString& path,
                                 const PageProgress& progress) const
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(tr("Member cards"));
        writer.setCreator(QStringLiteral("Setia"));
        if (Status rendered = render(writer, members, progress); !rendered)
            return rendered;
    }
    return pdfFile::save(pdf, path);
}

} // namespace setia
