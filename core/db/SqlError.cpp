#include "db/SqlError.h"

namespace setia {
namespace {

// SQLite primary result codes (the low byte of an extended code).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADb = 26;
constexpr int sqliteConstraintPrimaryKey = 1555; // extended codes
constexpr int sqliteConstraintUnique = 2067;

} // namespace

Error SqlError::from(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return fromNative(ok ? code : -1, error.text());
}

Error SqlError::fromNative(int nativeCode, const QString& detail)
{
    if (nativeCode == sqliteConstraintUnique || nativeCode == sqliteConstraintPrimaryKey)
        return Error(
            Error::Kind::Duplicate,
            tr("This is already saved: a value that must be unique is taken. (%1)").arg(detail));
    switch (nativeCode < 0 ? -1 : nativeCode & 0xff) {
    case sqliteBusy:
    case sqliteLocked:
        return Error(Error::Kind::Busy,
                     tr("The database is in use by another program or another Setia window. "
                        "Close it and try again."));
    case sqliteReadOnly:
        return Error(Error::Kind::ReadOnly,
                     tr("The database file cannot be written (it is read-only). Check the file "
                        "and folder permissions, or copy the file to a folder you can write to."));
    case sqliteFull:
        return Error(Error::Kind::DiskFull,
                     tr("The disk is full, so nothing was saved. Free some space and try "
                        "again; your earlier data is safe."));
    case sqliteCorrupt:
    case sqliteNotADb:
        return Error(Error::Kind::Corrupt,
                     tr("The file is not a Setia database or it is damaged. Open another "
                        "file, or restore your latest backup."));
    case sqliteCantOpen:
        return Error(Error::Kind::CannotOpen,
                     tr("The database file cannot be opened. Check that the folder exists and "
                        "that you may write to it."));
    case sqliteIoErr:
        return Error(Error::Kind::Io,
                     tr("The disk reported an error while reading or writing the database. "
                        "Check the disk, then try again. (%1)")
                         .arg(detail));
    default:
        return Error(Error::Kind::Database, tr("The database reported an error: %1").arg(detail));
    }
}

} // namespace setia
