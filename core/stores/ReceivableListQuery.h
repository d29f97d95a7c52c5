#pragma once

#include "common/Result.h"
#include "domain/Receivables.h"

#include <QDate>
#include <QList>
#include <QString>

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

private:
    Status readCustomers(QList<ReceivableRow>& rows) const;

    Database& m_database;
};

} // namespace setia
