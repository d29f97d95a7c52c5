#include "customers/DuplicatePairModel.h"

#include "domain/PhoneNumber.h"

namespace setia {
namespace {

// "Bandung" for one, "Bandung / Garut" when the two differ.
QString both(const QString& a, const QString& b)
{
    if (a.compare(b, Qt::CaseInsensitive) == 0 || b.isEmpty())
        return a;
    if (a.isEmpty())
        return b;
    return a + QStringLiteral(" / ") + b;
}

} // namespace

void DuplicatePairModel::setPairs(QList<DuplicatePair> pairs)
{
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

const DuplicatePair* DuplicatePairModel::pair(int row) const
{
    return row >= 0 && row < m_pairs.size() ? &m_pairs.at(row) : nullptr;
}

void DuplicatePairModel::removeCustomer(qint64 id)
{
    for (qsizetype row = m_pairs.size() - 1; row >= 0; --row) {
        const DuplicatePair& p = m_pairs.at(row);
        if (p.first.id != id && p.second.id != id)
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_pairs.removeAt(row);
        endRemoveRows();
    }
}

int DuplicatePairModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int DuplicatePairModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicatePairModel::data(const QModelIndex& index, int role) const
{
    const DuplicatePair* p = pair(index.row());
    if (!p || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Reason:
        return p->reason == DuplicatePair::Reason::SamePhone ? tr("Same phone") : tr("Names alike");
    case FirstCode:
        return p->first.code;
    case FirstName:
        return p->first.name;
    case SecondCode:
        return p->second.code;
    case SecondName:
        return p->second.name;
    case Phone:
        return both(PhoneNumber::formatNational(p->first.phone),
                    PhoneNumber::formatNational(p->second.phone));
    case City:
        return both(p->first.city, p->second.city);
    default:
        return {};
    }
}

QVariant DuplicatePairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reason:
        return tr("Why");
    case FirstCode:
        return tr("Code");
    case FirstName:
        return tr("Customer");
    case SecondCode:
        return tr("Code");
    case SecondName:
        return tr("Possible duplicate");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    default:
        return {};
    }
}

} // namespace setia
