#pragma once

#include "domain/Loyalty.h"

#include <QAbstractTableModel>
#include <QList>

namespace setia {

// A member's loyalty ledger on their record card: every change of their points, oldest
// first, with the balance after each.
class PointsLedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Points, Balance, Note, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<LoyaltyEntry> entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LoyaltyEntry> m_entries;
    QList<qint64> m_balances;
};

} // namespace setia
