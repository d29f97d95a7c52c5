#pragma once

#include "common/Result.h"
#include "domain/StampCard.h"

#include <QHash>
#include <QList>

#include <optional>

namespace setia {

class Database;

// All SQL about stamp cards and the stamps customers hold. Writes run inside the caller's
// Transaction.
class StampStore
{
public:
    explicit StampStore(Database& database);

    // A new card, or a new version of one (cardKey set): returns its id. A first version's
    // card_key is its own id.
    Result<qint64> insertCard(const StampCard& card);
    // Rewrites a version's rules; only for one that never gave a stamp.
    Status updateCard(const StampCard& card);
    Status setActive(qint64 cardId, bool active);
    Result<std::optional<StampCard>> card(qint64 cardId) const;
    // Every version of every card, or only those giving stamps; by name, then version.
    Result<QList<StampCard>> cards(bool activeOnly) const;
    // How many stamp entries a version has: its rules are locked once there is one.
    Result<qint64> entryCount(qint64 cardId) const;

    Result<qint64> insertEntry(const StampEntry& entry);
    // Bulk, for sales already saved (demo data): the stamps `card` gives every member's
    // sale from `from` on, by the rule of StampService::gainsFor for a card without older
    // versions. Returns how many sales got stamps.
    Result<qint64> stampSalesSince(const StampCard& card, const QDate& from);
    // The customer's stamps on each card version they have entries on (card id → stamps).
    Result<QHash<qint64, qint64>> balances(qint64 customerId) const;
    // What a sale gave or used on each card version (card id → stamps).
    Result<QHash<qint64, qint64>> stampsForSale(qint64 saleId) const;

private:
    Database& m_database;
};

} // namespace setia
