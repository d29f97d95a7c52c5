#pragma once

#include "io/ImportReport.h"

#include <QAbstractTableModel>

namespace setia {

// The rows an import refuses: the line of the file and the reason, which says what to fix.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<RejectedRow> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RejectedRow> m_rows;
};

} // namespace setia
