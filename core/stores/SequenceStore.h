#pragma once

#include "common/Result.h"

#include <QString>

namespace setia {

class Database;

// Named counters (member codes, later receipt numbers). Call inside the transaction that
// uses the number, so a rolled-back save gives its number back.
class SequenceStore
{
public:
    explicit SequenceStore(Database& database);

    // The next value of `name`, starting at 1.
    Result<qint64> next(const QString& name);
    // The value next() would give now, without taking it.
    Result<qint64> peek(const QString& name) const;
    // Makes sure the next value of `name` is at least `value` (after a bulk load that
    // numbered its rows itself).
    Status ensureNextAtLeast(const QString& name, qint64 value);

private:
    Database& m_database;
};

} // namespace setia
