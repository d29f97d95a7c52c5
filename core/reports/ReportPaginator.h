#pragma once

#include <QList>

#include <optional>

class QTextDocument;

namespace setia {

// A band of a report body laid out as one endless page, in the document's units.
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    qreal height() const { return bottom - top; }
};

// What one printed page shows: the header rows of a table that continues from the page
// before (drawn first), then one continuous band of the body.
struct PageContent
{
    std::optional<PageSlice> repeatedHeader;
    PageSlice body;
};

// Cuts a body into pages. QTextDocument's own pagination splits table rows across pages
// (half a customer at the foot of one page, the rest on the next); this one does not:
// - a table row (with the rows its cells span) stays on one page, and a table's header rows
//   (<thead>) are repeated at the top of every page the table continues on;
// - a paragraph stays on one page; a heading, the header rows and a row that is one cell
//   across the table (a group label) stay with what follows them;
// - "page-break-before/after: always" are honoured;
// - anything taller than a page is cut between two lines of text, never through one.
class ReportPaginator
{
public:
    // `document` must be laid out with a text width and no page height
    // (QTextDocument::setTextWidth). The first page holds `firstPageHeight`, every other
    // page `pageHeight`, in the document's units. Always at least one page.
    static QList<PageContent> paginate(const QTextDocument& document, qreal firstPageHeight,
                                       qreal pageHeight);
};

} // namespace setia
