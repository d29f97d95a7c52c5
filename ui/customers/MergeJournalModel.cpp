#include "customers/MergeJournalModel.h"

#include "domain/DisplayFormat.h"

#include <QColor>
#include <QStringList>

namespace setia {

void MergeJournalModel::setMerges(QList<CustomerMerge> merges)
{
    beginResetModel();
    m_merges = std::move(merges);
    endResetModel();
}

const CustomerMerge* MergeJournalModel::merge(int row) const
{
    return row >= 0 && row < m_merges.size() ? &m_merges.at(row) : nullptr;
}

QString MergeJournalModel::movesText(const MergeMoves& moves)
{
    QStringList parts;
    if (moves.sales > 0)
        parts << tr("sales: %1").arg(display::count(moves.sales));
    if (moves.payments > 0)
        parts << tr("payments: %1").arg(display::count(moves.payments));
    if (moves.pointEntries > 0)
        parts << tr("point entries: %1").arg(display::count(moves.pointEntries));
    if (moves.stampEntries > 0)
        parts << tr("stamp entries: %1").arg(display::count(moves.stampEntries));
    if (moves.interactions > 0)
        parts << tr("interactions: %1").arg(display::count(moves.interactions));
    if (moves.followUps > 0)
        parts << tr("follow-ups: %1").arg(display::count(moves.followUps));
    if (moves.tickets > 0)
        parts << tr("complaints: %1").arg(display::count(moves.tickets));
    if (moves.surveys > 0)
        parts << tr("survey answers: %1").arg(display::count(moves.surveys));
    if (moves.routeStop)
        parts << tr("the place on the route");
    return parts.isEmpty() ? tr("no records") : parts.join(QStringLiteral(", "));
}

int MergeJournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_merges.size());
}

int MergeJournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeJournalModel::data(const QModelIndex& index, int role) const
{
    const CustomerMerge* m = merge(index.row());
    if (!m)
        return {};
    if (role == Qt::ForegroundRole && m->undoneAt.isValid())
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return display::shortDateTime(m->mergedAt);
    case Kept:
        return QString(m->keptCode + QStringLiteral(" · ") + m->keptName);
    case Merged:
        return QString(m->mergedCode + QStringLiteral(" · ") + m->mergedName);
    case Moved:
        return movesText(m->moved);
    case By:
        return m->mergedBy;
    case State:
        return m->undoneAt.isValid() ? tr("Undone %1").arg(display::shortDateTime(m->undoneAt))
                                     : tr("Merged");
    default:
        return {};
    }
}

QVariant MergeJournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Kept:
        return tr("Kept");
    case Merged:
        return tr("Merged customer");
    case Moved:
        return tr("Records moved");
    case By:
        return tr("By");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace setia
