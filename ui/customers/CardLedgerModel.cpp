#include "customers/CardLedgerModel.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/StatusNames.h"
#include "reports/CustomerCardReport.h"

#include <QColor>
#include <QFont>

namespace setia {

CardLedgerModel::CardLedgerModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CardLedgerModel::setEntries(QList<CardEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int CardLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CardLedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CardEntry& e = m_entries.at(index.row());
    const bool sale = e.kind == CardEntry::Kind::Sale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return display::shortDate(e.at.date());
        case Document:
            return e.document;
        case Description:
            return StatusNames::cardEntry(e);
        case Amount:
            return sale ? money::format(e.amount) : QString();
        case Paid:
            return e.paid > 0 ? money::format(e.paid) : QString();
        case Balance:
            return money::format(e.balance);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && e.voided)
        return QColor(0x94, 0xa3, 0xb8);
    if (role == Qt::FontRole && e.voided && index.column() >= Amount) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    return {};
}

QVariant CardLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // The same words as the printed card.
    switch (section) {
    case Date:
        return CustomerCardReport::tr("Date");
    case Document:
        return CustomerCardReport::tr("Document");
    case Description:
        return CustomerCardReport::tr("Description");
    case Amount:
        return CustomerCardReport::tr("Amount");
    case Paid:
        return CustomerCardReport::tr("Paid");
    case Balance:
        return CustomerCardReport::tr("Balance owed");
    default:
        return {};
    }
}

} // namespace setia
