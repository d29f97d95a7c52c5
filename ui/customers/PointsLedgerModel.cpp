#include "customers/PointsLedgerModel.h"

#include "domain/DisplayFormat.h"

namespace setia {

void PointsLedgerModel::setEntries(QList<LoyaltyEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_balances.clear();
    qint64 balance = 0;
    for (const LoyaltyEntry& entry : std::as_const(m_entries)) {
        balance += entry.points;
        m_balances.append(balance);
    }
    endResetModel();
}

int PointsLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PointsLedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PointsLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LoyaltyEntry& entry = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Points || index.column() == Balance))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return display::shortDate(entry.date);
    case Kind:
        switch (entry.kind) {
        case LoyaltyEntryKind::Earn:
            return tr("earned");
        case LoyaltyEntryKind::Redeem:
            return tr("used");
        case LoyaltyEntryKind::Adjust:
            return tr("adjusted");
        case LoyaltyEntryKind::Expire:
            return tr("expired");
        }
        return {};
    case Points:
        return entry.points > 0 ? QStringLiteral("+%1").arg(display::count(entry.points))
                                : display::count(entry.points);
    case Balance:
        return QString::number(m_balances.at(index.row()));
    case Note:
        return entry.reason;
    default:
        return {};
    }
}

QVariant PointsLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Points || section == Balance))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Change");
    case Points:
        return tr("Points");
    case Balance:
        return tr("Balance");
    case Note:
        return tr("Receipt or reason");
    default:
        return {};
    }
}

} // namespace setia
