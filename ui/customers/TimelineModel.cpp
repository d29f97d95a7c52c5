#include "customers/TimelineModel.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/Timeline.h"
#include "relationships/LateFollowUps.h"

#include <QColor>
#include <QFont>

namespace setia {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setEntries(QList<TimelineEntry> entries)
{
    m_entries = std::move(entries);
    refilter();
}

void TimelineModel::setKindFilter(std::optional<TimelineKind> kind)
{
    m_kind = kind;
    refilter();
}

void TimelineModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const TimelineEntry& entry : std::as_const(m_entries))
        if (!m_kind || entry.kind == *m_kind)
            m_shown.append(entry);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TimelineEntry& e = m_shown.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            // A follow-up still open is due on a day, not at a time.
            return e.open ? display::shortDate(e.at.date()) : display::shortDateTime(e.at);
        case Kind:
            return Timeline::kindName(e.kind);
        case What:
            return e.overdue ? tr("OVERDUE — %1").arg(e.what) : e.what;
        case Amount:
            if (e.kind == TimelineKind::Points)
                return e.amount > 0 ? QStringLiteral("+%1").arg(display::count(e.amount))
                                    : display::count(e.amount);
            return e.amount != 0 ? money::format(e.amount) : QString();
        case Outcome:
            return e.outcome;
        case Staff:
            return e.staff;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (e.overdue)
            return LateFollowUps::colour();
        if (e.voided)
            return QColor(Qt::gray);
    }
    if (role == Qt::FontRole && e.open) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == What)
        return e.what;
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case What:
        return tr("What");
    case Amount:
        return tr("Amount");
    case Outcome:
        return tr("Outcome");
    case Staff:
        return tr("Staff");
    default:
        return {};
    }
}

} // namespace setia
