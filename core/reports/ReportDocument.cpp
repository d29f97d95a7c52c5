#include "reports/ReportDocument.h"

#include "domain/DisplayFormat.h"
#include "reports/PdfFile.h"
#include "reports/ReportPaginator.h"
#include "reports/ReportTable.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace setia {
namespace {

// Text is laid out for this resolution on every device (it is QPdfWriter's own, so a PDF
// is painted without scaling); the painter scales it to the device's.
constexpr qreal layoutDpi = 1200.0;
constexpr qreal mmPerInch = 25.4;

// The page furniture, in mm: the footer (gap, rule, one line) at the foot of every page, the
// running header at the top of pages 2+, and the gap between the letterhead and the body.
constexpr qreal footerMm = 8.0;
constexpr qreal runningHeaderMm = 8.0;
constexpr qreal letterheadGapMm = 4.0;
constexpr qreal furniturePt = 7.5;
constexpr qreal bodyPt = 9.0;

// Qt's table rules are centred on a row's edge: a page's band reaches this far below its
// last edge so that the last rule is drawn whole (half a 1px rule, in layout units).
constexpr qreal ruleBleed = 7.0;

const QColor furnitureText(0x44, 0x44, 0x44);
const QColor furnitureRule(0x99, 0x99, 0x99);

QString bodyFamily()
{
    // fonts-dejavu-core: on every Debian desktop, and it has every glyph Indonesian needs.
    return QStringLiteral("DejaVu Sans");
}

QFont font(qreal points)
{
    QFont result(bodyFamily());
    result.setStyleHint(QFont::SansSerif);
    result.setPointSizeF(points);
    return result;
}

qreal layoutUnits(qreal mm)
{
    return mm / mmPerInch * layoutDpi;
}

// The part of the paper that is printed on, in mm from the paper's top-left corner.
QRectF printedArea(const QPageLayout& layout)
{
    const QRectF paper = layout.fullRect(QPageLayout::Millimeter);
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    return paper.marginsRemoved(QMarginsF(std::max(margins.left(), ReportDocument::marginMm),
                                          std::max(margins.top(), ReportDocument::marginMm),
                                          std::max(margins.right(), ReportDocument::marginMm),
                                          std::max(margins.bottom(), ReportDocument::marginMm)));
}

QString letterheadStyleSheet()
{
    return QStringLiteral(
        "p { margin-top: 0px; margin-bottom: 0px; }"
        "p.business { font-size: 13pt; font-weight: bold; }"
        "p.contact { font-size: 8pt; color: #444444; margin-top: 2px; }"
        "table.letterhead { border-collapse: collapse; margin-bottom: 8px; }"
        "table.letterhead td { padding: 0px 0px 6px 0px; border-bottom: 2px solid #333333; }"
        "p.title { font-size: 12pt; font-weight: bold; }"
        "p.parameters { font-size: 8.5pt; color: #444444; margin-top: 2px; }");
}

// One document laid out for one page layout: the letterhead and the body, both as endless
// pages at layoutDpi, and where the body's pages are cut.
struct LaidOut
{
    QImage reference{1, 1, QImage::Format_RGB32};
    QTextDocument letterhead;
    QTextDocument body;
    QRectF area; // printed area in layout units, from the paper's corner
    qreal bodyTopFirst = 0;
    qreal bodyTopOthers = 0;
    QList<PageContent> pages;
};

void prepare(QTextDocument& document, QPaintDevice& reference, qreal width,
             const QString& styleSheet, const QString& html)
{
    document.documentLayout()->setPaintDevice(&reference);
    document.setDefaultFont(font(bodyPt));
    QTextOption option = document.defaultTextOption();
    // A word wider than its column (a long e-mail address, a name without spaces) is broken
    // rather than pushing the table past the paper's edge.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    document.setDefaultTextOption(option);
    document.setDocumentMargin(0);
    document.setDefaultStyleSheet(styleSheet);
    document.setHtml(html);
    document.setTextWidth(width);
    (void)document.size(); // lays out everything now
}

QString letterheadHtml(const ReportDocument& report, const QString& phoneLine)
{
    const BusinessProfile& business = report.business();
    QStringList addressLines;
    const QStringList lines = business.address.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            addressLines.append(line.trimmed());
    }
    QStringList contact;
    if (!addressLines.isEmpty())
        contact.append(addressLines.join(QStringLiteral(", ")));
    if (!business.phone.trimmed().isEmpty())
        contact.append(phoneLine);

    QString html;
    if (!business.name.trimmed().isEmpty() || !contact.isEmpty()) {
        html += QStringLiteral("<table class=\"letterhead\" width=\"100%\" cellspacing=\"0\">"
                               "<tr><td>");
        if (!business.name.trimmed().isEmpty())
            html += QStringLiteral("<p class=\"business\">") +
                    ReportTable::escape(business.name.trimmed()) + QStringLiteral("</p>");
        if (!contact.isEmpty())
            html += QStringLiteral("<p class=\"contact\">") +
                    ReportTable::escape(contact.join(QStringLiteral(" · "))) +
                    QStringLiteral("</p>");
        html += QStringLiteral("</td></tr></table>");
    }
    html += QStringLiteral("<p class=\"title\">") + ReportTable::escape(report.title()) +
            QStringLiteral("</p>");
    if (!report.parameters().isEmpty())
        html += QStringLiteral("<p class=\"parameters\">") +
                ReportTable::escape(report.parameters()) + QStringLiteral("</p>");
    return html;
}

std::unique_ptr<LaidOut> layOut(const ReportDocument& report, const QPageLayout& pageLayout,
                                const QString& phoneLine)
{
    auto laid = std::make_unique<LaidOut>();
    const int dotsPerMeter = qRound(layoutDpi / mmPerInch * 1000.0);
    laid->reference.setDotsPerMeterX(dotsPerMeter);
    laid->reference.setDotsPerMeterY(dotsPerMeter);

    const QRectF areaMm = printedArea(pageLayout);
    laid->area = QRectF(layoutUnits(areaMm.left()), layoutUnits(areaMm.top()),
                        layoutUnits(areaMm.width()), layoutUnits(areaMm.height()));
    const qreal width = laid->area.width();
    prepare(laid->letterhead, laid->reference, width, letterheadStyleSheet(),
            letterheadHtml(report, phoneLine));
    prepare(laid->body, laid->reference, width, ReportDocument::styleSheet(), report.bodyHtml());

    const qreal bodyBottom = laid->area.bottom() - layoutUnits(footerMm);
    laid->bodyTopFirst =
        laid->area.top() + laid->letterhead.size().height() + layoutUnits(letterheadGapMm);
    laid->bodyTopOthers =
        laid->area.top() + (report.runningHeader() ? layoutUnits(runningHeaderMm) : 0.0);
    laid->pages = ReportPaginator::paginate(laid->body, bodyBottom - laid->bodyTopFirst,
                                            bodyBottom - laid->bodyTopOthers);
    return laid;
}

// Paints the band `slice` of `document` with its top-left at `at` (layout units).
void paintSlice(QPainter& painter, const QTextDocument& document, const PageSlice& slice,
                const QPointF& at)
{
    const qreal width = document.textWidth();
    painter.save();
    painter.translate(at.x(), at.y() - slice.top);
    // Some room to the sides for glyphs that overhang their advance.
    const QRectF clip(-layoutUnits(2), slice.top, width + layoutUnits(4),
                      slice.height() + ruleBleed);
    painter.setClipRect(clip);
    // The layout draws every line the clip touches; a line that only touches this band's
    // edge belongs to the next page. Drawn here it would be hidden by the clip but still be
    // in the file, and found twice by search and copy.
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(clip.left(), slice.top + 1, clip.width(), slice.height() - 2);
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

// Where the paper's corner is in the painter's coordinates: a painter starts at the
// margins, rounded to whole device pixels as the paint engine does, unless the device prints
// the full page.
QPointF paperCorner(const QPagedPaintDevice& device)
{
    const QPageLayout layout = device.pageLayout();
    if (layout.mode() == QPageLayout::FullPageMode)
        return {};
    return -QPointF(layout.paintRectPixels(device.logicalDpiX()).topLeft());
}

// One line of page furniture, laid out for layoutDpi like the body, so that it keeps its
// size and width under the painter's scaling on every device. (QPainter::drawText would set
// it for the device and round the font to whole device pixels.)
class FurnitureText
{
public:
    FurnitureText(const QString& text, const QFont& font, const QPaintDevice& reference)
        : m_layout(text, font, &reference)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        option.setUseDesignMetrics(true);
        m_layout.setTextOption(option);
        m_layout.beginLayout();
        QTextLine line = m_layout.createLine();
        if (line.isValid())
            line.setLineWidth(1e6);
        m_layout.endLayout();
    }

    qreal width() const
    {
        return m_layout.lineCount() > 0 ? m_layout.lineAt(0).naturalTextWidth() : 0.0;
    }
    void draw(QPainter& painter, const QPointF& topLeft) const { m_layout.draw(&painter, topLeft); }

private:
    QTextLayout m_layout;
};

struct Furniture
{
    QString runningLeft;
    QString runningRight;
    QString printed;
    QString pageOf;
};

// The running header and the footer, with the painter in layout units.
void paintFurniture(QPainter& painter, const LaidOut& laid, const Furniture& furniture)
{
    const QFont text(font(furniturePt), &laid.reference);
    const QFontMetricsF metrics(text, &laid.reference);
    const QRectF& area = laid.area;
    QPen rule(furnitureRule);
    rule.setWidthF(layoutUnits(0.5 * mmPerInch / 72.0)); // half a point
    painter.save();

    if (!furniture.runningLeft.isEmpty() || !furniture.runningRight.isEmpty()) {
        const qreal gap = layoutUnits(3);
        const qreal leftWidth =
            std::min(metrics.horizontalAdvance(furniture.runningLeft), area.width() * 0.6);
        const FurnitureText left(
            metrics.elidedText(furniture.runningLeft, Qt::ElideRight, leftWidth), text,
            laid.reference);
        const FurnitureText right(metrics.elidedText(furniture.runningRight, Qt::ElideRight,
                                                     area.width() - leftWidth - gap),
                                  text, laid.reference);
        painter.setPen(furnitureText);
        left.draw(painter, area.topLeft());
        right.draw(painter, QPointF(area.right() - right.width(), area.top()));
        const qreal ruleY = area.top() + metrics.height() + layoutUnits(1.2);
        painter.setPen(rule);
        painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
    }

    const qreal top = area.bottom() - metrics.height();
    const qreal ruleY = top - layoutUnits(1.5);
    painter.setPen(rule);
    painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
    const FurnitureText printed(furniture.printed, text, laid.reference);
    const FurnitureText pageOf(furniture.pageOf, text, laid.reference);
    painter.setPen(furnitureText);
    printed.draw(painter, QPointF(area.left(), top));
    pageOf.draw(painter, QPointF(area.right() - pageOf.width(), top));
    painter.restore();
}

// Qt 6.4's PDF engine writes each page's MediaBox in whole points (QPageLayout's
// fullRectPoints() is a QRect): F4 would be 609 × 935 pt, i.e. 214.8 × 329.9 mm, and A4
// 595 × 842. The box is rewritten with the exact size. Qt prints the numbers with six
// decimals, so below 1000 pt the exact numbers are just as long and the file's
// cross-reference offsets stay right; a box in any other shape is left alone.
void writeExactPageBoxes(QByteArray& pdf, const QPageLayout& layout)
{
    const QPageSize size = layout.pageSize();
    const qreal pointsPerUnit = size.definitionUnits() == QPageSize::Inch         ? 72.0
                                : size.definitionUnits() == QPageSize::Millimeter ? 72.0 / mmPerInch
                                                                                  : 0.0;
    if (pointsPerUnit == 0.0)
        return;
    QSizeF exact = size.definitionSize() * pointsPerUnit;
    if (layout.orientation() == QPageLayout::Landscape)
        exact.transpose();
    const QSize written = layout.fullRectPoints().size();
    const auto box = [](qreal width, qreal height) -> QByteArray {
        return QByteArray("/MediaBox [0 0 ") + QByteArray::number(width, 'f', 6) + ' ' +
               QByteArray::number(height, 'f', 6) + ']';
    };
    const QByteArray from = box(written.width(), written.height());
    const QByteArray to = box(exact.width(), exact.height());
    if (from.size() == to.size() && from != to)
        pdf.replace(from, to);
}

} // namespace

ReportDocument::ReportDocument(BusinessProfile business, QString title, QDateTime printedAt)
    : m_business(std::move(business))
    , m_title(std::move(title))
    , m_printedAt(std::move(printedAt))
{}

QString ReportDocument::styleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 12pt; margin-top: 0px; margin-bottom: 6px; }"
        "h2 { font-size: 10.5pt; margin-top: 14px; margin-bottom: 5px; }"
        "h3 { font-size: 9.5pt; margin-top: 10px; margin-bottom: 4px; }"
        "p { margin-top: 0px; margin-bottom: 5px; }"
        "p.note { font-size: 8pt; color: #555555; }"
        "th { text-align: left; }"
        ".num { text-align: right; white-space: nowrap; }" // an amount never breaks in two
        ".center { text-align: center; }"
        "table.grid { border-collapse: collapse; margin-top: 2px; margin-bottom: 10px; }"
        "table.grid th { font-size: 8pt; font-weight: bold; color: #1f2933;"
        " background-color: #e4e8ed; padding: 4px 4px 4px 4px;"
        " border-bottom: 1px solid #56606b; vertical-align: bottom; }"
        "table.grid td { padding: 3px 4px 3px 4px; border-bottom: 1px solid #d5dade;"
        " vertical-align: top; }"
        "table.grid tr.alt td { background-color: #f4f6f8; }"
        "table.grid tr.group td { font-weight: bold; background-color: #e9edf1;"
        " padding-top: 4px; padding-bottom: 4px; }"
        "table.grid tr.total td { font-weight: bold; border-top: 1px solid #333333;"
        " border-bottom: 1px solid #333333; }"
        "table.fields { border-collapse: collapse; margin-bottom: 8px; }"
        "table.fields td { padding: 1px 6px 1px 0px; vertical-align: top; }"
        "table.fields td.label { color: #555555; }");
}

QPageLayout ReportDocument::pageLayout(Paper paper, QPageLayout::Orientation orientation)
{
    return QPageLayout(paper::pageSize(paper), orientation,
                       QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

int ReportDocument::pageCount(const QPageLayout& layout) const
{
    Q_ASSERT_X(qGuiApp, "ReportDocument::pageCount", "fonts need a QGuiApplication");
    return int(layOut(*this, layout, tr("Phone %1").arg(m_business.phone.trimmed()))->pages.size());
}

Status ReportDocument::render(QPagedPaintDevice& device, const PageProgress& progress) const
{
    if (!qGuiApp)
        return Error(Error::Kind::Io,
                     tr("Documents can only be printed by a program with a graphical "
                        "interface (QGuiApplication)."));
    const std::unique_ptr<LaidOut> laid =
        layOut(*this, device.pageLayout(), tr("Phone %1").arg(m_business.phone.trimmed()));
    const auto stopped = [] {
        return Error(Error::Kind::Cancelled, tr("Stopped: nothing was printed or saved."));
    };
    const QPointF corner = paperCorner(device);
    const qreal scaleX = device.logicalDpiX() / layoutDpi;
    const qreal scaleY = device.logicalDpiY() / layoutDpi;

    Furniture furniture;
    furniture.printed = m_printedAt.isValid()
                            ? tr("Printed %1")
                                  .arg(display::shortDate(m_printedAt.date()) + QLatin1Char(' ') +
                                       m_printedAt.time().toString(QStringLiteral("HH:mm")))
                            : QString();
    const QString business = m_business.name.trimmed();
    const QString runningLeft =
        business.isEmpty() ? m_title : business + QStringLiteral(" · ") + m_title;

    QPainter painter;
    if (!painter.begin(&device))
        return Error(Error::Kind::Io, tr("The printer or the file could not be started. "
                                         "Check the printer, then try again."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qsizetype pages = laid->pages.size();
    if (progress && !progress(0, int(pages))) {
        painter.end();
        return stopped();
    }
    for (qsizetype index = 0; index < pages; ++index) {
        if (index > 0 && !device.newPage()) {
            painter.end();
            return Error(Error::Kind::Io, tr("The printer stopped after page %1. Check the "
                                             "printer, then print again.")
                                              .arg(index));
        }
        const PageContent& page = laid->pages.at(index);

        painter.save();
        painter.translate(corner);
        painter.scale(scaleX, scaleY); // from here on, layout units from the paper's corner
        QPointF at(laid->area.left(), index == 0 ? laid->bodyTopFirst : laid->bodyTopOthers);
        if (index == 0)
            paintSlice(painter, laid->letterhead, PageSlice{0, laid->letterhead.size().height()},
                       laid->area.topLeft());
        if (page.repeatedHeader) {
            paintSlice(painter, laid->body, *page.repeatedHeader, at);
            at.ry() += page.repeatedHeader->height();
        }
        paintSlice(painter, laid->body, page.body, at);

        furniture.runningLeft = index > 0 && m_runningHeader ? runningLeft : QString();
        furniture.runningRight = index > 0 && m_runningHeader ? m_parameters : QString();
        furniture.pageOf = tr("Page %1 of %2").arg(index + 1).arg(pages);
        paintFurniture(painter, *laid, furniture);
        painter.restore();
        if (progress && !progress(int(index + 1), int(pages))) {
            painter.end();
            return stopped();
        }
    }
    if (!painter.end())
        return Error(Error::Kind::Io, tr("The document could not be finished. Try again."));
    return {};
}

Status ReportDocument::writePdf(const QString& path, Paper paper,
                                QPageLayout::Orientation orientation,
                                const PageProgress& progress) const
{
    return writePdf(path, pageLayout(paper, orientation), progress);
}

Status ReportDocument::writePdf(const QString& path, const QPageLayout& layout,
                                const PageProgress& progress) const
{
    if (path.trimmed().isEmpty())
        return Error(Error::Kind::Validation, tr("Choose a file to save the PDF to."),
                     QStringLiteral("path"));

    // The whole file is made in memory first: nothing reaches the disk until it is complete.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(int(layoutDpi));
        writer.setPageLayout(layout);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Setia"));
        const Status rendered = render(writer, progress);
        if (!rendered)
            return rendered;
    }
    writeExactPageBoxes(pdf, layout);

    return pdfFile::save(pdf, path);
}

} // namespace setia
