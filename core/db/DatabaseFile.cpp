#include "db/DatabaseFile.h"

#include "db/AutomaticBackups.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/PrivateFiles.h"
#include "db/ReaderConnection.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace setia {
namespace {} // namespace

Result<DatabaseFile::Summary> DatabaseFile::verify(const SqlDialect& dialect, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error(Error::Kind::NotFound,
                     tr("%1 does not exist or is not a file. Check the name.").arg(shown));
    const auto file = ReaderConnection::openFile(dialect, path);
    if (!file)
        return Error(Error::Kind::CannotOpen, tr("%1 cannot be opened.").arg(shown));
    const QSqlDatabase db = file->connection();
    auto content = dialect.content(db);
    if (!content || *content != SqlDialect::Content::Setia)
        return Error(Error::Kind::Corrupt,
                     tr("%1 is not a Setia database (or is damaged beyond reading).").arg(shown));
    auto version = dialect.schemaVersion(db);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return Error(Error::Kind::NewerVersion,
                     tr("%1 was written by a newer Setia (data version %2; this Setia reads up "
                        "to %3).")
                         .arg(shown)
                         .arg(*version)
                         .arg(latestSchemaVersion()));
    auto problems = dialect.integrityProblems(db, false);
    if (!problems || !problems->isEmpty())
        return Error(Error::Kind::Corrupt,
                     tr("%1 is damaged: %2")
                         .arg(shown, problems ? problems->first() : problems.error().message()));
    auto rows = dialect.tableRows(db);
    if (!rows)
        return rows.error();
    return Summary{*version, std::move(rows).value()};
}

const QStringList& DatabaseFile::sideSuffixes()
{
    static const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                         QStringLiteral("-journal")};
    return suffixes;
}

bool DatabaseFile::isPartOf(const QString& databasePath, const QString& candidate)
{
    const QFileInfo target(candidate);
    const QString targetPath = target.exists()
                                   ? target.canonicalFilePath()
                                   : QFileInfo(target.absolutePath()).canonicalFilePath() +
                                         QLatin1Char('/') + target.fileName();
    struct stat targetStat
    {
    };
    const bool targetExists = ::stat(QFile::encodeName(candidate).constData(), &targetStat) == 0;
    const QString base = QFileInfo(databasePath).canonicalFilePath();
    for (const QString& side : sideSuffixes()) {
        const QString path = databasePath + side;
        const QString canonical = base.isEmpty() ? QString() : base + side;
        if (!canonical.isEmpty() && canonical == targetPath)
            return true;
        struct stat sideStat
        {
        };
        if (targetExists && ::stat(QFile::encodeName(path).constData(), &sideStat) == 0 &&
            sideStat.st_dev == targetStat.st_dev && sideStat.st_ino == targetStat.st_ino)
            return true;
    }
    return false;
}

Status DatabaseFile::checkTarget(const QString& databasePath, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (isPartOf(databasePath, path))
        return Error(Error::Kind::Validation,
                     tr("%1 is the database itself: writing there would destroy it. Choose "
                        "another file; nothing was written.")
                         .arg(shown));
    if (QFileInfo(path).isSymLink())
        return Error(Error::Kind::Validation,
                     tr("%1 is a symbolic link: Setia does not write through one. Choose "
                        "another file.")
                         .arg(shown));
    return {};
}

Result<DatabaseFile::Summary> DatabaseFile::backup(const Database& database, const QString& target)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (database.inMemory())
        return Error(Error::Kind::Validation, tr("A database in memory has no file to back up."));
    if (isPartOf(database.path(), target))
        return Error(
            Error::Kind::Validation,
            tr("%1 is the database itself: choose another file for the backup.").arg(shown));
    if (QFileInfo(target).isSymLink())
        return Error(Error::Kind::Validation,
                     tr("%1 is a symbolic link: Setia does not write through one. Choose "
                        "another file.")
                         .arg(shown));
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part); // a copy a killed backup left behind
    const SqlDialect& dialect = database.dialect();
    // A connection of its own, on the calling thread: a backup may run off the UI thread
    // while the app goes on writing through the main connection.
    const auto reader = ReaderConnection::open(database);
    if (!reader)
        return Error(Error::Kind::CannotOpen,
                     tr("The database cannot be read for the backup. Check that the file is "
                        "still there and readable."));
    QSqlDatabase db = reader->connection();
    // A writer elsewhere may commit while the copy is made: the rows counted before and
    // after then differ, and the copy is made again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto before = dialect.tableRows(db);
        if (!before)
            return before.error();
        if (Status created = PrivateFiles::createFile(part); !created)
            return created.error();
        Status copied = dialect.copyTo(db, part);
        auto after = dialect.tableRows(db);
        if (!copied || !after) {
            QFile::remove(part);
            return !copied ? copied.error() : after.error();
        }
        if (*before != *after) {
            QFile::remove(part);
            continue;
        }
        auto summary = verify(dialect, part);
        const bool same = summary && summary->schemaVersion == database.schemaVersion() &&
                          summary->rows == *before;
        if (!same) {
            QFile::remove(part);
            return Error(Error::Kind::Corrupt,
                         tr("The backup did not pass its check and was deleted: %1")
                             .arg(summary ? tr("its rows differ from the database's")
                                          : summary.error().message()));
        }
        if (std::rename(QFile::encodeName(part).constData(),
                        QFile::encodeName(target).constData()) != 0) {
            const int failure = errno;
            QFile::remove(part);
            return Error(Error::Kind::Io,
                         tr("The backup could not be put at %1 (%2).")
                             .arg(shown, QString::fromLocal8Bit(std::strerror(failure))));
        }
        return summary;
    }
    return Error(Error::Kind::Busy, tr("The database kept changing while it was copied. Try "
                                       "the backup again when the shop is quieter."));
}

QString DatabaseFile::backupFolder(const Database& database)
{
    return QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<DatabaseFile::Summary> DatabaseFile::restore(Database& database, const QString& source,
                                                    const QDateTime& now, QString* savedAs)
{
    if (database.inMemory())
        return Error(Error::Kind::Validation, tr("A database in memory cannot be restored into."));
    if (isPartOf(database.path(), source))
        return Error(Error::Kind::Validation,
                     tr("%1 is the database itself: choose a backup to restore.")
                         .arg(QDir::toNativeSeparators(source)));
    auto summary = verify(database.dialect(), source);
    if (!summary)
        return Error(summary.error().kind(),
                     tr("Nothing was restored: %1").arg(summary.error().message()));

    auto before = AutomaticBackups::take(database, AutomaticBackups::Reason::BeforeRestore, now);
    if (!before)
        return Error(before.error().kind(),
                     tr("The current data could not be backed up first, so nothing was "
                        "restored: %1")
                         .arg(before.error().message()));
    if (savedAs)
        *savedAs = *before;
    QSqlDatabase db = database.connection();
    if (Status replaced = database.dialect().replaceWith(db, source); !replaced)
        return Error(replaced.error().kind(),
                     tr("The restore failed: %1 The data before it is in %2.")
                         .arg(replaced.error().message(), QDir::toNativeSeparators(*before)));
    return summary;
}

} // namespace setia
