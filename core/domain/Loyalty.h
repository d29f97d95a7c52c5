#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace setia {

// Loyalty tiers by what a customer spent in the 365 days before a sale (SPEC §6).
enum class LoyaltyTier { Member, Silver, Gold };

// The rules of SPEC §6 with its defaults. Multipliers are in thousandths (1250 = ×1,25), so
// that points are computed without floating point.
struct LoyaltySettings
{
    qint64 rupiahPerPoint = 10'000; // one point per this much spent, rounded down
    qint64 pointValue = 500;        // Rupiah one point redeems
    qint64 silverSpend = 1'000'000;
    qint64 goldSpend = 5'000'000;
    qint64 silverPermille = 1250;
    qint64 goldPermille = 1500;
    qint64 expiryMonths = 0; // points expire this many months after they are given; 0: never
    QString birthdayReward;  // shown at the counter in the member's birthday week

    friend bool operator==(const LoyaltySettings&, const LoyaltySettings&) = default;
};

enum class LoyaltyEntryKind { Earn, Redeem, Adjust, Expire };

// One change of a customer's points. Points are signed: earning adds, the rest subtract
// (an adjustment may add too).
struct LoyaltyEntry
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;
    LoyaltyEntryKind kind = LoyaltyEntryKind::Earn;
    qint64 points = 0;
    qint64 saleId = 0; // 0 when not about a sale
    qint64 rupiah = 0; // a redemption: the Rupiah it took off its sale
    QString reason;
    QDateTime createdAt;
};

// A customer's loyalty standing on a date.
struct LoyaltySummary
{
    qint64 points = 0;
    LoyaltyTier tier = LoyaltyTier::Member;
    qint64 spend365 = 0; // what decides the tier
};

namespace loyalty {
LoyaltyTier tierFor(qint64 spend365, const LoyaltySettings& settings);
// "Member", "Silver", "Gold", translated.
QString tierName(LoyaltyTier tier);
QString tierId(LoyaltyTier tier); // "member", "silver", "gold"
// Points a purchase of `amount` earns: one per rupiahPerPoint, rounded down, then times the
// tier's multiplier, rounded down (Rp95.000 for a Gold member: 9 × 1,5 = 13).
qint64 pointsFor(qint64 amount, LoyaltyTier tier, const LoyaltySettings& settings);
QString kindId(LoyaltyEntryKind kind); // "earn", "redeem", "adjust", "expire"
std::optional<LoyaltyEntryKind> kindFromId(const QString& id);
} // namespace loyalty

} // namespace setia
