#pragma once

#include "common/Result.h"
#include "db/Statement.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

class QObject;
class QSqlDatabase;
class QSqlDriver;
class QSqlError;

namespace setia {

// What one database engine spells its own way, in one place (as KMyMoney's SQL driver
// classes): connection settings and file header fields, write locks, copies, checkpoints,
// change counters, fast statements, bulk-load tricks, full-text search, row ids, temporary
// tables, upserts, case-insensitive matching and error codes. Stores write portable SQL and
// ask their Database's dialect for the rest; dates are worked out in C++, never with an
// engine's date functions. Only SQLite's side exists yet (SqliteDialect). Stateless; each
// Database owns the one of its engine.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The dialect of the engine behind a Qt driver (a connection Setia opened).
    static std::unique_ptr<SqlDialect> forDriver(const QSqlDriver* driver);

    // --- Connections and files --------------------------------------------------------
    // The Qt driver that speaks to the engine ("QSQLITE").
    virtual QString driverName() const = 0;
    // Setia's settings for a connection it writes through.
    virtual Status configure(QSqlDatabase& db) const = 0;
    // A second, read-only connection of the same file (a worker thread's): the driver's
    // options to open it with, and its settings once open.
    virtual QString readerOptions() const = 0;
    virtual Status configureReader(QSqlDatabase& db) const = 0;
    // The name and connect options that read a file which nothing else can change (in a
    // read-only folder), without the side files a writer would need.
    virtual QString unchangingName(const QString& path) const = 0;
    virtual QString unchangingOptions() const = 0;
    // How long a write waits for another connection's lock before failing as Busy, and
    // changing it on a connection.
    virtual int lockTimeoutMs() const = 0;
    virtual Status setLockTimeout(QSqlDatabase& db, int ms) const = 0;
    // Starts a transaction that holds the write lock from its start, waiting out another
    // writer for a while (Error::Kind::Busy after that).
    virtual Status beginWrite(QSqlDatabase& db) const = 0;
    virtual Result<int> schemaVersion(const QSqlDatabase& db) const = 0;
    virtual Status setSchemaVersion(QSqlDatabase& db, int version) const = 0;
    enum class Content { Empty, Setia, Foreign };
    // Whether the database is new, Setia's, or another program's.
    virtual Result<Content> content(const QSqlDatabase& db) const = 0;
    // Marks a new database as Setia's.
    virtual Status markAsSetia(QSqlDatabase& db) const = 0;
    // A consistent copy of the whole database, written to the file `target`.
    virtual Status copyTo(QSqlDatabase& db, const QString& target) const = 0;
    // Replaces every page of the database with those of the file `source`, through the
    // engine's own locks, so that other connections see the new contents (not a file
    // swapped under them).
    virtual Status replaceWith(QSqlDatabase& db, const QString& source) const = 0;
    // What the engine's own checks find wrong in the file, one line each (none: intact);
    // `quick` leaves out the slow cross-check of every index against its table.
    virtual Result<QStringList> integrityProblems(const QSqlDatabase& db, bool quick) const = 0;
    // Rows whose reference points at nothing, one line each.
    virtual Result<QStringList> foreignKeyProblems(const QSqlDatabase& db) const = 0;
    // Every table with its number of rows.
    virtual Result<QMap<QString, qint64>> tableRows(const QSqlDatabase& db) const = 0;
    // Moves committed changes from the engine's log into the file, without waiting.
    virtual Status checkpoint(QSqlDatabase& db) const = 0;
    // What keeps the log short while the app runs (nullptr when the engine needs nothing).
    virtual std::unique_ptr<QObject> startMaintenance(const QString& path) const = 0;
    // A number that changes whenever another connection commits.
    virtual Result<qint64> changeCounter(const QSqlDatabase& db) const = 0;
    // The Error (with its translated advice) for a driver's error.
    virtual Error error(const QSqlError& error) const = 0;

    // --- Fast statements and bulk loads ---------------------------------------------------
    virtual Result<std::unique_ptr<Statement>> prepare(const QSqlDatabase& db,
                                                       const QString& sql) const = 0;

    // Undone by finish(), or by the rollback of the transaction it was made in.
    class Suspension
    {
    public:
        virtual ~Suspension() = default;
        virtual Status finish() = 0;
    };
    // A full-text index kept in step with `table` (its rows' id column is `id`).
    struct TextIndex
    {
        QString name;
        QStringList columns; // of `table`, indexed in this order
        QString where;       // which rows of `table` the index holds
    };
    // For a bulk load inside an open transaction: stops keeping `indexes` in step with each
    // row of `table`; finish() fills them again from the table, once.
    virtual Result<std::unique_ptr<Suspension>>
    suspendTextIndexes(QSqlDatabase& db, const QString& table,
                       const QList<TextIndex>& indexes) const = 0;
    // For a bulk load inside an open transaction: drops the indexes of `table` that only
    // serve reads (never those that keep values unique); finish() builds them again, once.
    virtual Result<std::unique_ptr<Suspension>> deferIndexes(QSqlDatabase& db,
                                                             const QString& table) const = 0;
    // For a bulk load: more memory for the connection's cache until the object goes.
    virtual std::unique_ptr<Suspension> bulkCache(QSqlDatabase& db, int megabytes) const = 0;

    // --- SQL spelling ------------------------------------------------------------------------
    // The ids (one column, `id`) of the rows a full-text index holds that match `:match`:
    // "SELECT … AS id FROM index WHERE … :match".
    virtual QString textMatchIds(const TextIndex& index) const = 0;
    // The same as a FROM clause that starts from the index and joins `table AS alias`,
    // for few matches: "FROM … WHERE …" (more conditions follow with AND).
    virtual QString textMatchFrom(const TextIndex& index, const QString& table,
                                  const QString& alias) const = 0;
    // The :match value for rows holding a word starting with each of `words`.
    virtual QString prefixMatch(const QStringList& words) const = 0;
    // The :match value for rows holding the literal `text` (3 characters or more).
    virtual QString substringMatch(const QString& text) const = 0;
    // How many rows of the index match (reading the index alone).
    virtual Result<qint64> textMatchCount(const QSqlDatabase& db, const TextIndex& index,
                                          const QString& match) const = 0;
    // `expression` such that the planner uses no index to find it (a join order hint).
    virtual QString withoutIndex(const QString& expression) const = 0;
    // A join that keeps the tables in the order written (the planner would choose worse).
    virtual QString orderedJoin() const = 0;
    // `expression` compared and sorted ignoring the case of ASCII letters.
    virtual QString ignoringCase(const QString& expression) const = 0;
    // `expression LIKE pattern`, ignoring case, with '\' escaping % and _ in the pattern.
    virtual QString likeIgnoringCase(const QString& expression, const QString& pattern) const = 0;
    // The larger of two values.
    virtual QString greatest(const QString& a, const QString& b) const = 0;
    // "INSERT INTO table (columns) VALUES (:column, …)" that, when a row with the same `keys`
    // exists, runs `update` on it instead (excluded.column names the new values).
    virtual QString upsert(const QString& table, const QStringList& columns,
                           const QStringList& keys, const QString& update) const = 0;
    // A temporary table of the connection: "CREATE … IF NOT EXISTS", and its qualified name.
    virtual QString createTemporaryTable(const QString& name, const QString& columns,
                                         const QString& primaryKey) const = 0;
    virtual QString temporaryTable(const QString& name) const = 0;
};

} // namespace setia
