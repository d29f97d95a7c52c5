#pragma once

#include "db/SqlDialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace setia {

// One of SQLite's bulk-load tricks, undone by finish() or by the rollback of the transaction
// it was made in (SQLite's DDL is transactional).
// Drops the indexes of a table that only serve reads — not those of its PRIMARY KEY or
// UNIQUE constraints, nor any other UNIQUE index, which keep refusing duplicates during the
// load — remembering their SQL; finish() creates them again. An index built from all rows
// at once is one sort; rows inserted one by one in another order than the index's write all
// over it (a million sales in time order cost seconds in an index by customer).
class SqliteDeferredIndexes final : public SqlDialect::Suspension
{
public:
    static Result<std::unique_ptr<SqlDialect::Suspension>> suspend(QSqlDatabase& db,
                                                                   const QString& table);
    Status finish() override;

private:
    SqliteDeferredIndexes(QSqlDatabase db, QStringList creates);
    QSqlDatabase m_db;
    QStringList m_creates;
};

} // namespace setia
