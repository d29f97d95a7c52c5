#include "reports/ReportTable.h"

namespace setia {
namespace {

QString alignClass(ReportTable::Align align)
{
    switch (align) {
    case ReportTable::Align::Left:
        return {};
    case ReportTable::Align::Center:
        return QStringLiteral(" class=\"center\"");
    case ReportTable::Align::Right:
        return QStringLiteral(" class=\"num\"");
    }
    Q_UNREACHABLE();
}

} // namespace

ReportTable::ReportTable(QList<Column> columns)
    : m_columns(std::move(columns))
{
    Q_ASSERT(!m_columns.isEmpty());
#ifndef QT_NO_DEBUG
    int total = 0;
    for (const Column& column : m_columns)
        total += column.widthPercent;
    Q_ASSERT_X(total <= 100, "ReportTable", "column widths add up to more than 100%");
#endif
}

void ReportTable::addRow(const QStringList& cells)
{
    QStringList html;
    html.reserve(cells.size());
    for (const QString& cell : cells)
        html.append(escape(cell));
    addHtmlRow(html);
}

void ReportTable::addHtmlRow(const QStringList& htmlCells)
{
    const bool shaded = m_zebra && (m_zebraIndex++ % 2 == 1);
    appendRow(shaded ? QStringLiteral(" class=\"alt\"") : QString(), htmlCells);
}

void ReportTable::addGroupRow(const QString& text)
{
    m_body += QStringLiteral("<tr class=\"group\"><td colspan=\"%1\">").arg(m_columns.size()) +
              escape(text) + QStringLiteral("</td></tr>");
    ++m_rows;
    m_zebraIndex = 0; // every group starts unshaded
}

void ReportTable::addTotalRow(const QStringList& cells)
{
    QStringList html;
    html.reserve(cells.size());
    for (const QString& cell : cells)
        html.append(escape(cell));
    appendRow(QStringLiteral(" class=\"total\""), html);
}

void ReportTable::appendRow(const QString& rowClass, const QStringList& htmlCells)
{
    m_body += QStringLiteral("<tr") + rowClass + QLatin1Char('>');
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_body += QStringLiteral("<td") + alignClass(m_columns.at(i).align) + QLatin1Char('>');
        if (i < htmlCells.size())
            m_body += htmlCells.at(i);
        m_body += QStringLiteral("</td>");
    }
    m_body += QStringLiteral("</tr>\n");
    ++m_rows;
}

QString ReportTable::toHtml() const
{
    // The widths sit on the header cells; QTextDocument takes a column's width from any
    // cell of it. <thead> makes the header row repeat on every page.
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">"
                                  "<thead><tr>");
    for (const Column& column : m_columns) {
        html += QStringLiteral("<th width=\"%1%\"").arg(column.widthPercent) +
                alignClass(column.align) + QLatin1Char('>') + escape(column.title) +
                QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr></thead>\n") + m_body + QStringLiteral("</table>\n");
    return html;
}

QString ReportTable::escape(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

} // namespace setia
