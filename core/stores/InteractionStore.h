#pragma once

#include "common/Result.h"
#include "domain/Interaction.h"

#include <QList>

#include <functional>
#include <optional>

namespace setia {

class Database;

// All SQL about interactions (SPEC §13). Writes run inside the caller's Transaction.
class InteractionStore
{
public:
    explicit InteractionStore(Database& database);

    Result<qint64> insert(const Interaction& interaction);
    Result<std::optional<Interaction>> find(qint64 id) const;
    // A customer's interactions, newest first.
    Result<QList<Interaction>> forCustomer(qint64 customerId) const;
    // Every interaction, oldest first, with its customer's member code (an export).
    Status forEach(
        const std::function<void(const Interaction&, const QString& customerCode)>& visit) const;
    // Whether `saleId` is a sale of `customerId`.
    Result<bool> saleOf(qint64 saleId, qint64 customerId) const;

private:
    Database& m_database;
};

} // namespace setia
