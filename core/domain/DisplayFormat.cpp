#include "domain/DisplayFormat.h"

namespace setia::display {

QString shortDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString shortDateTime(const QDateTime& at)
{
    return at.isValid() ? at.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString longDate(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("dddd, d MMMM yyyy")) : QString();
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString tenths(qint64 tenths)
{
    const QLocale locale;
    const qint64 magnitude = tenths < 0 ? -tenths : tenths;
    return (tenths < 0 ? locale.negativeSign() : QString()) + locale.toString(magnitude / 10) +
           locale.decimalPoint() + QString::number(magnitude % 10);
}

} // namespace setia::display
