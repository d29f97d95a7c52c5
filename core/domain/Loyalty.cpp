#include "domain/Loyalty.h"

#include <QCoreApplication>

namespace setia::loyalty {

LoyaltyTier tierFor(qint64 spend365, const LoyaltySettings& settings)
{
    if (spend365 >= settings.goldSpend)
        return LoyaltyTier::Gold;
    if (spend365 >= settings.silverSpend)
        return LoyaltyTier::Silver;
    return LoyaltyTier::Member;
}

QString tierName(LoyaltyTier tier)
{
    switch (tier) {
    case LoyaltyTier::Gold:
        return QCoreApplication::translate("Loyalty", "Gold");
    case LoyaltyTier::Silver:
        return QCoreApplication::translate("Loyalty", "Silver");
    case LoyaltyTier::Member:
        break;
    }
    return QCoreApplication::translate("Loyalty", "Member");
}

QString tierId(LoyaltyTier tier)
{
    switch (tier) {
    case LoyaltyTier::Gold:
        return QStringLiteral("gold");
    case LoyaltyTier::Silver:
        return QStringLiteral("silver");
    case LoyaltyTier::Member:
        break;
    }
    return QStringLiteral("member");
}

qint64 pointsFor(qint64 amount, LoyaltyTier tier, const LoyaltySettings& settings)
{
    if (amount <= 0 || settings.rupiahPerPoint <= 0)
        return 0;
    const qint64 base = amount / settings.rupiahPerPoint;
    switch (tier) {
    case LoyaltyTier::Gold:
        return base * settings.goldPermille / 1000;
    case LoyaltyTier::Silver:
        return base * settings.silverPermille / 1000;
    case LoyaltyTier::Member:
        break;
    }
    return base;
}

QString kindId(LoyaltyEntryKind kind)
{
    switch (kind) {
    case LoyaltyEntryKind::Earn:
        return QStringLiteral("earn");
    case LoyaltyEntryKind::Redeem:
        return QStringLiteral("redeem");
    case LoyaltyEntryKind::Adjust:
        return QStringLiteral("adjust");
    case LoyaltyEntryKind::Expire:
        return QStringLiteral("expire");
    }
    return {};
}

std::optional<LoyaltyEntryKind> kindFromId(const QString& id)
{
    for (LoyaltyEntryKind kind : {LoyaltyEntryKind::Earn, LoyaltyEntryKind::Redeem,
                                  LoyaltyEntryKind::Adjust, LoyaltyEntryKind::Expire})
        if (kindId(kind) == id)
            return kind;
    return std::nullopt;
}

} // namespace setia::loyalty
