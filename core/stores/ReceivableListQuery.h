#pragma once

#include "common/Result.h"
#include "domain/Receivables.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace setia {

class Database;

// Everyone with a balance on a date, computed with the same FIFO rule as a customer's
// record card (ReceivableSummary). Reads every credit sale once from a covering partial
// index (~50 ms for 180 000 credit sales) and every payment total, so the list holds all
// debtors and sorts them in memory by any column.
class ReceivableListQuery
{
public:
    explicit ReceivableListQuery(Database& database);

    // By customer id; archived customers who still owe are included.
    Result<QList<ReceivableRow>> debtors(const QDate& asOf) const;
    // Everyone whose open credit on `asOf` holds sales due on or before `lastDay` (overdue
    // ones too), by customer id; no customer fields. On the database's own connection, or on
    // `reader`, a reader connection of the calling thread (ReaderConnection).
    Result<QList<DueCredit>> fallingDue(const QDate& asOf, const QDate& lastDay) const;
    Result<QList<DueCredit>> fallingDue(const QDate& asOf, const QDate& lastDay,
                                        const QSqlDatabase& reader) const;

private:
    // One customer's credit sales (oldest first) and payments up to the day.
    using CustomerCredit =
        std::function<void(qint64 customerId, const QList<CreditSale>& sales, qint64 paid)>;

    // Calls `visit` for every customer with a credit sale on or before `asOf`.
    Status scan(const QSqlDatabase& connection, const QDate& asOf,
                const CustomerCredit& visit) const;
    Status readCustomers(QList<ReceivableRow>& rows) const;

    Database& m_database;
};

} // namespace setia
