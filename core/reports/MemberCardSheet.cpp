#include "reports/MemberCardSheet.h"

#include "reports/Barcode.h"
#include "reports/CardPages.h"
#include "reports/PrintFont.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

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
    return CardPages::image(QSizeF(cardWidthMm, cardHeightMm), dpi,
                            [&](QPainter& painter, const QRectF& card, double dotsPerMm) {
                                return paintCard(painter, card, dotsPerMm, member);
                            });
}

Status MemberCardSheet::render(QPagedPaintDevice& device, const QList<Customer>& members,
                               const PageProgress& progress) const
{
    if (members.isEmpty())
        return Error(Error::Kind::Validation, tr("Choose at least one member to print."));
    const double left = (210 - columns * cardWidthMm) / 2;
    const double top = (297 - rows * cardHeightMm) / 2;
    const auto paintCard = [&](QPainter& painter, const QRectF& card, double dotsPerMm,
                               qsizetype i) {
        return this->paintCard(painter, card, dotsPerMm, members.at(i));
    };
    // Cut marks in the margins, on every line between and around the cards.
    const auto cutMarks = [&](QPainter& painter, double dotsPerMm) {
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
    };
    return CardPages::render(device, members.size(),
                             {QSizeF(cardWidthMm, cardHeightMm), columns, rows, QPointF(left, top)},
                             paintCard, cutMarks, progress);
}

Status MemberCardSheet::writePdf(const QList<Customer>& members, const QString& path,
                                 const PageProgress& progress) const
{
    return CardPages::writePdf(tr("Member cards"), path, [&](QPagedPaintDevice& device) {
        return render(device, members, progress);
    });
}

} // namespace setia
