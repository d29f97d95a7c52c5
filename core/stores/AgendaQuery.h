#pragma once

#include "analytics/DayAgenda.h"
#include "common/Result.h"

#include <QDate>

namespace setia {

class Database;
class ReceivableListQuery;

// What the day's agenda (SPEC §13) is made of, read from the file: every non-archived
// customer with their last sale, last interaction and the window revenue of their tier, the
// open follow-ups due by the day, and the credit falling due within three days of it. The
// pass over the window's sales (the covering index sales_window) runs on a connection of its
// own in a thread while the rest is read.
class AgendaQuery
{
public:
    AgendaQuery(Database& database, const ReceivableListQuery& receivables);

    Result<AgendaInputs> read(const QDate& day) const;

private:
    Database& m_database;
    const ReceivableListQuery& m_receivables;
};

} // namespace setia
