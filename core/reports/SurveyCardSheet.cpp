#include "reports/SurveyCardSheet.h"

#include "reports/Barcode.h"
#include "reports/CardPages.h"
#include "reports/PrintFont.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace setia {
namespace {

constexpr int columns = 2;
constexpr int rows = 2;
const QColor teal(0x0f, 0x76, 0x6e);
const QColor grey(0x47, 0x55, 0x69);

} // namespace

SurveyCardSheet::SurveyCardSheet(BusinessProfile business)
    : m_business(std::move(business))
{}

Status SurveyCardSheet::paintCard(QPainter& painter, const QRectF& card, double dotsPerMm,
                                  const Customer& member) const
{
    const auto mm = [dotsPerMm](double millimetres) { return millimetres * dotsPerMm; };
    const auto at = [&](double x, double y, double w, double h) {
        return QRectF(card.x() + mm(x), card.y() + mm(y), mm(w), mm(h));
    };
    const QString shop = m_business.name.isEmpty() ? QStringLiteral("Setia") : m_business.name;
    constexpr double margin = 8.0;
    constexpr double width = cardWidthMm - 2 * margin;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false); // crisp bars and boxes
    painter.fillRect(card, Qt::white);
    painter.fillRect(at(0, 0, cardWidthMm, 14), teal);
    painter.setPen(Qt::white);
    painter.setFont(printFont(11, true));
    painter.drawText(at(margin, 0, 62, 14), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(shop, Qt::ElideRight, mm(62)));
    painter.setFont(printFont(6.5, true));
    painter.drawText(at(70, 0, 27, 14), Qt::AlignRight | Qt::AlignVCenter, tr("SURVEY CARD"));

    painter.setPen(Qt::black);
    painter.setFont(printFont(10, true));
    const QString name = member.code.isEmpty() ? tr("Dear customer") : member.name;
    painter.drawText(at(margin, 17, width, 7), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(name, Qt::ElideRight, mm(width)));
    if (!member.code.isEmpty()) {
        auto line = Barcode::encode(Barcode::Kind::Code128, member.code);
        if (!line)
            return line.error();
        line->paint(painter, at(margin - 1, 25, 55, 13));
        painter.setFont(printFont(8));
        painter.drawText(at(66, 25, 31, 13), Qt::AlignRight | Qt::AlignVCenter, member.code);
    }

    const auto question = [&](double y, const QString& text) {
        painter.setPen(Qt::black);
        painter.setFont(printFont(8.5, true));
        painter.drawText(at(margin, y, width, 12), Qt::AlignLeft | Qt::TextWordWrap, text);
    };
    const auto boxes = [&](double y, int from, int to, const QString& low, const QString& high) {
        const int count = to - from + 1;
        const double box = std::min(8.0, width / count);
        const double left = margin + (width - box * count) / 2;
        painter.setFont(printFont(8));
        painter.setPen(QPen(Qt::black, mm(0.25)));
        for (int i = 0; i < count; ++i) {
            const QRectF square = at(left + i * box + 0.6, y, box - 1.2, box - 1.2);
            painter.drawRect(square);
            painter.drawText(square, Qt::AlignCenter, QString::number(from + i));
        }
        painter.setPen(grey);
        painter.setFont(printFont(6.5));
        // Under the first and the last box, however wide the row.
        const double span = std::max(box * count, 44.0);
        const double from0 = margin + (width - span) / 2;
        painter.drawText(at(from0, y + box, span / 2, 5), Qt::AlignLeft | Qt::AlignVCenter, low);
        painter.drawText(at(from0 + span / 2, y + box, span / 2, 5),
                         Qt::AlignRight | Qt::AlignVCenter, high);
    };
    question(
        43,
        tr("How likely are you to recommend %1 to a friend or family? Tick one box.").arg(shop));
    boxes(56, 0, 10, tr("not at all likely"), tr("extremely likely"));
    question(74, tr("How satisfied were you with your visit today?"));
    boxes(82, 1, 5, tr("very dissatisfied"), tr("very satisfied"));
    painter.setPen(Qt::black);
    painter.setFont(printFont(8.5, true));
    painter.drawText(at(margin, 99, width, 6), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("What could we do better?"));
    painter.setPen(QPen(grey, mm(0.2)));
    for (double y = 114; y <= 134; y += 9)
        painter.drawLine(QPointF(card.x() + mm(margin), card.y() + mm(y)),
                         QPointF(card.x() + mm(margin + width), card.y() + mm(y)));
    painter.setFont(printFont(7));
    painter.drawText(at(margin, 138, width, 6), Qt::AlignCenter,
                     tr("Thank you! Hand the card to the cashier."));
    painter.restore();
    return {};
}

Result<QImage> SurveyCardSheet::cardImage(const Customer& member, int dpi) const
{
    return CardPages::image(QSizeF(cardWidthMm, cardHeightMm), dpi,
                            [&](QPainter& painter, const QRectF& card, double dotsPerMm) {
                                return paintCard(painter, card, dotsPerMm, member);
                            });
}

Status SurveyCardSheet::render(QPagedPaintDevice& device, const QList<Customer>& members,
                               const PageProgress& progress) const
{
    if (members.isEmpty())
        return Error(Error::Kind::Validation, tr("Choose at least one customer to print for."));
    const auto paintCard = [&](QPainter& painter, const QRectF& card, double dotsPerMm,
                               qsizetype i) {
        return this->paintCard(painter, card, dotsPerMm, members.at(i));
    };
    // Where to cut: the middle of the page, both ways.
    const auto cutLines = [](QPainter& painter, double dotsPerMm) {
        painter.setPen(QPen(grey, 0.2 * dotsPerMm, Qt::DashLine));
        painter.drawLine(QPointF(cardWidthMm * dotsPerMm, 0),
                         QPointF(cardWidthMm * dotsPerMm, rows * cardHeightMm * dotsPerMm));
        painter.drawLine(QPointF(0, cardHeightMm * dotsPerMm),
                         QPointF(columns * cardWidthMm * dotsPerMm, cardHeightMm * dotsPerMm));
    };
    return CardPages::render(device, members.size(),
                             {QSizeF(cardWidthMm, cardHeightMm), columns, rows, QPointF(0, 0)},
                             paintCard, cutLines, progress);
}

Status SurveyCardSheet::writePdf(const QList<Customer>& members, const QString& path,
                                 const PageProgress& progress) const
{
    return CardPages::writePdf(tr("Survey cards"), path, [&](QPagedPaintDevice& device) {
        return render(device, members, progress);
    });
}

} // namespace setia
