#pragma once

#include "domain/TargetSheet.h"

#include <QAbstractTableModel>

namespace setia {

// The customers of a target sheet being prepared, section after section: who, last
// purchase, what to collect, how many items and the target value.
class TargetCustomersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Code,
        Name,
        Area,
        Salesperson,
        LastPurchase,
        ToCollect,
        Items,
        Value,
        ColumnCount
    };

    explicit TargetCustomersModel(QObject* parent = nullptr);

    // The sheet shown; it must outlive its use here. Call after changing the sheet's rows.
    void setSheet(TargetSheet* sheet);
    // The customer in `row`, or null.
    TargetCustomer* customerAt(int row) const;
    // Where `row` lives in the sheet: section and position; {-1, -1} when out of range.
    std::pair<int, int> locate(int row) const;
    int rowOf(int section, int index) const;
    // A customer's items changed: their row's figures are redrawn.
    void refreshRow(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TargetSheet* m_sheet = nullptr;
};

} // namespace setia
