#include "domain/Quantity.h"

#include <QRegularExpression>

namespace setia {

std::optional<Quantity> Quantity::parse(const QString& text)
{
    // "12", "1.5", "0,125": the common forms, read without a pattern.
    {
        qint64 units = 0;
        qint64 fraction = 0;
        int wholeDigits = 0;
        int fractionDigits = -1; // -1 until a decimal point
        bool plain = !text.isEmpty();
        for (QChar c : text) {
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
                const int digit = c.unicode() - u'0';
                // Digits past what is accepted are counted, not added: a long run of them
                // must be refused, not overflow on the way.
                if (fractionDigits < 0) {
                    if (++wholeDigits <= 7)
                        units = units * 10 + digit;
                } else if (++fractionDigits <= 3) {
                    fraction = fraction * 10 + digit;
                }
            } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                plain = false;
                break;
            }
        }
        if (plain && wholeDigits >= 1 && wholeDigits <= 7 && fractionDigits != 0 &&
            fractionDigits <= 3) {
            for (int i = std::max(fractionDigits, 0); i < 3; ++i)
                fraction *= 10;
            const qint64 milli = units * scale + fraction;
            if (milli > maxMilli)
                return std::nullopt;
            return Quantity(milli);
        }
    }
    static const QRegularExpression plain(QStringLiteral(R"(^(\d{1,7})(?:[.,](\d{1,3}))?$)"));
    static const QRegularExpression grouped(
        QStringLiteral(R"(^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,3}))?$)"));
    const QString trimmed = text.trimmed();
    auto match = plain.match(trimmed);
    QString whole;
    QString fraction;
    if (match.hasMatch()) {
        whole = match.captured(1);
        fraction = match.captured(2);
    } else if (match = grouped.match(trimmed); match.hasMatch()) {
        whole = match.captured(1).remove(QLatin1Char('.'));
        fraction = match.captured(2);
    } else {
        return std::nullopt;
    }
    if (whole.size() > 7) // above a million units, however many groups it has
        return std::nullopt;
    const qint64 units = whole.toLongLong();
    qint64 milli = units * scale;
    if (!fraction.isEmpty())
        milli += fraction.leftJustified(3, QLatin1Char('0')).toLongLong();
    if (milli > maxMilli)
        return std::nullopt;
    return Quantity(milli);
}

QString Quantity::toString(QChar decimalPoint) const
{
    const qint64 units = m_milli / scale;
    qint64 rest = m_milli % scale;
    QString text = QString::number(units);
    if (rest != 0) {
        QString digits = QStringLiteral("%1").arg(rest, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += decimalPoint + digits;
    }
    return text;
}

} // namespace setia
