#include "db/sqlite/SqliteDialect.h"

#include "db/SqlError.h"
#include "db/sqlite/SqliteBulkCache.h"
#include "db/sqlite/SqliteDeferredIndexes.h"
#include "db/sqlite/SqliteErrors.h"
#include "db/sqlite/SqliteSql.h"
#include "db/sqlite/SqliteStatement.h"
#include "db/sqlite/SqliteTextIndexSuspension.h"
#include "db/sqlite/WalCheckpointer.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

namespace setia {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

Status SqliteDialect::configure(QSqlDatabase& db) const
{
    // The busy timeout comes first: the journal-mode switch itself may have to wait.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(lockTimeoutMs()),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32000"),
        QStringLiteral("PRAGMA mmap_size = 1073741824"),
    };
    for (const QString& pragma : pragmas) {
        if (Status status = sqliteSql::run(db, pragma); !status)
            return status;
    }
    return {};
}

QString SqliteDialect::readerOptions() const
{
    return QStringLiteral("QSQLITE_OPEN_READONLY");
}

Status SqliteDialect::setLockTimeout(QSqlDatabase& db, int ms) const
{
    return sqliteSql::run(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

QString SqliteDialect::unchangingName(const QString& path) const
{
    // SQLite's URI form: immutable=1 reads the file without locks, a log or its index.
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
           QStringLiteral("?mode=ro&immutable=1");
}

QString SqliteDialect::unchangingOptions() const
{
    return QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
}

Status SqliteDialect::configureReader(QSqlDatabase& db) const
{
    // As the main connection reads: through a memory map, without copying pages.
    return sqliteSql::run(db, QStringLiteral("PRAGMA mmap_size = 1073741824"));
}

Status SqliteDialect::beginWrite(QSqlDatabase& db) const
{
    // IMMEDIATE holds the write lock from the start, waiting out the busy timeout if another
    // connection has it. A deferred BEGIN takes the lock at the first write, and a
    // transaction that has read by then fails at once.
    return sqliteSql::run(db, QStringLiteral("BEGIN IMMEDIATE"));
}

Result<int> SqliteDialect::schemaVersion(const QSqlDatabase& db) const
{
    auto version = sqliteSql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Status SqliteDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    return sqliteSql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<SqlDialect::Content> SqliteDialect::content(const QSqlDatabase& db) const
{
    auto version = schemaVersion(db); // fails on a file that is not SQLite at all
    if (!version)
        return version.error();
    auto appId = sqliteSql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    auto tables = sqliteSql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.error();
    if ((*appId != 0 && *appId != applicationId) || (*version == 0 && *tables > 0))
        return Content::Foreign;
    return *version == 0 ? Content::Empty : Content::Setia;
}

Status SqliteDialect::markAsSetia(QSqlDatabase& db) const
{
    return sqliteSql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

Status SqliteDialect::copyTo(QSqlDatabase& db, const QString& target) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

Status SqliteDialect::replaceWith(QSqlDatabase& db, const QString& source) const
{
    const QVariant handle = db.driver()->handle();
    auto* target = handle.isValid() ? *static_cast<sqlite3* const*>(handle.data()) : nullptr;
    if (!target)
        return Error(Error::Kind::Database, QStringLiteral("The database connection is not open."));
    sqlite3* from = nullptr;
    const QByteArray path = source.toUtf8();
    int code = sqlite3_open_v2(path.constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    if (code != SQLITE_OK) {
        const Error error = sqliteErrors::fromNative(code, QString::fromUtf8(sqlite3_errmsg(from)));
        sqlite3_close(from);
        return error;
    }
    sqlite3_busy_timeout(target, 5000);
    sqlite3_backup* copy = sqlite3_backup_init(target, "main", from, "main");
    if (!copy) {
        const Error error = sqliteErrors::fromNative(sqlite3_extended_errcode(target),
                                                     QString::fromUtf8(sqlite3_errmsg(target)));
        sqlite3_close(from);
        return error;
    }
    code = sqlite3_backup_step(copy, -1);
    const int finished = sqlite3_backup_finish(copy);
    if (code == SQLITE_DONE)
        code = finished;
    Status result;
    if (code != SQLITE_OK)
        result = sqliteErrors::fromNative(code, QString::fromUtf8(sqlite3_errstr(code)));
    sqlite3_close(from);
    return result;
}

Result<QStringList> SqliteDialect::integrityProblems(const QSqlDatabase& db, bool quick) const
{
    QSqlQuery query(db);
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check")
                          : QStringLiteral("PRAGMA integrity_check")))
        return SqlError::from(query);
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (query.lastError().isValid())
        return SqlError::from(query);
    return problems;
}

Result<QStringList> SqliteDialect::foreignKeyProblems(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return SqlError::from(query);
    QStringList problems;
    while (query.next())
        problems.append(QStringLiteral("%1 row %2 refers to a missing row of %3")
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString()));
    if (query.lastError().isValid())
        return SqlError::from(query);
    return problems;
}

Result<QMap<QString, qint64>> SqliteDialect::tableRows(const QSqlDatabase& db) const
{
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY name")))
        return SqlError::from(names);
    QStringList tables;
    while (names.next())
        tables.append(names.value(0).toString());
    if (names.lastError().isValid())
        return SqlError::from(names);
    QMap<QString, qint64> rows;
    for (const QString& table : std::as_const(tables)) {
        auto count = sqliteSql::scalar(
            db, QStringLiteral("SELECT count(*) FROM %1").arg(sqliteSql::quoted(table)));
        if (!count)
            return count.error();
        rows.insert(table, *count);
    }
    return rows;
}

Status SqliteDialect::checkpoint(QSqlDatabase& db) const
{
    return sqliteSql::run(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

std::unique_ptr<QObject> SqliteDialect::startMaintenance(const QString& path) const
{
    if (path == QLatin1String(":memory:"))
        return nullptr;
    return std::make_unique<WalCheckpointer>(path);
}

Result<qint64> SqliteDialect::changeCounter(const QSqlDatabase& db) const
{
    return sqliteSql::scalar(db, QStringLiteral("PRAGMA data_version"));
}

Error SqliteDialect::error(const QSqlError& error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return sqliteErrors::fromNative(ok ? code : -1, error.text());
}

Result<std::unique_ptr<Statement>> SqliteDialect::prepare(const QSqlDatabase& db,
                                                          const QString& sql) const
{
    return SqliteStatement::prepare(db, sql);
}

Result<std::unique_ptr<SqlDialect::Suspension>>
SqliteDialect::suspendTextIndexes(QSqlDatabase& db, const QString& table,
                                  const QList<TextIndex>& indexes) const
{
    return SqliteTextIndexSuspension::suspend(db, table, indexes);
}

Result<std::unique_ptr<SqlDialect::Suspension>>
SqliteDialect::deferIndexes(QSqlDatabase& db, const QString& table) const
{
    return SqliteDeferredIndexes::suspend(db, table);
}

std::unique_ptr<SqlDialect::Suspension> SqliteDialect::bulkCache(QSqlDatabase& db,
                                                                 int megabytes) const
{
    return std::make_unique<SqliteBulkCache>(db, megabytes);
}

QString SqliteDialect::textMatchIds(const TextIndex& index) const
{
    return QStringLiteral("SELECT rowid AS id FROM %1 WHERE %1 MATCH :match").arg(index.name);
}

QString SqliteDialect::textMatchFrom(const TextIndex& index, const QString& table,
                                     const QString& alias) const
{
    // CROSS JOIN: SQLite then reads the index first and looks each match up by its id.
    return QStringLiteral("FROM %1 f CROSS JOIN %2 %3 ON %3.id = f.rowid WHERE f.%1 MATCH :match")
        .arg(index.name, table, alias);
}

QString SqliteDialect::prefixMatch(const QStringList& words) const
{
    QStringList terms;
    terms.reserve(words.size());
    for (const QString& word : words)
        terms.append(sqliteSql::quoted(word) + QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

QString SqliteDialect::substringMatch(const QString& text) const
{
    // The digits index uses FTS5's trigram tokenizer: a quoted string matches anywhere.
    return sqliteSql::quoted(text);
}

Result<qint64> SqliteDialect::textMatchCount(const QSqlDatabase& db, const TextIndex& index,
                                             const QString& match) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(index.name));
    query.addBindValue(match);
    if (!query.exec() || !query.next())
        return SqlError::from(query);
    return query.value(0).toLongLong();
}

QString SqliteDialect::withoutIndex(const QString& expression) const
{
    return QLatin1Char('+') + expression;
}

QString SqliteDialect::orderedJoin() const
{
    return QStringLiteral("CROSS JOIN");
}

QString SqliteDialect::ignoringCase(const QString& expression) const
{
    return expression + QStringLiteral(" COLLATE NOCASE");
}

QString SqliteDialect::likeIgnoringCase(const QString& expression, const QString& pattern) const
{
    // SQLite's LIKE ignores the case of ASCII letters already.
    return QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(expression, pattern);
}

QString SqliteDialect::greatest(const QString& a, const QString& b) const
{
    return QStringLiteral("max(%1, %2)").arg(a, b);
}

QString SqliteDialect::upsert(const QString& table, const QStringList& columns,
                              const QStringList& keys, const QString& update) const
{
    QStringList values;
    for (const QString& column : columns)
        values.append(QLatin1Char(':') + column);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
             keys.join(QStringLiteral(", ")), update);
}

QString SqliteDialect::createTemporaryTable(const QString& name, const QString& columns,
                                            const QString& primaryKey) const
{
    return QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (%2, PRIMARY KEY (%3))"
                          " WITHOUT ROWID")
        .arg(name, columns, primaryKey);
}

QString SqliteDialect::temporaryTable(const QString& name) const
{
    return QStringLiteral("temp.") + name;
}

} // namespace setia
