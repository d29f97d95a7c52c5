#pragma once

#include "domain/DuplicatePair.h"

#include <QAbstractTableModel>

namespace setia {

// The duplicate finder's pairs: two customers side by side and why they may be one person.
class DuplicatePairModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reason, FirstCode, FirstName, SecondCode, SecondName, Phone, City, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPairs(QList<DuplicatePair> pairs);
    const DuplicatePair* pair(int row) const;
    // Takes out every pair that holds either customer (after a merge).
    void removeCustomer(qint64 id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DuplicatePair> m_pairs;
};

} // namespace setia
