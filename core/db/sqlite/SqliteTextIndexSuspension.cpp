#include "db/sqlite/SqliteTextIndexSuspension.h"

#include "db/sqlite/SqliteSql.h"

namespace setia {

Result<std::unique_ptr<SqlDialect::Suspension>>
SqliteTextIndexSuspension::suspend(QSqlDatabase& db, const QString& table,
                                   const QList<SqlDialect::TextIndex>& indexes)
{
    auto triggers = sqliteSql::schemaObjects(
        db,
        QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"),
        table);
    if (!triggers)
        return triggers.error();
    QStringList creates;
    for (const auto& [name, create] : std::as_const(*triggers)) {
        if (Status status =
                sqliteSql::run(db, QStringLiteral("DROP TRIGGER %1").arg(sqliteSql::quoted(name)));
            !status)
            return status.error();
        creates.append(create);
    }
    return std::unique_ptr<SqlDialect::Suspension>(
        new SqliteTextIndexSuspension(db, table, indexes, creates));
}

SqliteTextIndexSuspension::SqliteTextIndexSuspension(QSqlDatabase db, QString table,
                                                     QList<SqlDialect::TextIndex> indexes,
                                                     QStringList triggers)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_indexes(std::move(indexes))
    , m_triggers(std::move(triggers))
{}

Status SqliteTextIndexSuspension::finish()
{
    QStringList statements;
    for (const SqlDialect::TextIndex& index : std::as_const(m_indexes)) {
        const QString columns = index.columns.join(QStringLiteral(", "));
        statements.append(
            QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(index.name));
        statements.append(
            QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3%4")
                .arg(index.name, columns, m_table,
                     index.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + index.where));
    }
    statements += m_triggers;
    for (const QString& statement : std::as_const(statements)) {
        if (Status status = sqliteSql::run(m_db, statement); !status)
            return status;
    }
    return {};
}

} // namespace setia
