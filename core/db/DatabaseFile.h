#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace setia {

class Database;
class SqlDialect;

// A Setia database file other than the open one — a backup being written, a file to
// restore — checked before it is trusted (SPEC §12).
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    struct Summary
    {
        int schemaVersion = 0;
        QMap<QString, qint64> rows; // every table's number of rows
    };

    // Opens `path` read-only and checks that it is a Setia database no newer than this
    // Setia and intact (the engine's full integrity check). The errors say which it is not.
    static Result<Summary> verify(const SqlDialect& dialect, const QString& path);

    // What SQLite keeps beside a database file: "-wal", "-shm", "-journal" (and "" for the
    // file itself, first).
    static const QStringList& sideSuffixes();

    // Whether `candidate` is the database file at `databasePath` or one of its side files
    // (`-wal`, `-shm`, `-journal`), however it is spelt: by canonical path and by inode.
    static bool isPartOf(const QString& databasePath, const QString& candidate);

    // Refuses `path` as a file to write (an export, a PDF, a rejects file) when it is the
    // database at `databasePath` or one of its side files, or a symbolic link.
    static Status checkTarget(const QString& databasePath, const QString& path);

    // A verified copy of `database` at `target` (SPEC §12): written to `target.part` (mode
    // 0600, never through a symbolic link), checked — intact, the same schema version and
    // the same number of rows in every table — then renamed over `target`. A copy that fails
    // its check is deleted; nothing is left at `target` but a complete, checked file. It reads
    // through a connection of its own, so it may run on any thread.
    static Result<Summary> backup(const Database& database, const QString& target);

    // Puts the verified file `source` in place of what `database` holds, through the
    // engine (other programs with the file open see the new contents), after a backup of
    // the current contents into `backups/` beside it (AutomaticBackups, at `now`; its path in
    // `savedAs`). A file older than this Setia is upgraded when the database is next opened.
    static Result<Summary> restore(Database& database, const QString& source, const QDateTime& now,
                                   QString* savedAs);

    // The folder of automatic backups: backups/ beside the database, made 0700.
    static QString backupFolder(const Database& database);
};

} // namespace setia
