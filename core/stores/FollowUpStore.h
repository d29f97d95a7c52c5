#pragma once

#include "common/Result.h"
#include "domain/FollowUp.h"

#include <QList>

#include <optional>

namespace setia {

class Database;

// All SQL about follow-ups (SPEC §13). Writes run inside the caller's Transaction.
class FollowUpStore
{
public:
    explicit FollowUpStore(Database& database);

    Result<qint64> insert(const FollowUp& followUp);
    // Marks an open follow-up done; false when it was done already (or is not there).
    Result<bool> complete(qint64 id, const QDateTime& at, const QString& outcome);
    Result<std::optional<FollowUp>> find(qint64 id) const;
    // A customer's follow-ups: the open ones by due date, then the done ones, newest first.
    Result<QList<FollowUp>> forCustomer(qint64 customerId) const;
    // The open ones due before `day`, by due date (the index of open follow-ups).
    Result<QList<FollowUp>> overdueOn(const QDate& day) const;

private:
    Database& m_database;
};

} // namespace setia
