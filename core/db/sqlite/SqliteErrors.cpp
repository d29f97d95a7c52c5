#include "db/sqlite/SqliteErrors.h"

#include "db/SqlError.h"

namespace setia::sqliteErrors {
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

Error::Kind kindOf(int code)
{
    if (code == sqliteConstraintUnique || code == sqliteConstraintPrimaryKey)
        return Error::Kind::Duplicate;
    switch (code < 0 ? -1 : code & 0xff) {
    case sqliteBusy:
    case sqliteLocked:
        return Error::Kind::Busy;
    case sqliteReadOnly:
        return Error::Kind::ReadOnly;
    case sqliteFull:
        return Error::Kind::DiskFull;
    case sqliteCorrupt:
    case sqliteNotADb:
        return Error::Kind::Corrupt;
    case sqliteCantOpen:
        return Error::Kind::CannotOpen;
    case sqliteIoErr:
        return Error::Kind::Io;
    default:
        return Error::Kind::Database;
    }
}

} // namespace

Error fromNative(int code, const QString& text)
{
    return SqlError::make(kindOf(code), text);
}

} // namespace setia::sqliteErrors
