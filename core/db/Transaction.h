#pragma once

#include "common/Result.h"

#include <functional>

namespace setia {

class Database;

// A database transaction that rolls back unless committed: every write of a use case goes
// through one, so nothing is ever half-written. Each end, commit or rollback, counts as a
// change of the database (Database::changes()).
//
// Transactions nest: one begun while another is open on the same Database joins it, and its
// commit only hands over to the outer one — which commits everything, or nothing if any inner
// transaction was dropped uncommitted. So a bulk load (demo data) runs many services' bulk
// calls, each with its own Transaction, as one.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Must be called, and succeed, before any write. Another program holding the write lock
    // is waited for a few seconds, then the begin fails as Error::Kind::Busy.
    Status begin();
    // For long work (an import) that may meet another long writer: while the write lock is
    // held elsewhere, `waiting` is asked about once a second, with the seconds waited so far,
    // whether to wait on (it may tell the user and process events; false gives up with
    // Busy). Empty: as begin().
    Status begin(const std::function<bool(int waitedSeconds)>& waiting);
    Status commit();

private:
    Database& m_database;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace setia
