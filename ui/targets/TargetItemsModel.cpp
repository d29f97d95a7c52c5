#include "targets/TargetItemsModel.h"

#include "analytics/TargetRules.h"
#include "domain/Money.h"

#include <QLocale>

namespace setia {

TargetItemsModel::TargetItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TargetItemsModel::setCustomer(TargetCustomer* customer)
{
    beginResetModel();
    m_customer = customer;
    endResetModel();
}

int TargetItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_customer ? 0 : int(m_customer->items.size());
}

int TargetItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetItemsModel::data(const QModelIndex& index, int role) const
{
    if (!m_customer || index.row() >= m_customer->items.size())
        return {};
    const TargetItem& item = m_customer->items.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Quantity ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    if (role == Qt::EditRole && index.column() == Quantity)
        return item.quantity;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Sku:
        return item.sku;
    case Product:
        return item.name;
    case Basis:
        return tr("avg of %1")
            .arg(targetRules::basisText(item.basis)
                     .replace(QLatin1Char('.'), QLocale().decimalPoint()));
    case Quantity:
        return QLocale().toString(item.quantity);
    case Price:
        return money::format(item.unitPrice);
    case Value:
        return money::format(item.value);
    }
    return {};
}

bool TargetItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_customer || role != Qt::EditRole || index.column() != Quantity ||
        index.row() >= m_customer->items.size())
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok || quantity < 0 || quantity > 1'000'000)
        return false;
    TargetItem& item = m_customer->items[index.row()];
    item.quantity = quantity;
    item.value = quantity * item.unitPrice;
    Q_EMIT dataChanged(this->index(index.row(), Quantity), this->index(index.row(), Value));
    Q_EMIT quantityChanged();
    return true;
}

Qt::ItemFlags TargetItemsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Quantity)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TargetItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Product:
        return tr("Product");
    case Basis:
        return tr("Basis");
    case Quantity:
        return tr("Quantity");
    case Price:
        return tr("Price");
    case Value:
        return tr("Value");
    }
    return {};
}

} // namespace setia
