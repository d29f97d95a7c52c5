#include "reports/CardPages.h"

#include "reports/PdfFile.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace setia {

Result<QImage>
CardPages::image(const QSizeF& cardMm, int dpi,
                 const std::function<Status(QPainter&, const QRectF&, double)>& paint)
{
    const double dotsPerMm = dpi / 25.4;
    QImage image(qRound(cardMm.width() * dotsPerMm), qRound(cardMm.height() * dotsPerMm),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    if (Status drawn = paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), dotsPerMm);
        !drawn)
        return drawn.error();
    return image;
}

Status CardPages::render(QPagedPaintDevice& device, qsizetype count, const Grid& grid,
                         const PaintCard& paintCard, const PaintPage& paintPage,
                         const PageProgress& progress)
{
    QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    a4.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(a4);
    const double dotsPerMm = device.logicalDpiX() / 25.4;
    const qsizetype perPage = qsizetype(grid.columns) * grid.rows;
    const int pages = int((count + perPage - 1) / perPage);
    const auto stopped = [] {
        return Error(Error::Kind::Cancelled, tr("Stopped: nothing was printed or saved."));
    };
    QPainter painter;
    if (!painter.begin(&device))
        return Error(Error::Kind::Io, tr("The printer or the file could not be started. Check "
                                         "the printer, then try again."));
    if (progress && !progress(0, pages))
        return stopped();
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0 && i % perPage == 0 && !device.newPage())
            return Error(Error::Kind::Io, tr("The printer stopped after page %1. Check the "
                                             "printer, then print again.")
                                              .arg(i / perPage));
        const qsizetype slot = i % perPage;
        const double x = grid.topLeftMm.x() + double(slot % grid.columns) * grid.cardMm.width();
        const double y = grid.topLeftMm.y() + double(slot / grid.columns) * grid.cardMm.height();
        const QRectF card(x * dotsPerMm, y * dotsPerMm, grid.cardMm.width() * dotsPerMm,
                          grid.cardMm.height() * dotsPerMm);
        if (Status drawn = paintCard(painter, card, dotsPerMm, i); !drawn)
            return drawn;
        if (slot == perPage - 1 || i == count - 1) {
            if (paintPage)
                paintPage(painter, dotsPerMm);
            if (progress && !progress(int(i / perPage) + 1, pages))
                return stopped();
        }
    }
    if (!painter.end())
        return Error(Error::Kind::Io, tr("The document could not be finished. Try again."));
    return {};
}

Status CardPages::writePdf(const QString& title, const QString& path,
                           const std::function<Status(QPagedPaintDevice&)>& render)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Setia"));
        if (Status rendered = render(writer); !rendered)
            return rendered;
    }
    return pdfFile::save(pdf, path);
}

} // namespace setia
