#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace setia {

class Clock;
class Database;
class IntegrityQuery;

// Keeping the shop's only file trustworthy (SPEC §12): verified backups and the check of
// the file and of Setia's own promises about its data.
class DataSafetyService
{
    Q_DECLARE_TR_FUNCTIONS(DataSafetyService)

public:
    // What a backup holds, for a message: its data version and every table's rows.
    struct BackupSummary
    {
        int schemaVersion = 0;
        QMap<QString, qint64> rows;
    };

    // One of the backups Setia takes by itself (SPEC §12), for the list in Settings.
    struct AutomaticBackup
    {
        enum class Reason { Daily, BeforeUpgrade, BeforeRestore };
        QString path;
        Reason reason = Reason::Daily;
        QDateTime taken;
        qint64 bytes = 0;
        int fromVersion = 0; // the data version upgraded from (BeforeUpgrade)
    };

    // What a file offered for restoring holds, once verified.
    struct FileContents
    {
        int schemaVersion = 0;
        QDateTime modified; // the file's last change
        qint64 customers = 0;
        qint64 sales = 0;
    };

    DataSafetyService(Database& database, const IntegrityQuery& integrity, const Clock& clock);

    // A verified copy of the open database at `target` (never over the database itself,
    // never through a symbolic link; mode 0600). Nothing is left at `target` on failure.
    Result<BackupSummary> backup(const QString& target);

    // Puts the backup `source` in place of the open database's contents, once it is
    // verified (a Setia database, not newer, intact) and the current contents are backed up
    // into backups/ beside the database (its path in `savedAs`). Refused: nothing changes.
    Result<BackupSummary> restore(const QString& source, QString* savedAs);

    // The backup of the first start of the day (SPEC §12): taken, and the older ones
    // rotated, unless one was taken today or the file is read-only or in memory. Its path,
    // or empty when none was due. Reads through a connection of its own: it may run on a
    // worker thread while the app goes on.
    Result<QString> dailyBackup();
    // The folder of the automatic backups: backups/ beside the database.
    QString backupFolder() const;
    // Setia's automatic backups of this database, newest first.
    QList<AutomaticBackup> automaticBackups() const;
    // Verifies `path` as a file to restore (a Setia database, not newer, intact) and says
    // what it holds; the error says why it cannot be restored.
    Result<FileContents> inspect(const QString& path) const;

    // The engine's quick check and foreign keys, then Setia's invariants: each sale's totals
    // equal its lines, no points or stamp balance below zero. One translated line per
    // problem; none when everything holds.
    Result<QStringList> check() const;

private:
    Database& m_database;
    const IntegrityQuery& m_integrity;
    const Clock& m_clock;
};

} // namespace setia
