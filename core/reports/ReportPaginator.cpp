#include "reports/ReportPaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QRectF>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>
#include <utility>

namespace setia {
namespace {

// A piece of the body that is not cut: a paragraph, a table row (with the rows its cells
// span), a table's header rows.
struct Unit
{
    qreal top = 0;
    qreal bottom = 0;
    // The document positions it covers, to find its lines of text when it must be cut.
    int firstPosition = 0;
    int lastPosition = 0;
    // The table header repeated above it when it starts a page; -1 for none.
    int header = -1;
    // For a table's header rows: the index of their slice in the headers.
    int isHeaderOf = -1;
    bool keepWithNext = false;
    bool breakBefore = false;
    // A table's outer edges are estimated from its text; everything else is measured.
    bool estimatedTop = false;
    bool estimatedBottom = false;
};

// Walks the top level of a laid-out document and lists its units in reading order.
class UnitCollector
{
public:
    explicit UnitCollector(const QTextDocument& document)
        : m_layout(*document.documentLayout())
    {
        for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* frame = it.currentFrame()) {
                if (auto* table = qobject_cast<QTextTable*>(frame))
                    addTable(*table);
                else
                    addFrame(*frame);
            } else {
                addBlock(it.currentBlock());
            }
        }
        finish();
    }

    QList<Unit> units;
    QList<PageSlice> headers;

private:
    void addBlock(const QTextBlock& block)
    {
        const QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            m_breakPending = true;
        // An empty paragraph only makes space (Qt even tucks the ones around a table into
        // the table's border): it needs no place of its own, and no page starts with it.
        if (block.length() > 1 ||
            format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            const QRectF rect = m_layout.blockBoundingRect(block);
            Unit unit;
            unit.top = rect.top();
            unit.bottom = rect.bottom();
            unit.firstPosition = block.position();
            unit.lastPosition = block.position() + block.length() - 1;
            unit.keepWithNext = format.headingLevel() > 0;
            add(unit);
        }
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
            m_breakPending = true;
    }

    void addFrame(QTextFrame& frame)
    {
        const QTextFrameFormat format = frame.frameFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            m_breakPending = true;
        const QRectF rect = m_layout.frameBoundingRect(&frame);
        Unit unit;
        unit.top = rect.top();
        unit.bottom = rect.bottom();
        unit.firstPosition = frame.firstPosition();
        unit.lastPosition = frame.lastPosition();
        add(unit);
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
            m_breakPending = true;
    }

    void addTable(QTextTable& table)
    {
        const QTextTableFormat format = table.format();
        const int rows = table.rows();
        const int columns = table.columns();
        if (rows == 0 || columns == 0) {
            addFrame(table);
            return;
        }
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            m_breakPending = true;

        // Where each row's text starts and ends, the last row each row is tied to by a cell
        // spanning down, and which rows are one cell across the table.
        constexpr qreal unset = std::numeric_limits<qreal>::max();
        QList<qreal> textTop(rows, unset);
        QList<qreal> textBottom(rows, -unset);
        QList<int> tiedTo(rows);
        QList<bool> label(rows, false);
        for (int r = 0; r < rows; ++r) {
            tiedTo[r] = r;
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table.cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                const int lastRow = r + cell.rowSpan() - 1;
                const QRectF first = m_layout.blockBoundingRect(cell.firstCursorPosition().block());
                const QRectF last = m_layout.blockBoundingRect(cell.lastCursorPosition().block());
                textTop[r] = std::min(textTop[r], first.top());
                textBottom[lastRow] = std::max(textBottom[lastRow], last.bottom());
                tiedTo[r] = std::max(tiedTo[r], lastRow);
                label[r] = cell.columnSpan() == columns;
            }
        }

        // Row edges. Rows touch (the tables are border-collapse, without cell spacing) and
        // their padding is the same above and below, so an edge between two rows lies
        // halfway between their text. The table's own top and bottom are a whole gap
        // (padding and rule) beyond its text: frameBoundingRect() cannot tell, because for a
        // table Qt 6.4 adds the first cell's position to it. Overshooting into the blank
        // space around the table is harmless; finish() stops it at the neighbours.
        qreal gap = unset;
        for (int r = 1; r < rows; ++r) {
            if (textTop[r] != unset && textBottom[r - 1] != -unset &&
                textTop[r] >= textBottom[r - 1])
                gap = std::min(gap, textTop[r] - textBottom[r - 1]);
        }
        if (gap == unset)
            gap = (textBottom[rows - 1] - textTop[0]) / 4;
        QList<qreal> edge(rows + 1);
        edge[0] = textTop[0] - gap;
        for (int r = 1; r < rows; ++r) {
            const bool known = textTop[r] != unset && textBottom[r - 1] != -unset;
            edge[r] =
                std::max(known ? (textBottom[r - 1] + textTop[r]) / 2 : edge[r - 1], edge[r - 1]);
        }
        edge[rows] = std::max(textBottom[rows - 1] + gap, edge[rows - 1]);

        const auto unitOf = [&](int firstRow, int lastRow) {
            Unit unit;
            unit.top = edge[firstRow];
            unit.bottom = edge[lastRow + 1];
            unit.firstPosition = table.cellAt(firstRow, 0).firstPosition();
            unit.lastPosition = table.cellAt(lastRow, columns - 1).lastPosition();
            unit.estimatedTop = firstRow == 0;
            unit.estimatedBottom = lastRow == rows - 1;
            return unit;
        };
        // The rows from `row` to the last one tied to it.
        const auto lastTied = [&](int row, int atLeast) {
            int last = std::max(row, atLeast);
            for (int r = row; r <= last; ++r)
                last = std::max(last, tiedTo[r]);
            return std::min(last, rows - 1);
        };

        int row = 0;
        int header = -1;
        const int headerRows = std::min(format.headerRowCount(), rows - 1);
        if (headerRows > 0) {
            const int last = lastTied(0, headerRows - 1);
            if (last < rows - 1) {
                Unit unit = unitOf(0, last);
                unit.keepWithNext = true;
                headers.append(PageSlice{unit.top, unit.bottom});
                header = int(headers.size() - 1);
                unit.isHeaderOf = header;
                add(unit);
                row = last + 1;
            }
        }
        while (row < rows) {
            const int last = lastTied(row, row);
            Unit unit = unitOf(row, last);
            unit.header = header;
            unit.keepWithNext = label[row] && last == row;
            add(unit);
            row = last + 1;
        }
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
            m_breakPending = true;
    }

    void add(Unit unit)
    {
        unit.breakBefore = m_breakPending;
        m_breakPending = false;
        units.append(unit);
    }

    // Units follow each other down the page without overlapping, whatever the estimates
    // of the table edges (or a floating image) said; a table's header slice moves with its
    // unit.
    void finish()
    {
        for (qsizetype i = 1; i < units.size(); ++i) {
            Unit& above = units[i - 1];
            Unit& below = units[i];
            below.top = std::max(below.top, above.top);
            if (above.bottom > below.top) {
                // A paragraph's box is exact, a table's outer edge an estimate.
                const qreal meet = above.estimatedBottom == below.estimatedTop
                                       ? (above.bottom + below.top) / 2
                                   : above.estimatedBottom ? below.top
                                                           : above.bottom;
                above.bottom = std::max(meet, above.top);
                below.top = meet;
            }
            below.bottom = std::max(below.bottom, below.top);
        }
        for (const Unit& unit : units) {
            if (unit.isHeaderOf >= 0)
                headers[unit.isHeaderOf] = PageSlice{unit.top, unit.bottom};
        }
    }

    const QAbstractTextDocumentLayout& m_layout;
    bool m_breakPending = false;
};

// The lowest place in (from, limit] that cuts no line of `unit`'s text; `limit` when every
// place does (a single line taller than the room).
qreal safeCut(const QTextDocument& document, const Unit& unit, qreal from, qreal limit)
{
    const QAbstractTextDocumentLayout& layout = *document.documentLayout();
    QList<std::pair<qreal, qreal>> lines;
    for (QTextBlock block = document.findBlock(unit.firstPosition);
         block.isValid() && block.position() <= unit.lastPosition; block = block.next()) {
        const QTextLayout* text = block.layout();
        if (!text || text->lineCount() == 0)
            continue;
        const qreal origin = layout.blockBoundingRect(block).top() - text->boundingRect().top();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            lines.append({origin + line.y(), origin + line.y() + line.height()});
        }
    }
    qreal best = from;
    for (const auto& [lineTop, lineBottom] : lines) {
        for (const qreal candidate : {lineTop, lineBottom}) {
            if (candidate <= best || candidate > limit)
                continue;
            const bool cutsALine =
                std::any_of(lines.cbegin(), lines.cend(), [candidate](const auto& line) {
                    return line.first < candidate && candidate < line.second;
                });
            if (!cutsALine)
                best = candidate;
        }
    }
    return best > from ? best : limit;
}

} // namespace

QList<PageContent> ReportPaginator::paginate(const QTextDocument& document, qreal firstPageHeight,
                                             qreal pageHeight)
{
    const UnitCollector collected(document);
    const QList<Unit>& units = collected.units;
    // Some room on every page, so that cutting always moves on.
    firstPageHeight = std::max(firstPageHeight, qreal(1));
    pageHeight = std::max(pageHeight, qreal(1));

    QList<PageContent> pages;
    PageContent page;
    qreal room = firstPageHeight; // what the body band may take on this page
    bool empty = true;
    if (!units.isEmpty())
        page.body = PageSlice{units.first().top, units.first().top};

    const auto newPage = [&](qreal top, int header) {
        pages.append(page);
        page = PageContent{};
        room = pageHeight;
        // A header that would leave less than half the page for rows is not repeated.
        if (header >= 0 && collected.headers.at(header).height() < pageHeight / 2) {
            page.repeatedHeader = collected.headers.at(header);
            room -= page.repeatedHeader->height();
        }
        page.body = PageSlice{top, top};
        empty = true;
    };

    for (qsizetype i = 0; i < units.size(); ++i) {
        const Unit& unit = units.at(i);
        if (unit.breakBefore && !empty)
            newPage(unit.top, -1);

        qreal groupBottom = unit.bottom;
        for (qsizetype j = i; j + 1 < units.size() && units.at(j).keepWithNext &&
                              !units.at(j + 1).breakBefore && j - i < 8;
             ++j)
            groupBottom = units.at(j + 1).bottom;
        if (!empty && groupBottom - page.body.top > room)
            newPage(unit.top, unit.header);

        while (unit.bottom - page.body.top > room) {
            const qreal limit = page.body.top + room;
            const qreal cut = safeCut(document, unit, std::max(page.body.top, unit.top), limit);
            page.body.bottom = cut;
            newPage(cut, unit.header);
        }
        page.body.bottom = unit.bottom;
        empty = false;
    }
    pages.append(page);
    return pages;
}

} // namespace setia
