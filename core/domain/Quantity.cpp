#include "domain/Quantity.h"

#include <QRegularExpression>

namespace setia {

std::optional<Quantity> Quantity::parse(const QString& text)
{
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
