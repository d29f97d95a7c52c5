#include "counter/CounterMatchModel.h"

#include "domain/DisplayFormat.h"
#include "domain/PhoneNumber.h"

#include <QFont>

namespace setia {

CounterMatchModel::CounterMatchModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CounterMatchModel::setMatches(CounterMatches matches)
{
    beginResetModel();
    m_matches = std::move(matches);
    m_picking = false;
    endResetModel();
}

void CounterMatchModel::setPicking(bool picking)
{
    if (picking == m_picking)
        return;
    m_picking = picking;
    if (!m_matches.rows.isEmpty())
        Q_EMIT dataChanged(index(0, Key), index(int(m_matches.rows.size()) - 1, Key));
}

qint64 CounterMatchModel::customerId(int row) const
{
    return row >= 0 && row < m_matches.rows.size() ? m_matches.rows.at(row).id : 0;
}

int CounterMatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matches.rows.size());
}

int CounterMatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterMatchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_matches.rows.size())
        return {};
    const CounterMatches::Row& row = m_matches.rows.at(index.row());
    if (role == Qt::FontRole) {
        const bool matched =
            (index.column() == Phone && row.reason == CounterMatches::Reason::PhoneEnds) ||
            (index.column() == Code && row.reason == CounterMatches::Reason::CodeEnds) ||
            index.column() == Key;
        if (!matched)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Key)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key:
        return m_picking && index.row() < 9 ? QString::number(index.row() + 1) : QString();
    case Code:
        return row.code;
    case Name:
        return row.name;
    case Phone:
        return PhoneNumber::formatNational(row.phone);
    case City:
        return row.city;
    case LastVisit:
        return row.lastVisit.isValid() ? display::shortDate(row.lastVisit) : tr("never");
    }
    return {};
}

QVariant CounterMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return QString();
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    case LastVisit:
        return tr("Last seen");
    }
    return {};
}

} // namespace setia
