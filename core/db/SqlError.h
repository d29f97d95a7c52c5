#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace setia {

// Turns a driver error into an Error whose message says what to do. SQLite's result
// codes decide the kind (busy, read-only, disk full, corrupt); anything else is a
// Database error carrying the driver's text for support.
class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    static Error from(const QSqlError& error);
    static Error from(const QSqlQuery& query) { return from(query.lastError()); }
    // From SQLite's own (extended) result code and message.
    static Error fromNative(int code, const QString& text);
};

} // namespace setia
