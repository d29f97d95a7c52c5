#include "db/sqlite/SqliteBulkLoad.h"

#include "db/SqlError.h"
#include "db/SqlRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

Status run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlError::from(query);
    return {};
}

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The name and SQL of each schema object `sql` lists.
Result<QList<std::pair<QString, QString>>> objects(QSqlDatabase& db, const QString& sql,
                                                   const QString& table)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(table);
    if (!query.exec())
        return SqlError::from(query);
    QList<std::pair<QString, QString>> found;
    if (Status read = sql::forEachRow(query,
                                      [&](const SqlRow& row) {
                                          found.append({row.text("name"), row.text("sql")});
                                      });
        !read)
        return read.error();
    return found;
}

} // namespace

Result<std::unique_ptr<SqlDialect::Suspension>>
SqliteTextIndexSuspension::suspend(QSqlDatabase& db, const QString& table,
                                   const QList<SqlDialect::TextIndex>& indexes)
{
    auto triggers =
        objects(db,
                QStringLiteral(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"),
                table);
    if (!triggers)
        return triggers.error();
    QStringList creates;
    for (const auto& [name, create] : std::as_const(*triggers)) {
        if (Status status = run(db, QStringLiteral("DROP TRIGGER %1").arg(quoted(name))); !status)
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
        if (Status status = run(m_db, statement); !status)
            return status;
    }
    return {};
}

Result<std::unique_ptr<SqlDialect::Suspension>> SqliteDeferredIndexes::suspend(QSqlDatabase& db,
                                                                               const QString& table)
{
    // origin 'c': made by CREATE INDEX, not by a PRIMARY KEY or UNIQUE constraint.
    auto indexes = objects(db,
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
        if (Status status = run(db, QStringLiteral("DROP INDEX %1").arg(quoted(name))); !status)
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
        if (Status status = run(m_db, create); !status)
            return status;
    }
    m_creates.clear();
    return {};
}

SqliteBulkCache::SqliteBulkCache(QSqlDatabase db, int megabytes)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_previous = query.value(0).toLongLong();
    (void)run(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(megabytes) * 1024));
}

SqliteBulkCache::~SqliteBulkCache()
{
    (void)run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

} // namespace setia
