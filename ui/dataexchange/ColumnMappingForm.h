#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;

namespace setia {

// Which column of a CSV file holds each field of an import: one combo box per field,
// offering the file's columns or "not in file". A column whose header names the field
// (its canonical name or its label, ignoring case and surrounding spaces) is chosen at the
// start, so Setia's own files and spreadsheets with the same headings need no choosing.
class ColumnMappingForm : public QWidget
{
    Q_OBJECT

public:
    // `fields` are canonical names (CsvColumns::of); `header` the file's header row.
    ColumnMappingForm(const QStringList& fields, const QStringList& header,
                      QWidget* parent = nullptr);

    // The file column of every field, -1 for "not in file": ImportOptions::columns.
    QHash<QString, int> columns() const;
    // The combo boxes in field order, for the tab order.
    const QList<QComboBox*>& combos() const { return m_combos; }

Q_SIGNALS:
    void changed();

private:
    static int matchingColumn(const QString& field, const QStringList& header);

    QStringList m_fields;
    QList<QComboBox*> m_combos;
};

} // namespace setia
