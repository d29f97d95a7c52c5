#include "complaints/TicketQueueModel.h"

#include "domain/DisplayFormat.h"
#include "domain/TicketTexts.h"
#include "relationships/LateFollowUps.h"

#include <algorithm>

namespace setia {
TicketQueueModel::TicketQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TicketQueueModel::setTickets(QList<TicketDetails> tickets, const QDateTime& now)
{
    beginResetModel();
    m_all = std::move(tickets);
    m_now = now;
    refilter();
    endResetModel();
}

void TicketQueueModel::setSearch(const QString& text)
{
    beginResetModel();
    m_search = text.simplified();
    refilter();
    endResetModel();
}

void TicketQueueModel::refilter()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const Ticket& t = m_all.at(i).ticket;
        if (m_search.isEmpty() || t.number.contains(m_search, Qt::CaseInsensitive) ||
            t.customerName.contains(m_search, Qt::CaseInsensitive) ||
            t.customerCode.contains(m_search, Qt::CaseInsensitive))
            m_shown.append(i);
    }
}

int TicketQueueModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_all.at(m_shown.at(row)).ticket.id == ticketId)
            return row;
    return -1;
}

int TicketQueueModel::lateCount() const
{
    return int(std::count_if(m_shown.cbegin(), m_shown.cend(),
                             [this](qsizetype i) { return m_all.at(i).clock.late(); }));
}

int TicketQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int TicketQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TicketDetails& d = ticketAt(index.row());
    const Ticket& t = d.ticket;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Number:
            return t.number;
        case Received:
            return display::shortDateTime(t.receivedAt);
        case Customer:
            return role == Qt::ToolTipRole
                       ? tr("%1 (%2): %3").arg(t.customerName, t.customerCode, t.summary)
                       : t.customerName;
        case Category:
            return TicketTexts::category(t.category);
        case Priority:
            return TicketTexts::priority(t.priority);
        case Status:
            return TicketTexts::status(t.status);
        case Deadline:
            return TicketTexts::deadline(t, d.clock, m_now);
        default:
            return {};
        }
    }
    // The clock was read at `now`: a deadline past then is marked late.
    if (role == Qt::ForegroundRole && d.clock.late())
        return LateFollowUps::colour();
    return {};
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Received:
        return tr("Received");
    case Customer:
        return tr("Customer");
    case Category:
        return tr("About");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case Deadline:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace setia
