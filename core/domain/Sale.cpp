#include "domain/Sale.h"

namespace setia::sale {

QString paymentId(PaymentKind kind)
{
    return kind == PaymentKind::Credit ? QStringLiteral("credit") : QStringLiteral("cash");
}

std::optional<PaymentKind> paymentFromId(const QString& id)
{
    const QString clean = id.trimmed().toLower();
    if (clean == QLatin1String("cash") || clean == QLatin1String("tunai"))
        return PaymentKind::Cash;
    if (clean == QLatin1String("credit") || clean == QLatin1String("kredit") ||
        clean == QLatin1String("tempo"))
        return PaymentKind::Credit;
    return std::nullopt;
}

} // namespace setia::sale
