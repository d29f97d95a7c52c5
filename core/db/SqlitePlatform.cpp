#include "db/SqlitePlatform.h"

#include "db/SqlError.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace setia::sqlite {
namespace {

Status run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlError::from(query);
    return {};
}

Result<qint64> scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return SqlError::from(query);
    return query.value(0).toLongLong();
}

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

Status applyConnectionPragmas(QSqlDatabase& db)
{
    // The busy timeout comes first: the journal-mode switch itself may have to wait.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32000"),
        QStringLiteral("PRAGMA mmap_size = 1073741824"),
    };
    for (const QString& pragma : pragmas) {
        if (Status status = run(db, pragma); !status)
            return status;
    }
    return {};
}

Status beginWrite(QSqlDatabase& db)
{
    return run(db, QStringLiteral("BEGIN IMMEDIATE"));
}

Result<int> userVersion(const QSqlDatabase& db)
{
    auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Status setUserVersion(QSqlDatabase& db, int version)
{
    return run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<qint64> readApplicationId(const QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("PRAGMA application_id"));
}

Status writeApplicationId(QSqlDatabase& db)
{
    return run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

Result<bool> hasTables(const QSqlDatabase& db)
{
    auto count = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!count)
        return count.error();
    return *count > 0;
}

Status copyTo(QSqlDatabase& db, const QString& target)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

Result<BulkIndexing> BulkIndexing::suspend(QSqlDatabase& db, const QString& table,
                                           const QStringList& ftsTables, const QStringList& refill)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"));
    query.addBindValue(table);
    if (!query.exec())
        return SqlError::from(query);
    QStringList names;
    QStringList triggers;
    while (query.next()) {
        names.append(query.value(0).toString());
        triggers.append(query.value(1).toString());
    }
    for (const QString& name : std::as_const(names)) {
        if (Status status = run(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !status)
            return status.error();
    }
    return BulkIndexing(db, triggers, ftsTables, refill);
}

BulkIndexing::BulkIndexing(QSqlDatabase db, QStringList triggers, QStringList ftsTables,
                           QStringList refill)
    : m_db(std::move(db))
    , m_triggers(std::move(triggers))
    , m_ftsTables(std::move(ftsTables))
    , m_refill(std::move(refill))
{}

Status BulkIndexing::finish()
{
    QStringList statements;
    for (const QString& fts : std::as_const(m_ftsTables))
        statements.append(QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(fts));
    statements += m_refill;
    statements += m_triggers;
    for (const QString& statement : std::as_const(statements)) {
        if (Status status = run(m_db, statement); !status)
            return status;
    }
    return {};
}

Result<DeferredIndexes> DeferredIndexes::suspend(QSqlDatabase& db, const QString& table)
{
    // origin 'c': made by CREATE INDEX, not by a PRIMARY KEY or UNIQUE constraint.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT m.name, m.sql FROM pragma_index_list(?) l"
                                 " JOIN sqlite_master m ON m.type = 'index' AND m.name = l.name"
                                 " WHERE l.origin = 'c' AND l.\"unique\" = 0 ORDER BY m.rowid"));
    query.addBindValue(table);
    if (!query.exec())
        return SqlError::from(query);
    QStringList names;
    QStringList creates;
    while (query.next()) {
        names.append(query.value(0).toString());
        creates.append(query.value(1).toString());
    }
    for (const QString& name : std::as_const(names)) {
        if (Status status = run(db, QStringLiteral("DROP INDEX %1").arg(quoted(name))); !status)
            return status.error();
    }
    return DeferredIndexes(db, creates);
}

DeferredIndexes::DeferredIndexes(QSqlDatabase db, QStringList creates)
    : m_db(std::move(db))
    , m_creates(std::move(creates))
{}

Status DeferredIndexes::finish()
{
    for (const QString& create : std::as_const(m_creates)) {
        if (Status status = run(m_db, create); !status)
            return status;
    }
    m_creates.clear();
    return {};
}

Result<qint64> matchCount(const QSqlDatabase& db, const QString& ftsTable, const QString& match)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(ftsTable));
    query.addBindValue(match);
    if (!query.exec() || !query.next())
        return SqlError::from(query);
    return query.value(0).toLongLong();
}

Result<std::unique_ptr<FastStatement>> FastStatement::prepare(const QSqlDatabase& db,
                                                              const QString& sql)
{
    const QVariant handle = db.driver()->handle();
    auto* connection = handle.isValid() ? *static_cast<sqlite3* const*>(handle.data()) : nullptr;
    if (!connection)
        return Error(Error::Kind::Database,
                     QStringLiteral("The database connection is not open for fast statements."));
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int code =
        sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr);
    if (code != SQLITE_OK)
        return SqlError::fromNative(sqlite3_extended_errcode(connection),
                                    QString::fromUtf8(sqlite3_errmsg(connection)));
    return std::unique_ptr<FastStatement>(new FastStatement(connection, statement));
}

FastStatement::FastStatement(void* connection, void* statement)
    : m_connection(connection)
    , m_statement(statement)
{}

FastStatement::~FastStatement()
{
    sqlite3_finalize(static_cast<sqlite3_stmt*>(m_statement));
}

void FastStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(static_cast<sqlite3_stmt*>(m_statement), index, value);
}

void FastStatement::bind(int index, const QString& value)
{
    // The file's text is UTF-8: converting here is cheaper than SQLite converting UTF-16.
    bind(index, QByteArrayView(value.toUtf8()));
}

void FastStatement::bind(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(static_cast<sqlite3_stmt*>(m_statement), index,
                      utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
}

void FastStatement::bindNull(int index)
{
    sqlite3_bind_null(static_cast<sqlite3_stmt*>(m_statement), index);
}

Result<qint64> FastStatement::insert()
{
    auto* statement = static_cast<sqlite3_stmt*>(m_statement);
    auto* connection = static_cast<sqlite3*>(m_connection);
    const int code = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (code != SQLITE_DONE)
        return SqlError::fromNative(sqlite3_extended_errcode(connection),
                                    QString::fromUtf8(sqlite3_errmsg(connection)));
    return qint64(sqlite3_last_insert_rowid(connection));
}

Result<bool> FastStatement::next()
{
    auto* statement = static_cast<sqlite3_stmt*>(m_statement);
    const int code = sqlite3_step(statement);
    if (code == SQLITE_ROW)
        return true;
    sqlite3_reset(statement);
    if (code != SQLITE_DONE) {
        auto* connection = static_cast<sqlite3*>(m_connection);
        return SqlError::fromNative(sqlite3_extended_errcode(connection),
                                    QString::fromUtf8(sqlite3_errmsg(connection)));
    }
    return false;
}

Status FastStatement::forEach(const std::function<void()>& visit)
{
    for (;;) {
        auto row = next();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        visit();
    }
}

qint64 FastStatement::columnInt(int column) const
{
    return sqlite3_column_int64(static_cast<sqlite3_stmt*>(m_statement), column);
}

QString FastStatement::columnText(int column) const
{
    auto* statement = static_cast<sqlite3_stmt*>(m_statement);
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
}

BulkCache::BulkCache(QSqlDatabase db, int megabytes)
    : m_db(std::move(db))
{
    if (auto previous = scalar(m_db, QStringLiteral("PRAGMA cache_size")))
        m_previous = *previous;
    (void)run(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(megabytes) * 1024));
}

BulkCache::~BulkCache()
{
    (void)run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

Status checkpoint(QSqlDatabase& db)
{
    return run(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

QString prefixMatchQuery(const QStringList& words)
{
    QStringList terms;
    terms.reserve(words.size());
    for (const QString& word : words)
        terms.append(quoted(word) + QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

QString substringMatchQuery(const QString& text)
{
    return quoted(text);
}

} // namespace setia::sqlite
