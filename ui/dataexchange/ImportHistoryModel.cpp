#include "dataexchange/ImportHistoryModel.h"

#include "dataexchange/ExchangeTexts.h"
#include "domain/DisplayFormat.h"

#include <QColor>

namespace setia {
void ImportHistoryModel::setRecords(QList<ImportRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const ImportRecord* ImportHistoryModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int ImportHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex& index, int role) const
{
    const ImportRecord* r = record(index.row());
    if (!r)
        return {};
    if (role == Qt::ForegroundRole && r->undoneAt.isValid())
        return QColor(Qt::gray);
    if (role == Qt::TextAlignmentRole && index.column() == Records)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return display::shortDateTime(r->importedAt);
    case What:
        return QString(ExchangeTexts::kindTitle(r->kind)).remove(QLatin1Char('&'));
    case File:
        return r->fileName;
    case Records:
        return display::count(r->records);
    case By:
        return r->importedBy;
    case State:
        return r->undoneAt.isValid() ? tr("Undone %1").arg(display::shortDateTime(r->undoneAt))
                                     : tr("Imported");
    default:
        return {};
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case What:
        return tr("What");
    case File:
        return tr("File");
    case Records:
        return tr("Records");
    case By:
        return tr("By");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace setia
