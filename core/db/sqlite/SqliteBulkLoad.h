#pragma once

#include "db/SqlDialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace setia {

// SQLite's bulk-load tricks, each undone by finish() or by the rollback of the transaction
// it was made in (SQLite's DDL is transactional).

// Drops the triggers on a table that keep its FTS5 indexes in step (remembering their SQL),
// so a load pays for the indexes once instead of per row. finish() empties each index,
// fills it again from the table and recreates the triggers.
class SqliteTextIndexSuspension final : public SqlDialect::Suspension
{
public:
    static Result<std::unique_ptr<SqlDialect::Suspension>>
    suspend(QSqlDatabase& db, const QString& table, const QList<SqlDialect::TextIndex>& indexes);
    Status finish() override;

private:
    SqliteTextIndexSuspension(QSqlDatabase db, QString table, QList<SqlDialect::TextIndex> indexes,
                              QStringList triggers);
    QSqlDatabase m_db;
    QString m_table;
    QList<SqlDialect::TextIndex> m_indexes;
    QStringList m_triggers;
};

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

// A page cache of `megabytes` until destroyed, so that a transaction writing hundreds of
// megabytes keeps its dirty pages in memory instead of spilling them. finish() does nothing.
class SqliteBulkCache final : public SqlDialect::Suspension
{
public:
    SqliteBulkCache(QSqlDatabase db, int megabytes);
    ~SqliteBulkCache() override;
    Status finish() override { return {}; }

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

} // namespace setia
