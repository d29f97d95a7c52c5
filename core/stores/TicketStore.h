#pragma once

#include "common/Result.h"
#include "domain/Ticket.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace setia {

class Database;

// All SQL about complaints (SPEC §14): tickets and their steps. Writes run inside the
// caller's Transaction.
class TicketStore
{
public:
    explicit TicketStore(Database& database);

    Result<qint64> insert(const Ticket& ticket);
    // Writes everything of `ticket` that can change after it was opened.
    Status update(const Ticket& ticket);
    Result<qint64> insertEvent(const TicketEvent& event);

    Result<std::optional<Ticket>> find(qint64 id) const;
    Result<bool> numberTaken(const QString& number) const;
    // The tickets not resolved or closed, oldest first.
    Result<QList<Ticket>> unfinished() const;
    // A customer's, newest first.
    Result<QList<Ticket>> forCustomer(qint64 customerId) const;
    // Received on `from` … `to` (both included), oldest first.
    Result<QList<Ticket>> receivedBetween(const QDate& from, const QDate& to) const;
    // The steps of a ticket in the order they were taken.
    Result<QList<TicketEvent>> events(qint64 ticketId) const;
    // The steps of many tickets, by ticket id.
    Result<QHash<qint64, QList<TicketEvent>>> events(const QList<qint64>& ticketIds) const;
    // What the remedies of tickets resolved on `from` … `to` cost, per customer (a ticket not
    // resolved yet counts on the day it was received).
    Result<QHash<qint64, qint64>> remedyCosts(const QDate& from, const QDate& to) const;
    // Whether the sale (and, when not 0, its line) exists and is the customer's.
    Result<bool> saleOf(qint64 saleId, int line, qint64 customerId) const;
    // Every ticket with its customer's code, oldest first (the export).
    Status forEach(const std::function<void(const Ticket&, const QString& customerCode,
                                            const QString& receipt)>& visit) const;

private:
    Database& m_database;
};

} // namespace setia
