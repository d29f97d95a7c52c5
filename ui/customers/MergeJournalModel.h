#pragma once

#include "domain/CustomerMerge.h"

#include <QAbstractTableModel>

namespace setia {

// The merges made, newest first: who was kept, who was merged into them, what moved, and
// whether the merge was undone.
class MergeJournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Kept, Merged, Moved, By, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMerges(QList<CustomerMerge> merges);
    const CustomerMerge* merge(int row) const;

    // "sales: 2, payments: 1, point entries: 3" — what a merge moves.
    static QString movesText(const MergeMoves& moves);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CustomerMerge> m_merges;
};

} // namespace setia
