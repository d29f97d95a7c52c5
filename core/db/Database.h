#pragma once

#include "common/Result.h"
#include "db/SqlDialect.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QSqlDatabase;

namespace setia {

// One open Setia database file: a named connection with Setia's pragmas, migrated to the
// current schema. Owned by the composition root; stores borrow its connection and must be
// used on the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Whether opening may make a new database. Only making a shop (init, the demo, the
    // welcome's question) and restoring do: anything else given a path where no file is
    // fails with Error::Kind::NotFound, so a mistyped name never starts an empty shop.
    enum class Opening { Existing, CreateIfMissing };

    // Opens the file at `path` (or creates it, mode 0600 in a folder made 0700, when
    // `opening` allows) and migrates it. A file from a newer Setia is refused
    // (Error::Kind::NewerVersion) and left untouched; an older one is first backed up
    // (AutomaticBackups, see backupPath()). A file that cannot be written — it or its folder
    // is read-only, or the disk is full — is opened read-only when it is current (see
    // readOnly()). ":memory:" opens a private in-memory database.
    static Result<std::unique_ptr<Database>> open(const QString& path, Opening opening);

    // The file Setia uses when none is given: setia.db in the user's data folder.
    static QString defaultPath();

    QSqlDatabase connection() const;
    // What the engine spells its own way; stores ask it instead of writing it themselves.
    const SqlDialect& dialect() const { return *m_dialect; }
    const QString& path() const { return m_path; }
    bool inMemory() const;
    int schemaVersion() const { return m_schemaVersion; }
    // Where the file was backed up before this open migrated it; empty if it was not.
    const QString& backupPath() const { return m_backupPath; }
    // Why the file was opened read-only (a translated sentence that says what to do); empty
    // when it can be written. Every write then fails with Error::Kind::ReadOnly.
    const QString& readOnly() const { return m_readOnly; }

    // Moves committed pages from the write-ahead log into the file. Automatic checkpoints
    // are off, so that a save never pays for one: bulk writers call this afterwards and
    // long-running processes run a WalCheckpointer.
    Status checkpoint();

    // For a bulk load: a larger page cache for this connection until the object goes.
    std::unique_ptr<SqlDialect::Suspension> bulkCache(int megabytes);

    // Moves with every transaction through this object that ends, committed or rolled back:
    // what is kept in memory from the data (segments, list counts) is stale once this moves,
    // or once dataVersion() says another connection wrote. (A rollback matters: what was read
    // inside the transaction may be gone.)
    quint64 changes() const { return m_changes; }
    // The rollbacks among them: what a store keeps of its own rows (list counts, the name
    // order) is marked stale as it writes them, but a rollback takes the writes back.
    quint64 rollbacks() const { return m_rollbacks; }
    // Changes when another connection commits (SQLite's `PRAGMA data_version`).
    Result<qint64> dataVersion() const;

    // Runs `then` once what was written is committed: right away when no transaction is
    // open, else after the outermost one commits — never when it rolls back. Services
    // announce their changes this way, so that nobody reads a change that may yet vanish.
    void afterCommit(std::function<void()> then);

private:
    friend class Transaction;
    Database(QString path, QString connectionName, std::unique_ptr<const SqlDialect> dialect);
    // Unchanging: the file is read as one that nothing writes (no log beside it).
    enum class Reading { Normal, Unchanging };
    static Result<std::unique_ptr<Database>> connect(const QString& path, const QString& readOnly,
                                                     Reading reading = Reading::Normal);
    Status initialise();

    std::unique_ptr<const SqlDialect> m_dialect;
    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    quint64 m_changes = 0;
    quint64 m_rollbacks = 0;
    int m_openTransactions = 0; // Transactions begun and not yet ended (nested ones too)
    bool m_doomed = false;      // a nested Transaction ended uncommitted: roll the outer back
    std::vector<std::function<void()>> m_afterCommit; // of the open transaction
    QString m_backupPath;
    QString m_readOnly;
};

} // namespace setia
