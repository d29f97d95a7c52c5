#include "targets/TargetCustomersModel.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"

#include <QLocale>

namespace setia {

TargetCustomersModel::TargetCustomersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TargetCustomersModel::setSheet(TargetSheet* sheet)
{
    beginResetModel();
    m_sheet = sheet;
    endResetModel();
}

std::pair<int, int> TargetCustomersModel::locate(int row) const
{
    if (!m_sheet || row < 0)
        return {-1, -1};
    int rest = row;
    for (int s = 0; s < m_sheet->sections.size(); ++s) {
        const int size = int(m_sheet->sections.at(s).customers.size());
        if (rest < size)
            return {s, rest};
        rest -= size;
    }
    return {-1, -1};
}

int TargetCustomersModel::rowOf(int section, int index) const
{
    int row = index;
    for (int s = 0; s < section; ++s)
        row += int(m_sheet->sections.at(s).customers.size());
    return row;
}

TargetCustomer* TargetCustomersModel::customerAt(int row) const
{
    const auto [section, index] = locate(row);
    return section < 0 ? nullptr : &m_sheet->sections[section].customers[index];
}

void TargetCustomersModel::refreshRow(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TargetCustomersModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_sheet)
        return 0;
    int rows = 0;
    for (const TargetSection& section : m_sheet->sections)
        rows += int(section.customers.size());
    return rows;
}

int TargetCustomersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetCustomersModel::data(const QModelIndex& index, int role) const
{
    const TargetCustomer* c = customerAt(index.row());
    if (!c)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Number || index.column() >= ToCollect
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Name)
        return c->byVisitDay ? tr("Due: today is a visit day")
                             : tr("Due: their usual gap between purchases has passed");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return locate(index.row()).second + 1;
    case Code:
        return c->code;
    case Name:
        return c->name;
    case Area:
        return c->area;
    case Salesperson:
        return c->salesperson;
    case LastPurchase:
        return c->lastSale.isValid() ? display::shortDate(c->lastSale) : tr("never");
    case ToCollect:
        return c->dueByDay > 0 ? money::format(c->dueByDay) : QString();
    case Items:
        return QLocale().toString(c->items.size());
    case Value:
        return money::format(c->targetValue());
    }
    return {};
}

QVariant TargetCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Area:
        return tr("Area");
    case Salesperson:
        return tr("Salesperson");
    case LastPurchase:
        return tr("Last purchase");
    case ToCollect:
        return tr("To collect");
    case Items:
        return tr("Items");
    case Value:
        return tr("Target value");
    }
    return {};
}

} // namespace setia
