#include "customers/OpenSalesModel.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"

#include <QColor>

namespace setia {

OpenSalesModel::OpenSalesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OpenSalesModel::setSales(QList<OpenCreditSale> sales)
{
    beginResetModel();
    m_sales = std::move(sales);
    endResetModel();
}

int OpenSalesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sales.size());
}

int OpenSalesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenSalesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OpenCreditSale& s = m_sales.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Receipt:
            return s.sale.receipt;
        case Date:
            return display::shortDate(s.sale.date);
        case Due:
            return display::shortDate(s.sale.dueDate);
        case Amount:
            return money::format(s.sale.amount);
        case Paid:
            return money::format(s.paid);
        case Open:
            return money::format(s.open);
        case DaysLate:
            return s.daysPastDue > 0 ? tr("%1 days").arg(s.daysPastDue) : tr("not yet due");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == DaysLate && s.daysPastDue > 90)
        return QColor(0xb9, 0x1c, 0x1c);
    return {};
}

QVariant OpenSalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Receipt:
        return tr("Receipt");
    case Date:
        return tr("Date");
    case Due:
        return tr("Due");
    case Amount:
        return tr("Amount");
    case Paid:
        return tr("Paid");
    case Open:
        return tr("Still owed");
    case DaysLate:
        return tr("Late by");
    default:
        return {};
    }
}

} // namespace setia
