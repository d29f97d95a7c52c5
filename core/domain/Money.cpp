#include "domain/Money.h"

#include <QRegularExpression>

namespace setia::money {

QString formatPlain(qint64 rupiah)
{
    // qint64's minimum has no positive counterpart; amounts never get near it.
    const bool negative = rupiah < 0;
    QString digits = QString::number(negative ? -rupiah : rupiah);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

QString format(qint64 rupiah)
{
    if (rupiah < 0)
        return QStringLiteral("-Rp") + formatPlain(-rupiah);
    return QStringLiteral("Rp") + formatPlain(rupiah);
}

std::optional<qint64> parse(const QString& text)
{
    // Plain digits, by far the most common form in files: no pattern needed.
    if (!text.isEmpty() && text.size() <= 15) {
        qint64 value = 0;
        bool digits = true;
        for (QChar c : text) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                digits = false;
                break;
            }
            value = value * 10 + (c.unicode() - u'0');
        }
        if (digits)
            return value;
    }
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(-)?\s*(?:Rp\.?\s*)?(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,0{1,2}|,-)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const bool negative = match.hasCaptured(1) || match.hasCaptured(2);
    if (match.hasCaptured(1) && match.hasCaptured(2))
        return std::nullopt;
    QString digits = match.captured(3);
    digits.remove(QLatin1Char('.'));
    if (digits.size() > 15)
        return std::nullopt;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value > maxAmount)
        return std::nullopt;
    return negative ? -value : value;
}

} // namespace setia::money
