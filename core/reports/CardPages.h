#pragma once

#include "common/Result.h"
#include "reports/PageProgress.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSizeF>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace setia {

// Cards cut from A4 sheets (member cards, survey cards): one card as an image, every card
// laid out in a grid page after page, and the pages as a PDF. What a card and a page's marks
// look like is the caller's.
class CardPages
{
    Q_DECLARE_TR_FUNCTIONS(CardPages)

public:
    // Paints one card into its rectangle, in device pixels of a device with `dotsPerMm`.
    using PaintCard =
        std::function<Status(QPainter&, const QRectF& card, double dotsPerMm, qsizetype index)>;
    // Paints what a page needs around its cards (cut marks), once its cards are painted.
    using PaintPage = std::function<void(QPainter&, double dotsPerMm)>;

    struct Grid
    {
        QSizeF cardMm; // one card
        int columns = 1;
        int rows = 1;
        QPointF topLeftMm; // of the first card on the A4 page
    };

    // One card of `cardMm` at `dpi`.
    static Result<QImage>
    image(const QSizeF& cardMm, int dpi,
          const std::function<Status(QPainter&, const QRectF&, double)>& paint);
    // `count` cards on A4 pages (portrait, no margins) of `device`, nothing painted on it yet.
    static Status render(QPagedPaintDevice& device, qsizetype count, const Grid& grid,
                         const PaintCard& paintCard, const PaintPage& paintPage,
                         const PageProgress& progress);
    // What `render` paints onto a PDF writer, saved at `path` whole or not at all.
    static Status writePdf(const QString& title, const QString& path,
                           const std::function<Status(QPagedPaintDevice&)>& render);
};

} // namespace setia
