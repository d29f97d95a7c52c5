#pragma once

#include "db/SqlDialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace setia {

// One of SQLite's bulk-load tricks, undone by finish() or by the rollback of the transaction
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

} // namespace setia
