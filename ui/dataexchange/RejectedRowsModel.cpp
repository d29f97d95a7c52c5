#include "dataexchange/RejectedRowsModel.h"

namespace setia {

void RejectedRowsModel::setRows(QList<RejectedRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RejectedRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Line ? QVariant(row.line) : QVariant(row.reason);
    case Qt::ToolTipRole:
        return index.column() == Reason ? QVariant(row.reason) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Reason:
        return tr("Why it cannot be imported");
    default:
        return {};
    }
}

} // namespace setia
