#include "domain/PointsExpiry.h"

#include <deque>

namespace setia::loyalty {
namespace {

// Points given together, with what is left of them.
struct Lot
{
    QDate expires;
    qint64 left = 0;
};

// Takes `points` from the oldest lots.
void take(std::deque<Lot>& lots, qint64 points)
{
    while (points > 0 && !lots.empty()) {
        const qint64 used = std::min(points, lots.front().left);
        lots.front().left -= used;
        points -= used;
        if (lots.front().left == 0)
            lots.pop_front();
    }
}

// Expire entries for the lots whose day has come by `day`.
void expireUpTo(std::deque<Lot>& lots, const QDate& day, qint64 customerId,
                QList<LoyaltyEntry>& pending)
{
    while (!lots.empty() && lots.front().expires <= day) {
        const Lot lot = lots.front();
        lots.pop_front();
        LoyaltyEntry entry;
        entry.customerId = customerId;
        entry.date = lot.expires;
        entry.kind = LoyaltyEntryKind::Expire;
        entry.points = -lot.left;
        if (!pending.isEmpty() && pending.last().date == entry.date)
            pending.last().points += entry.points; // one entry per day
        else
            pending.append(entry);
    }
}

} // namespace

QDate expiresOn(const QDate& earned, int months)
{
    return earned.addMonths(months);
}

QList<LoyaltyEntry> pendingExpiries(const QList<LoyaltyEntry>& entries, int months,
                                    const QDate& asOf)
{
    QList<LoyaltyEntry> pending;
    if (months <= 0 || entries.isEmpty())
        return pending;
    const qint64 customerId = entries.first().customerId;
    // Lots are made in date order and all last as long, so the oldest expires first.
    std::deque<Lot> lots;
    for (const LoyaltyEntry& entry : entries) {
        if (entry.date > asOf)
            break;
        // Written expiries of this day come first: they are the day's start.
        if (entry.kind == LoyaltyEntryKind::Expire) {
            take(lots, -entry.points);
            continue;
        }
        expireUpTo(lots, entry.date, customerId, pending);
        if (entry.points > 0)
            lots.push_back({expiresOn(entry.date, months), entry.points});
        else
            take(lots, -entry.points);
    }
    expireUpTo(lots, asOf, customerId, pending);
    return pending;
}

} // namespace setia::loyalty
