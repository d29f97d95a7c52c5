#pragma once

#include "domain/CounterMatches.h"

#include <QAbstractTableModel>

namespace setia {

// The counter's matches, in its order. While the cashier picks (SPEC §11), the first nine
// rows show the digit that opens them; the part of a phone or code that matched is bold.
class CounterMatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Code, Name, Phone, City, LastVisit, ColumnCount };

    explicit CounterMatchModel(QObject* parent = nullptr);

    void setMatches(CounterMatches matches);
    const CounterMatches& matches() const { return m_matches; }
    // Shows 1–9 beside the first nine rows.
    void setPicking(bool picking);
    bool picking() const { return m_picking; }
    qint64 customerId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CounterMatches m_matches;
    bool m_picking = false;
};

} // namespace setia
