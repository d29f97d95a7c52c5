#include "db/SqlError.h"

#include "db/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace setia {

Error SqlError::from(const QSqlQuery& query)
{
    return SqlDialect::forDriver(query.driver())->error(query.lastError());
}

Error SqlError::from(const QSqlDatabase& db)
{
    return SqlDialect::forDriver(db.driver())->error(db.lastError());
}

Error SqlError::make(Error::Kind kind, const QString& detail)
{
    switch (kind) {
    case Error::Kind::Duplicate:
        return Error(
            kind,
            tr("This is already saved: a value that must be unique is taken. (%1)").arg(detail));
    case Error::Kind::Busy:
        return Error(kind, tr("The database is in use by another program or another Setia "
                              "window. Close it and try again."));
    case Error::Kind::ReadOnly:
        return Error(kind, tr("The database file cannot be written (it is read-only). Check the "
                              "file and folder permissions, or copy the file to a folder you "
                              "can write to."));
    case Error::Kind::DiskFull:
        return Error(kind, tr("The disk is full, so nothing was saved. Free some space and try "
                              "again; your earlier data is safe."));
    case Error::Kind::Corrupt:
        return Error(kind, tr("The file is not a Setia database or it is damaged. Open another "
                              "file, or restore your latest backup."));
    case Error::Kind::CannotOpen:
        return Error(kind, tr("The database file cannot be opened. Check that the folder exists "
                              "and that you may write to it."));
    case Error::Kind::Io:
        return Error(kind, tr("The disk reported an error while reading or writing the "
                              "database. Check the disk, then try again. (%1)")
                               .arg(detail));
    default:
        return Error(Error::Kind::Database, tr("The database reported an error: %1").arg(detail));
    }
}

} // namespace setia
