#pragma once

#include "common/Result.h"
#include "domain/BusinessProfile.h"
#include "reports/PageProgress.h"
#include "reports/PaperSize.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace setia {

// A printed document in Setia's house style: the customer record card, the daily sales
// target sheet and other reports. The caller builds the body as HTML (ReportTable,
// reporthtml); the document adds
// - on the first page, a letterhead (the business's name, address and phone), the title and
//   a line saying what the report covers;
// - on every later page, a short running header (business · title, that line);
// - on every page, a footer: when it was printed, and "Page X of Y".
// Pages are cut by ReportPaginator: no table row is split, table headers repeat.
//
// One document renders onto any QPagedPaintDevice: a PDF (writePdf) or a QPrinter for print
// preview and printing (render). Text is laid out at one fixed resolution whatever the
// device, so the preview, the printout and the PDF on the same paper have the same pages.
// Fonts need a QGuiApplication: without one, render() and writePdf() return an Error.
//
// A long report takes a while (a 3 000-page aging report: about 30 s to lay out, 20 s to
// paint): render() and writePdf() report each page to a PageProgress, and writePdf() may run
// on a worker thread. Laying out and painting happen on one thread: Qt caches fonts per
// thread, so pages laid out on one cannot be painted on another.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    using PageProgress = setia::PageProgress;

    // Blank paper on every side, header and footer included, in mm. A device with smaller
    // margins still gets these; larger ones (chosen in a print dialog) are kept.
    static constexpr qreal marginMm = 12.0;

    // `printedAt` is stamped in every footer: pass the Clock's now().
    ReportDocument(BusinessProfile business, QString title, QDateTime printedAt);

    // The line under the title, e.g. "Per 22/11/2026 · Salesperson: Andi"; empty for none.
    void setParameters(QString parameters) { m_parameters = std::move(parameters); }
    // An HTML fragment (no <html> or <body>) styled by styleSheet().
    void setBodyHtml(QString html) { m_bodyHtml = std::move(html); }
    // The short header on the pages after the first; on by default.
    void setRunningHeader(bool on) { m_runningHeader = on; }

    const BusinessProfile& business() const { return m_business; }
    const QString& title() const { return m_title; }
    const QDateTime& printedAt() const { return m_printedAt; }
    const QString& parameters() const { return m_parameters; }
    const QString& bodyHtml() const { return m_bodyHtml; }
    bool runningHeader() const { return m_runningHeader; }

    // The CSS of every body: <h2>/<h3> headings, <p class="note">, <table class="grid"> with
    // <th>/<td class="num"> (right-aligned) or class="center", <tr class="alt"> (shaded),
    // "group" (a label row) and "total", and <table class="fields"> with <td class="label">.
    // Write lengths in px (1px = 0.75 pt on paper): Qt ignores pt in padding and misreads it
    // in borders.
    static QString styleSheet();

    // The layout Setia prints with: the paper, the orientation and marginMm on every side.
    static QPageLayout pageLayout(Paper paper, QPageLayout::Orientation orientation);

    // The number of pages render() gives on a device with `layout`, and writePdf() on
    // the same paper. Needs a QGuiApplication.
    int pageCount(const QPageLayout& layout) const;
    int pageCount(Paper paper, QPageLayout::Orientation orientation) const
    {
        return pageCount(pageLayout(paper, orientation));
    }

    // Paints every page onto `device` (nothing painted on it yet), inside its page layout's
    // margins, calling newPage() between pages. For print preview and printing.
    Status render(QPagedPaintDevice& device, const PageProgress& progress = {}) const;

    // Writes a PDF file. The file appears complete or not at all: on failure or when
    // stopped, an earlier file of that name is left as it was.
    Status writePdf(const QString& path, Paper paper, QPageLayout::Orientation orientation,
                    const PageProgress& progress = {}) const;
    // The same on a page of any size (a tanda terima on A5).
    Status writePdf(const QString& path, const QPageLayout& layout,
                    const PageProgress& progress = {}) const;

private:
    BusinessProfile m_business;
    QString m_title;
    QDateTime m_printedAt;
    QString m_parameters;
    QString m_bodyHtml;
    bool m_runningHeader = true;
};

} // namespace setia
