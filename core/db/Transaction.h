#pragma once

#include "common/Result.h"

namespace setia {

class Database;

// A database transaction that rolls back unless committed: every write of a use case goes
// through one, so nothing is ever half-written. Each commit counts as a change of the
// database (Database::commits()).
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Must be called, and succeed, before any write.
    Status begin();
    Status commit();

private:
    Database& m_database;
    bool m_active = false;
};

} // namespace setia
