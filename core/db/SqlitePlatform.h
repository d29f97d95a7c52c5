#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Everything in Setia that only SQLite understands lives behind these functions, so that
// another engine can take SQLite's place later: connection pragmas, file header fields,
// online copies, checkpoints and full-text search syntax.
namespace setia::sqlite {

// 'SETI': written into every Setia file's header, checked on open.
inline constexpr qint64 applicationId = 0x53455449;

// WAL, synchronous=FULL, foreign keys, busy timeout, automatic checkpoints off.
Status applyConnectionPragmas(QSqlDatabase& db);

// Starts a write transaction that holds the write lock from the start (BEGIN IMMEDIATE),
// waiting out the busy timeout if another connection has it. A deferred BEGIN takes the
// lock at the first write, and a transaction that has read by then fails at once.
Status beginWrite(QSqlDatabase& db);

Result<int> userVersion(const QSqlDatabase& db);
Status setUserVersion(QSqlDatabase& db, int version);
Result<qint64> readApplicationId(const QSqlDatabase& db);
Status writeApplicationId(QSqlDatabase& db);
// Whether the file holds any table at all (a brand-new file holds none).
Result<bool> hasTables(const QSqlDatabase& db);

// A consistent copy of the open database, WAL included, written to `target`.
Status copyTo(QSqlDatabase& db, const QString& target);

// For a bulk load inside an open transaction: drops the triggers on `table` that keep its
// full-text indexes in step (remembering their SQL), so the load pays for the indexes once
// instead of per row. finish() empties each of `ftsTables`, runs `refill` (statements that
// index the rows again) and recreates the triggers; if the transaction rolls back instead,
// the drop rolls back with it.
class BulkIndexing
{
public:
    static Result<BulkIndexing> suspend(QSqlDatabase& db, const QString& table,
                                        const QStringList& ftsTables, const QStringList& refill);
    Status finish();

private:
    BulkIndexing(QSqlDatabase db, QStringList triggers, QStringList ftsTables, QStringList refill);
    QSqlDatabase m_db;
    QStringList m_triggers;
    QStringList m_ftsTables;
    QStringList m_refill;
};

// For a bulk load inside an open transaction: drops the indexes on `table` that only serve
// reads — not those of its PRIMARY KEY or UNIQUE constraints, nor any other UNIQUE index,
// which keep refusing duplicates during the load — remembering their SQL; finish() creates
// them again. An index built from all rows at once is one sort; rows inserted one by one in
// another order than the index's write all over it (a million sales in time order cost
// seconds in an index by customer). If the transaction rolls back instead, the drop rolls
// back with it. A DeferredIndexes made by none() drops and rebuilds nothing.
class DeferredIndexes
{
public:
    static Result<DeferredIndexes> suspend(QSqlDatabase& db, const QString& table);
    static DeferredIndexes none() { return DeferredIndexes({}, {}); }
    Status finish();

private:
    DeferredIndexes(QSqlDatabase db, QStringList creates);
    QSqlDatabase m_db;
    QStringList m_creates;
};

// How many rows of the FTS5 table `ftsTable` match `match` (fast: it reads the index only).
Result<qint64> matchCount(const QSqlDatabase& db, const QString& ftsTable, const QString& match);

// A prepared statement run through SQLite's own interface: Qt's bindValue() costs more than
// SQLite's whole insert, which matters to imports, demo data and saving a sale, and Qt's
// value() per cell more than SQLite's grouping of a million sales (segments). Parameters
// are positional, from 1; columns from 0. Must not outlive the database connection.
class FastStatement
{
public:
    static Result<std::unique_ptr<FastStatement>> prepare(const QSqlDatabase& db,
                                                          const QString& sql);
    ~FastStatement();
    FastStatement(const FastStatement&) = delete;
    FastStatement& operator=(const FastStatement&) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QString& value); // text, '' for a null QString
    void bind(int index, QByteArrayView utf8);  // text, '' for a null view; copied
    void bindNull(int index);
    // Runs the statement and readies it for the next bindings; the rowid it inserted.
    Result<qint64> insert();
    // For a query: true while a row is ready, then false (and ready for new bindings).
    Result<bool> next();
    // Runs a query, calling `visit` for each row (read it through the column functions).
    Status forEach(const std::function<void()>& visit);
    qint64 columnInt(int column) const; // 0 for NULL
    QString columnText(int column) const;

private:
    FastStatement(void* connection, void* statement);
    void* m_connection; // sqlite3*
    void* m_statement;  // sqlite3_stmt*
};

// For a bulk load: a page cache of `megabytes` until destroyed, so that a transaction
// writing hundreds of megabytes keeps its dirty pages in memory instead of spilling them.
class BulkCache
{
public:
    BulkCache(QSqlDatabase db, int megabytes);
    ~BulkCache();
    BulkCache(const BulkCache&) = delete;
    BulkCache& operator=(const BulkCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

// PASSIVE checkpoint: never waits for readers or writers.
Status checkpoint(QSqlDatabase& db);

// An FTS5 query matching rows that hold a word starting with each of `words`
// ("budi sant" → "budi"* AND "sant"*). Quotes inside words are escaped.
QString prefixMatchQuery(const QStringList& words);
// An FTS5 trigram query matching the literal substring `text` (at least 3 characters).
QString substringMatchQuery(const QString& text);

} // namespace setia::sqlite
