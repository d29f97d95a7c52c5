#include "db/sqlite/SqliteDeferredIndexes.h"

#include "db/sqlite/SqliteSql.h"

namespace setia {

Result<std::unique_ptr<SqlDialect::Suspension>> SqliteDeferredIndexes::suspend(QSqlDatabase& db,
                                                                               const QString& table)
{
    // origin 'c': made by CREATE INDEX, not by a PRIMARY KEY or UNIQUE constraint.
    auto indexes =
        sqliteSql::schemaObjects(db,
                                 QStringLiteral("SELECT m.name AS name, m.sql AS sql FROM"
                                                " pragma_index_list(?) l JOIN sqlite_master m"
                                                " ON m.type = 'index' AND m.name = l.name"
                                                " WHERE l.origin = 'c' AND l.\"unique\" = 0"
                                                " ORDER BY m.rowid"),
                                 table);
    if (!indexes)
        return indexes.error();
    QStringList creates;
    for (const auto& [name, create] : std::as_const(*indexes)) {
        if (Status status =
                sqliteSql::run(db, QStringLiteral("DROP INDEX %1").arg(sqliteSql::quoted(name)));
            !status)
            return status.error();
        creates.append(create);
    }
    return std::unique_ptr<SqlDialect::Suspension>(new SqliteDeferredIndexes(db, creates));
}

SqliteDeferredIndexes::SqliteDeferredIndexes(QSqlDatabase db, QStringList creates)
    : m_db(std::move(db))
    , m_creates(std::move(creates))
{}

Status SqliteDeferredIndexes::finish()
{
    for (const QString& create : std::as_const(m_creates)) {
        if (Status status = sqliteSql::run(m_db, create); !status)
            return status;
    }
    m_creates.clear();
    return {};
}

} // namespace setia
