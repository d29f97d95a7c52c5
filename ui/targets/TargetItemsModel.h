#pragma once

#include "domain/TargetSheet.h"

#include <QAbstractTableModel>

namespace setia {

// One customer's suggested items on the sheet being prepared; the quantity can be changed
// for this sheet only (0 leaves the item off).
class TargetItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sku, Product, Basis, Quantity, Price, Value, ColumnCount };

    explicit TargetItemsModel(QObject* parent = nullptr);

    // The customer shown, or null; must outlive its use here.
    void setCustomer(TargetCustomer* customer);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void quantityChanged();

private:
    TargetCustomer* m_customer = nullptr;
};

} // namespace setia
