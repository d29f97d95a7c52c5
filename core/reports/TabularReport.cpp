#include "reports/TabularReport.h"

#include "reports/ReportHtml.h"

namespace setia {

TabularReport::TabularReport(QString title, QString parameters, QList<Column> columns)
    : m_title(std::move(title))
    , m_parameters(std::move(parameters))
    , m_columns(std::move(columns))
{}

void TabularReport::addRow(const QStringList& shown, const QList<CsvCell>& exported)
{
    m_shown.append(shown);
    m_exported.append(exported);
}

ReportDocument TabularReport::document(const BusinessProfile& business,
                                       const QDateTime& printedAt) const
{
    ReportDocument document(business, m_title, printedAt);
    document.setParameters(m_parameters);
    QList<ReportTable::Column> columns;
    for (const Column& column : m_columns)
        columns.append(ReportTable::Column{column.title, column.widthPercent, column.align});
    ReportTable table(columns);
    for (const QStringList& row : m_shown)
        table.addRow(row);
    if (!m_totals.isEmpty())
        table.addTotalRow(m_totals);
    QString body = table.toHtml();
    if (!m_note.isEmpty())
        body += reporthtml::note(m_note);
    document.setBodyHtml(body);
    return document;
}

void TabularReport::writeCsv(CsvWriter& writer) const
{
    QStringList header;
    for (const Column& column : m_columns)
        header.append(column.csvId);
    writer.writeRow(header);
    for (const QList<CsvCell>& row : m_exported)
        writer.writeRow(row);
}

} // namespace setia
