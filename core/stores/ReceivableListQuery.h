#pragma once

#include "common/Result.h"
#include "domain/Receivables.h"

#include <QDate>
#include <QList>
#include <QString>

namespace setia {

class Database;

// One customer who owes money on the as-of date (SPEC §3).
struct ReceivableRow
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString phone;
    bool archived = false;
    qint64 creditLimit = 0;
    qint64 balance = 0; // > 0
    Aging aging;
    int daysOverdue = 0; // of the oldest overdue open sale; 0 when nothing is overdue
    QDate oldestDueDate; // of the oldest open sale
    CreditStatus status = CreditStatus::Current;
};

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

private:
    Status readCustomers(QList<ReceivableRow>& rows) const;

    Database& m_database;
};

} // namespace setia
