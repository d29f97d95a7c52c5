#pragma once

#include "io/CsvWriter.h"
#include "reports/ReportDocument.h"
#include "reports/ReportTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace setia {

// A report that is one table, printed and exported from the same rows, so the CSV carries
// exactly what the paper shows: customer lists, aging, sales summaries, members.
class TabularReport
{
public:
    struct Column
    {
        QString title; // on paper, translated
        QString csvId; // the CSV header, an id ("balance")
        int widthPercent = 0;
        ReportTable::Align align = ReportTable::Align::Left;
    };

    TabularReport(QString title, QString parameters, QList<Column> columns);

    // One row as printed and as exported (numbers as numbers), in column order.
    void addRow(const QStringList& shown, const QList<CsvCell>& exported);
    // A bold total row on paper; not in the CSV.
    void setTotals(const QStringList& shown) { m_totals = shown; }
    // A small note under the table: how the figures were computed.
    void setNote(QString note) { m_note = std::move(note); }

    qsizetype rowCount() const { return m_shown.size(); }
    const QStringList& shownRow(qsizetype row) const { return m_shown.at(row); }

    ReportDocument document(const BusinessProfile& business, const QDateTime& printedAt) const;
    void writeCsv(CsvWriter& writer) const;

private:
    QString m_title;
    QString m_parameters;
    QList<Column> m_columns;
    QList<QStringList> m_shown;
    QList<QList<CsvCell>> m_exported;
    QStringList m_totals;
    QString m_note;
};

} // namespace setia
