#pragma once

#include "services/TicketService.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace setia {

// Complaints as a queue (SPEC §14): by the deadline each works towards, those waiting for the
// customer last, the late ones red; a search narrows it by number, name or member code.
class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Received, Customer, Category, Priority, Status, Deadline, ColumnCount };

    explicit TicketQueueModel(QObject* parent = nullptr);

    // `now` is the moment lateness is judged at.
    void setTickets(QList<TicketDetails> tickets, const QDateTime& now);
    void setSearch(const QString& text);
    const TicketDetails& ticketAt(int row) const { return m_all.at(m_shown.at(row)); }
    // The row of the ticket, -1 when not shown.
    int rowOf(qint64 ticketId) const;
    // How many of the rows shown are late (a deadline missed, met or not).
    int lateCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<TicketDetails> m_all;
    QList<qsizetype> m_shown;
    QDateTime m_now;
    QString m_search;
};

} // namespace setia
