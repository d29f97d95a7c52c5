#include "db/Database.h"

#include "db/AutomaticBackups.h"
#include "db/DatabaseFile.h"
#include "db/Migrations.h"
#include "db/PrivateFiles.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "db/sqlite/SqliteDialect.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

namespace setia {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("setia-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isMemory(const QString& path)
{
    return path == QLatin1String(":memory:");
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<const SqlDialect> dialect)
    : m_dialect(std::move(dialect))
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/setia.db");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::inMemory() const
{
    return isMemory(m_path);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Opening opening)
{
    if (isMemory(path))
        return connect(path, QString());
    const QString filePath = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(filePath);
    const QFileInfo file(filePath);
    if (file.exists() && !file.isFile())
        return Error(Error::Kind::CannotOpen,
                     tr("%1 is a folder, not a database file. Choose a file name.").arg(shown));
    if (!file.exists()) {
        if (opening == Opening::Existing)
            return Error(Error::Kind::NotFound,
                         tr("There is no database at %1. Check the name and the folder; a new "
                            "database is made only on purpose (a new shop, the demo or a "
                            "restore).")
                             .arg(shown));
        if (Status made = PrivateFiles::makeFolder(file.absolutePath()); !made)
            return made.error();
        if (Status created = PrivateFiles::createFile(filePath); !created)
            return created.error();
        auto database = connect(filePath, QString());
        if (!database) // nothing of it is worth keeping: the file was empty a moment ago
            for (const QString& side : DatabaseFile::sideSuffixes())
                QFile::remove(filePath + side);
        return database;
    }
    // WAL keeps two side files next to the database: the folder must be writable too.
    const QFileInfo folder(file.absolutePath());
    if (!file.isWritable() || !folder.isWritable()) {
        const QString why =
            tr("%1 can only be read: the file or its folder is read-only. Nothing can be saved; "
               "to work in it, copy it to a folder you can write to, or ask whoever manages "
               "this computer for write permission.")
                .arg(shown);
        auto database = connect(filePath, why);
        // The log's index cannot be made in a read-only folder. With no log left beside the
        // file (it was closed cleanly), the file alone is the whole database: read it so.
        if (!database && database.error().kind() == Error::Kind::CannotOpen &&
            !QFileInfo::exists(filePath + QStringLiteral("-wal")))
            return connect(filePath, why, Reading::Unchanging);
        return database;
    }
    auto database = connect(filePath, QString());
    if (!database && database.error().kind() == Error::Kind::DiskFull)
        return connect(filePath, tr("The disk holding %1 is full, so Setia opened it read-only: "
                                    "nothing can be saved. Free some space on that drive and "
                                    "open Setia again; nothing was changed.")
                                     .arg(shown));
    return database;
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, const QString& readOnly,
                                                    Reading reading)
{
    std::unique_ptr<Database> database(
        new Database(path, nextConnectionName(), std::make_unique<SqliteDialect>()));
    database->m_readOnly = readOnly;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(database->dialect().driverName(), database->m_connectionName);
    db.setDatabaseName(reading == Reading::Unchanging ? database->dialect().unchangingName(path)
                                                      : path);
    if (reading == Reading::Unchanging)
        db.setConnectOptions(database->dialect().unchangingOptions());
    else if (!readOnly.isEmpty())
        db.setConnectOptions(database->dialect().readerOptions());
    if (!db.open())
        return SqlError::from(db);
    if (Status status = database->initialise(); !status)
        return status.error();
    return database;
}

Status Database::initialise()
{
    QSqlDatabase db = connection();
    auto stored = m_dialect->schemaVersion(db); // fails on a file that is not SQLite at all
    if (!stored)
        return stored.error();
    int version = *stored;
    auto content = m_dialect->content(db);
    if (!content)
        return content.error();
    if (*content == SqlDialect::Content::Foreign)
        return Error(Error::Kind::Corrupt,
                     tr("%1 is a database of another program, not of Setia. Choose a Setia "
                        "database file or a new file name.")
                         .arg(QDir::toNativeSeparators(m_path)));
    if (version > latestSchemaVersion())
        return Error(Error::Kind::NewerVersion,
                     tr("This database was written by a newer version of Setia (data version "
                        "%1; this Setia reads up to %2). Install the newer Setia to open it; "
                        "the file was not changed.")
                         .arg(version)
                         .arg(latestSchemaVersion()));

    m_schemaVersion = version;
    if (!m_readOnly.isEmpty()) {
        if (version < latestSchemaVersion())
            return Error(Error::Kind::ReadOnly,
                         tr("%1 was written by an older Setia and must be upgraded before it "
                            "is used, but it cannot be written. %2")
                             .arg(QDir::toNativeSeparators(m_path), m_readOnly));
        return m_dialect->configureReader(db);
    }
    if (Status status = m_dialect->configure(db); !status)
        return status;

    if (version > 0 && version < latestSchemaVersion() && !isMemory(m_path)) {
        auto saved = AutomaticBackups::take(*this, AutomaticBackups::Reason::BeforeUpgrade,
                                            QDateTime::currentDateTime(), version);
        if (!saved)
            return Error(saved.error().kind(),
                         tr("Setia must back up the database before upgrading it, and the "
                            "backup failed, so nothing was changed: %1")
                             .arg(saved.error().message()));
        m_backupPath = *saved;
    }

    for (const Migration& migration : migrations()) {
        if (migration.version <= version)
            continue;
        Transaction transaction(*this);
        if (Status status = transaction.begin(); !status)
            return status;
        for (const QString& statement : migration.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return SqlError::from(query);
        }
        if (migration.fill) {
            if (Status status = migration.fill(db); !status)
                return status;
        }
        if (Status status = m_dialect->setSchemaVersion(db, migration.version); !status)
            return status;
        if (migration.version == 1) {
            if (Status status = m_dialect->markAsSetia(db); !status)
                return status;
        }
        if (Status status = transaction.commit(); !status)
            return status;
        version = migration.version;
    }
    m_schemaVersion = version;
    return {};
}

Status Database::checkpoint()
{
    QSqlDatabase db = connection();
    return m_dialect->checkpoint(db);
}

std::unique_ptr<SqlDialect::Suspension> Database::bulkCache(int megabytes)
{
    QSqlDatabase db = connection();
    return m_dialect->bulkCache(db, megabytes);
}

Result<qint64> Database::dataVersion() const
{
    return m_dialect->changeCounter(connection());
}

void Database::afterCommit(std::function<void()> then)
{
    if (m_openTransactions == 0)
        then();
    else
        m_afterCommit.push_back(std::move(then));
}

} // namespace setia
