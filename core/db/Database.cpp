#include "db/Database.h"

#include "db/Migrations.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "db/sqlite/SqliteDialect.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
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

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    const QString filePath = isMemory(path) ? path : QFileInfo(path).absoluteFilePath();
    if (!isMemory(path)) {
        const QFileInfo file(filePath);
        if (file.exists() && !file.isFile())
            return Error(Error::Kind::CannotOpen,
                         tr("%1 is a folder, not a database file. Choose a file name.")
                             .arg(QDir::toNativeSeparators(filePath)));
        if (!QDir().mkpath(file.absolutePath()))
            return Error(Error::Kind::CannotOpen,
                         tr("The folder %1 cannot be created. Choose another place for the "
                            "database.")
                             .arg(QDir::toNativeSeparators(file.absolutePath())));
        const QFileInfo folder(file.absolutePath());
        // WAL keeps two side files next to the database: the folder must be writable too.
        if ((file.exists() && !file.isWritable()) || !folder.isWritable())
            return Error(Error::Kind::ReadOnly,
                         tr("%1 cannot be written: the file or its folder is read-only. Check "
                            "the permissions, or copy the file to a folder you can write to.")
                             .arg(QDir::toNativeSeparators(filePath)));
    }

    std::unique_ptr<Database> database(
        new Database(filePath, nextConnectionName(), std::make_unique<SqliteDialect>()));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(database->dialect().driverName(), database->m_connectionName);
    db.setDatabaseName(filePath);
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

    if (Status status = m_dialect->configure(db); !status)
        return status;

    if (version > 0 && version < latestSchemaVersion() && !isMemory(m_path)) {
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_backupPath = m_path + QStringLiteral(".v%1-%2.bak").arg(version).arg(stamp);
        if (Status status = m_dialect->copyTo(db, m_backupPath); !status)
            return Error(status.error().kind(),
                         tr("Setia must copy the database aside before upgrading it, and the "
                            "copy failed: %1")
                             .arg(status.error().message()));
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
