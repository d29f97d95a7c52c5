#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace setia {

// A database transaction that rolls back unless committed: every write of a use case goes
// through one, so nothing is ever half-written.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Must be called, and succeed, before any write.
    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace setia
