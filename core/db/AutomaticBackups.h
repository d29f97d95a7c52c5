#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace setia {

class Database;

// The backups Setia takes by itself (SPEC §12), in backups/ beside the database (0700):
// at the first start of each day, before a migration and before a restore. Each is a
// verified backup (DatabaseFile::backup) named
//     <file stem>-<reason>-<yyyyMMdd-HHmmss>[-n].db
// with the reason harian (daily), sebelum-pembaruan-v<old version> (before an upgrade) or
// sebelum-pemulihan (before a restore); a name already taken gets the next -n, so two
// backups in one second never collide.
//
// Rotation keeps, of each reason's backups, the newest of each of the 7 latest days that
// have one, of each of the 4 latest weeks (ISO weeks) and of each of the 12 latest months;
// the rest are deleted. Reasons rotate apart — and the copies taken before upgrading from
// each data version too —, so daily backups never push out the copy taken before an upgrade
// or a restore. Files in the folder that Setia did not name are left alone.
class AutomaticBackups
{
    Q_DECLARE_TR_FUNCTIONS(AutomaticBackups)

public:
    enum class Reason { Daily, BeforeUpgrade, BeforeRestore };

    struct Entry
    {
        QString path;
        Reason reason = Reason::Daily;
        QDateTime taken;
        int fromVersion = 0; // the schema version upgraded from (BeforeUpgrade only)
        int sequence = 1;    // the n of a name taken twice in one second: later ones are higher
        qint64 bytes = 0;
    };

    // Takes a backup for `reason` now, then rotates; returns its path. `fromVersion` names a
    // BeforeUpgrade backup. The database's schemaVersion() must be the file's version.
    static Result<QString> take(const Database& database, Reason reason, const QDateTime& now,
                                int fromVersion = 0);

    // Whether no daily backup was taken on `now`'s date.
    static bool dailyDue(const Database& database, const QDateTime& now);

    // Setia's backups of this database, newest first.
    static QList<Entry> list(const Database& database);

    // Of `entries` (one database's), the paths rotation deletes.
    static QStringList expired(QList<Entry> entries);

private:
    // Newest first: by time taken, then by sequence.
    static bool newer(const Entry& a, const Entry& b);
    static QString fileName(const QString& stem, Reason reason, const QDateTime& taken,
                            int fromVersion, int n);
};

} // namespace setia
