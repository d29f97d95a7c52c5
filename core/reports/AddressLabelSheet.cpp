#include "reports/AddressLabelSheet.h"

#include "reports/CardPages.h"
#include "reports/PrintFont.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace setia {

void AddressLabelSheet::paintLabel(QPainter& painter, const QRectF& label, double dotsPerMm,
                                   const AddressLabel& address)
{
    const double pad = paddingMm * dotsPerMm;
    const QRectF inside = label.adjusted(pad, pad, -pad, -pad);
    painter.save();
    painter.setPen(Qt::black);
    double y = inside.top();
    const auto line = [&](const QString& text, const QFont& font) {
        painter.setFont(font);
        const QFontMetricsF metrics(painter.font());
        if (y + metrics.height() > inside.bottom() + 0.01)
            return;
        painter.drawText(QRectF(inside.left(), y, inside.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(text, Qt::ElideRight, inside.width()));
        y += metrics.height();
    };
    line(address.name, printFont(10, true));
    y += 0.8 * dotsPerMm;
    for (const QString& text : address.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        line(text.trimmed(), printFont(9));
    painter.restore();
}

Status AddressLabelSheet::render(QPagedPaintDevice& device, const QList<AddressLabel>& labels,
                                 const PageProgress& progress)
{
    if (labels.isEmpty())
        return Error(Error::Kind::Validation, tr("There is no address to print."));
    return CardPages::render(
        device, labels.size(),
        {QSizeF(labelWidthMm, labelHeightMm), columns, rows, QPointF(leftMm, topMm)},
        [&](QPainter& painter, const QRectF& label, double dotsPerMm, qsizetype i) {
            paintLabel(painter, label, dotsPerMm, labels.at(i));
            return Status();
        },
        [](QPainter&, double) {}, progress);
}

Status AddressLabelSheet::writePdf(const QList<AddressLabel>& labels, const QString& path,
                                   const PageProgress& progress)
{
    return CardPages::writePdf(tr("Address labels"), path, [&](QPagedPaintDevice& device) {
        return render(device, labels, progress);
    });
}

} // namespace setia
