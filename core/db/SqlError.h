#pragma once

#include "common/Error.h"

#include <QCoreApplication>

class QSqlDatabase;
class QSqlQuery;

namespace setia {

// Turns a driver error into an Error whose message says what to do. The engine's dialect
// decides the kind (busy, read-only, disk full, corrupt, …) from its own error codes;
// anything else is a Database error carrying the driver's text for support.
class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    static Error from(const QSqlQuery& query);
    // The connection's last error (a failed open, begin or commit).
    static Error from(const QSqlDatabase& db);
    // The Error of `kind` with Setia's advice for it; `detail` is the engine's own words,
    // kept where they help support (duplicates, disk errors, anything unexpected).
    static Error make(Error::Kind kind, const QString& detail);
};

} // namespace setia
