#include "domain/StatusNames.h"

namespace setia {

QString StatusNames::cardEntry(const CardEntry& entry)
{
    QString description = entry.description;
    if (entry.kind == CardEntry::Kind::Sale)
        description = (entry.credit ? tr("Credit: %1") : tr("Cash: %1")).arg(description);
    if (entry.voided)
        description = tr("VOIDED (%1) — %2").arg(entry.voidReason, description);
    return description;
}

QString StatusNames::lifecycle(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Prospect:
        return tr("Prospect (never bought)");
    case Lifecycle::Active:
        return tr("Active");
    case Lifecycle::Passive:
        return tr("Passive");
    case Lifecycle::Lost:
        return tr("Lost");
    case Lifecycle::Bad:
        return tr("Bad customer");
    }
    return {};
}

QString StatusNames::creditStatus(CreditStatus status)
{
    switch (status) {
    case CreditStatus::Current:
        return tr("current");
    case CreditStatus::Overdue:
        return tr("overdue");
    case CreditStatus::Macet:
        return tr("macet (over 90 days)");
    }
    return {};
}

} // namespace setia
