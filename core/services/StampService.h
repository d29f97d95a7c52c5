#pragma once

#include "common/Result.h"
#include "domain/StampCard.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace setia {

class Clock;
class Database;
class ProductStore;
class StampStore;
struct Sale;

// Stamp cards (SPEC §6): their rules, locked once a version gave a stamp (a change then
// starts the card's next version), and the stamps customers collect and trade for rewards.
// A customer who holds stamps on an older version finishes that card under its rules:
// stamps fill it first, the rest go to the version in force.
class StampService
{
    Q_DECLARE_TR_FUNCTIONS(StampService)

public:
    static constexpr int maxNameLength = 60;
    static constexpr int maxStampsNeeded = 100;

    StampService(Database& database, StampStore& stamps, const ProductStore& products,
                 const Clock& clock);

    // Every version of every card, or only those giving stamps now.
    Result<QList<StampCard>> cards(bool activeOnly) const;
    Result<std::optional<StampCard>> card(qint64 cardId) const;
    // True once the version gave a stamp: saving a change then makes a new version.
    Result<bool> isLocked(qint64 cardId) const;
    // Saves a new card (id 0) or a change to one: a version that never gave a stamp is
    // rewritten; otherwise it stops giving stamps and the change is saved as the next
    // version. Returns the version saved.
    Result<StampCard> save(const StampCard& card);
    // The card gives no more stamps; rewards already earned on it can still be taken.
    Status stop(qint64 cardId);
    // A new card that has given stamps since `since` (demo data, a card kept on paper until
    // now): saved with its own creation time, and every member's sale since then given the
    // stamps of gainsFor(). Returns how many sales got stamps.
    Result<qint64> startCardSince(const StampCard& card, const QDate& since);

    // The customer's cards: each one giving stamps, and any older version they hold
    // stamps on.
    Result<QList<StampStanding>> standings(qint64 customerId) const;
    // What a saved sale gave or used on each card version (card id → stamps).
    Result<QHash<qint64, qint64>> stampsOfSale(qint64 saleId) const;
    // The stamps a sale gives (shown before it is saved): one per whole unit of the
    // qualifying items that are not free. Nothing for a walk-in.
    Result<QList<StampGain>> gainsFor(const Sale& sale) const;

    // Inside the caller's transaction, after the sale is saved: its stamps.
    Status stampFor(const Sale& sale);
    // Inside the caller's transaction, after the sale is saved: one reward taken on each
    // card version listed (a card may be listed more than once). Refused when the member
    // does not have the stamps.
    Status redeemFor(const Sale& sale, const QList<qint64>& cardIds);
    // Inside the caller's transaction, when the sale is voided: the stamps it gave are taken
    // back as far as the customer still has them, and the rewards it used given back.
    Status reverseFor(const Sale& sale, const QString& reason);

private:
    Result<StampCard> validated(StampCard card) const;
    Result<qint64> addEntry(StampEntry entry);

    Database& m_database;
    StampStore& m_stamps;
    const ProductStore& m_products;
    const Clock& m_clock;
};

} // namespace setia
