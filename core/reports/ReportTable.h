#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace setia {

// Builds the HTML of one table for a ReportDocument body, in the house style: full width,
// fixed column widths in percent (long text wraps inside its column, never past the page),
// a header row that is repeated at the top of every page the table continues on, thin rules,
// light zebra rows and right-aligned numbers. Cells are plain text unless said otherwise.
class ReportTable
{
public:
    enum class Align { Left, Center, Right };

    // Give amounts room: a word wider than its column is broken anywhere, and an amount
    // broken in two reads as two amounts. At 9 pt "Rp999.999.999" takes 26 mm with padding,
    // i.e. 14% of A4 portrait (186 mm of text), 10% of A4 landscape (273 mm), 9% of F4
    // landscape (306 mm).
    struct Column
    {
        QString title;
        int widthPercent = 0;      // of the page's text width; all columns together at most 100
        Align align = Align::Left; // Right for amounts and quantities
    };

    explicit ReportTable(QList<Column> columns);

    // Shades every other row (on by default).
    void setZebra(bool on) { m_zebra = on; }

    // One row of plain-text cells, one per column (missing cells stay empty). A '\n' in a
    // cell starts a new line in it.
    void addRow(const QStringList& cells);
    // One row of cells that are already HTML (inline markup such as <b> or <br/>); the
    // caller escapes what came from the user.
    void addHtmlRow(const QStringList& htmlCells);
    // A label across all columns that starts a group of rows, e.g. an area.
    void addGroupRow(const QString& text);
    // A bold row under a rule, for totals; plain text like addRow().
    void addTotalRow(const QStringList& cells);

    int rowCount() const { return m_rows; }
    const QList<Column>& columns() const { return m_columns; }

    // <table class="grid">…</table>, styled by ReportDocument::styleSheet().
    QString toHtml() const;

    // `text` safe inside HTML, with '\n' as line breaks.
    static QString escape(const QString& text);

private:
    void appendRow(const QString& rowClass, const QStringList& htmlCells);

    QList<Column> m_columns;
    QString m_body;
    int m_rows = 0;
    int m_zebraIndex = 0;
    bool m_zebra = true;
};

} // namespace setia
