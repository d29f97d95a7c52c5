#include "agenda/AgendaModel.h"

#include "domain/AgendaTexts.h"
#include "domain/DisplayFormat.h"
#include "domain/PhoneNumber.h"
#include "relationships/LateFollowUps.h"

#include <QColor>

#include <algorithm>

namespace setia {

AgendaModel::AgendaModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AgendaModel::setItems(QList<AgendaItem> items, const QDate& day)
{
    m_all = std::move(items);
    m_day = day;
    refilter();
}

void AgendaModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    refilter();
}

void AgendaModel::setKindFilter(std::optional<AgendaKind> kind)
{
    m_kind = kind;
    refilter();
}

QList<AgendaItem> AgendaModel::shownItems() const
{
    QList<AgendaItem> shown;
    shown.reserve(m_shown.size());
    for (qsizetype index : m_shown)
        shown.append(m_all.at(index));
    return shown;
}

void AgendaModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    const QString digits = PhoneNumber::queryDigits(m_search);
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const AgendaItem& item = m_all.at(i);
        if (m_kind && item.kind != *m_kind)
            continue;
        if (m_search.isEmpty() || item.name.contains(m_search, Qt::CaseInsensitive) ||
            item.code.contains(m_search, Qt::CaseInsensitive) ||
            (digits.size() >= 3 && PhoneNumber::searchDigits(item.phone).contains(digits)))
            m_shown.append(i);
    }
    sortShown();
    endResetModel();
}

void AgendaModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    beginResetModel();
    sortShown();
    endResetModel();
}

void AgendaModel::sortShown()
{
    const auto key = [this](qsizetype i) -> QVariant {
        const AgendaItem& item = m_all.at(i);
        switch (m_sortColumn) {
        case Kind:
            return int(item.kind);
        case Due:
            return item.due;
        case Code:
            return item.code;
        case Name:
            return item.name.toCaseFolded();
        case Phone:
            return item.phone;
        case Salesperson:
            return item.salesperson.toCaseFolded();
        default:
            return {};
        }
    };
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](qsizetype a, qsizetype b) {
        if (m_sortColumn == Number || m_sortColumn == Detail)
            return m_order == Qt::AscendingOrder ? a < b : a > b;
        const QVariant ka = key(a);
        const QVariant kb = key(b);
        const auto c = QVariant::compare(ka, kb);
        if (c == QPartialOrdering::Equivalent)
            return a < b;
        return m_order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                             : c == QPartialOrdering::Greater;
    });
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const qsizetype at = m_shown.at(index.row());
    const AgendaItem& item = m_all.at(at);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return QString::number(at + 1);
        case Kind:
            return AgendaTexts::kindName(item.kind);
        case Due:
            return display::shortDate(item.due);
        case Code:
            return item.code;
        case Name:
            return item.name;
        case Phone:
            return PhoneNumber::formatNational(item.phone);
        case Detail:
            return AgendaTexts::detail(item, m_day);
        case Salesperson:
            return item.salesperson;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && AgendaTexts::isLate(item, m_day))
        return LateFollowUps::colour();
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return AgendaTexts::detail(item, m_day);
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Kind:
        return tr("Kind");
    case Due:
        return tr("Due");
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Detail:
        return tr("What");
    case Salesperson:
        return tr("Salesperson");
    default:
        return {};
    }
}

} // namespace setia
