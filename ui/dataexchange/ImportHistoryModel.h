#pragma once

#include "io/ImportReport.h"

#include <QAbstractTableModel>

namespace setia {

// The imports made, newest first: when, what, from which file, how many records, and
// whether it was undone.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, What, File, Records, By, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<ImportRecord> records);
    const ImportRecord* record(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportRecord> m_records;
};

} // namespace setia
