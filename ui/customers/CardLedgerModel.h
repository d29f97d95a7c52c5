#pragma once

#include "domain/CustomerCard.h"

#include <QAbstractTableModel>

namespace setia {

// The ledger of one record card: every sale and payment with the running balance owed.
// One customer's history, so it is held whole.
class CardLedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Document, Description, Amount, Paid, Balance, ColumnCount };

    explicit CardLedgerModel(QObject* parent = nullptr);

    void setEntries(QList<CardEntry> entries);
    const CardEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CardEntry> m_entries;
};

} // namespace setia
