#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace setia {

// A stamp card (SPEC §6): each unit of a qualifying product, or of any product of a
// qualifying category, gives one stamp; `stampsNeeded` stamps earn one reward product free.
// One row is one version of a card: once a version gave a stamp its rules are locked, and a
// change makes the next version, with the same `cardKey`.
struct StampCard
{
    static constexpr int defaultStampsNeeded = 10;

    qint64 id = 0;      // this version; 0 until saved
    qint64 cardKey = 0; // the card through its versions: the id of its first version
    int version = 1;
    QString name;
    qint64 productId = 0; // the qualifying product, or 0 when a category qualifies
    QString category;     // the qualifying category, when productId is 0
    int stampsNeeded = defaultStampsNeeded;
    qint64 rewardProductId = 0;
    bool active = true; // false once a newer version replaced it or it was stopped
    QDateTime createdAt;
    // For display, read with the card.
    QString productName;
    QString rewardName;

    bool sameRules(const StampCard& other) const
    {
        return name == other.name && productId == other.productId && category == other.category &&
               stampsNeeded == other.stampsNeeded && rewardProductId == other.rewardProductId;
    }
};

enum class StampEntryKind { Stamp, Reward, Adjust };

// One change of a customer's stamps on one card version.
struct StampEntry
{
    qint64 id = 0;
    qint64 cardId = 0;
    qint64 customerId = 0;
    QDate date;
    StampEntryKind kind = StampEntryKind::Stamp;
    qint64 stamps = 0; // signed: a reward taken and a take-back subtract
    qint64 saleId = 0;
    QString reason;
    QDateTime createdAt;
};

// A customer's stamps on one card version.
struct StampStanding
{
    StampCard card;
    qint64 stamps = 0;

    qint64 rewards() const { return card.stampsNeeded > 0 ? stamps / card.stampsNeeded : 0; }
    // Stamps on the card in hand ("7 of 10"): a full card not yet traded shows full (10 of
    // 10), the stamps past it start the next one (12: 2 of 10).
    qint64 onCard() const
    {
        return card.stampsNeeded > 0 && stamps > 0 ? (stamps - 1) % card.stampsNeeded + 1 : 0;
    }
};

// Stamps a sale gives on one card version.
struct StampGain
{
    StampCard card;
    qint64 stamps = 0;
};

namespace stamp {
QString kindId(StampEntryKind kind); // "stamp", "reward", "adjust"
} // namespace stamp

} // namespace setia
