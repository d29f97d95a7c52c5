#include "domain/OpeningHours.h"

#include <QStringList>

#include <algorithm>

namespace setia {
namespace {

constexpr int dayMinutes = 24 * 60;

std::optional<int> minutesOf(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2 || parts.at(0).size() != 2 || parts.at(1).size() != 2)
        return std::nullopt;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = parts.at(0).toInt(&hoursOk);
    const int minutes = parts.at(1).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours < 0 || minutes < 0 || minutes > 59)
        return std::nullopt;
    const int total = hours * 60 + minutes;
    if (total > dayMinutes)
        return std::nullopt;
    return total;
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Seconds since midnight of `at`'s day.
qint64 secondOfDay(const QDateTime& at)
{
    return at.time().msecsSinceStartOfDay() / 1000;
}

QDateTime atSecond(const QDate& day, qint64 second)
{
    // 24:00 is the next day's midnight.
    return QDateTime(day, QTime(0, 0)).addSecs(second);
}

} // namespace

OpeningHours OpeningHours::defaults()
{
    OpeningHours hours;
    for (int day = 1; day <= 6; ++day)
        hours.setDay(day, {8 * 60, 21 * 60});
    return hours;
}

std::optional<OpeningHours> OpeningHours::fromText(const QString& text)
{
    const QStringList days = text.split(QLatin1Char(','));
    if (days.size() != 7)
        return std::nullopt;
    OpeningHours hours;
    for (int i = 0; i < 7; ++i) {
        const QString day = days.at(i).trimmed();
        if (day == QLatin1String("-"))
            continue;
        const QStringList span = day.split(QLatin1Char('-'));
        if (span.size() != 2)
            return std::nullopt;
        const auto open = minutesOf(span.at(0));
        const auto close = minutesOf(span.at(1));
        if (!open || !close || *close <= *open)
            return std::nullopt;
        hours.m_days.at(static_cast<std::size_t>(i)) = {*open, *close};
    }
    if (!hours.anyOpen())
        return std::nullopt;
    return hours;
}

QString OpeningHours::toText() const
{
    QStringList days;
    for (const Day& day : m_days)
        days.append(day.isOpen() ? clockText(day.open) + QLatin1Char('-') + clockText(day.close)
                                 : QStringLiteral("-"));
    return days.join(QLatin1Char(','));
}

bool OpeningHours::anyOpen() const
{
    return std::any_of(m_days.begin(), m_days.end(), [](const Day& d) { return d.isOpen(); });
}

qint64 OpeningHours::openSecondsBetween(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 total = 0;
    for (QDate day = from.date(); day <= to.date(); day = day.addDays(1)) {
        const Day& hours = this->day(day.dayOfWeek());
        if (!hours.isOpen())
            continue;
        qint64 start = qint64(hours.open) * 60;
        qint64 end = qint64(hours.close) * 60;
        if (day == from.date())
            start = std::max(start, secondOfDay(from));
        if (day == to.date())
            end = std::min(end, secondOfDay(to));
        if (end > start)
            total += end - start;
    }
    return total;
}

QDateTime OpeningHours::afterOpenSeconds(const QDateTime& from, qint64 seconds) const
{
    if (!from.isValid())
        return {};
    if (seconds <= 0)
        return from;
    if (!anyOpen())
        return {};
    qint64 left = seconds;
    QDate day = from.date();
    qint64 second = secondOfDay(from);
    // Whole weeks at once, so a long budget does not walk day by day.
    qint64 weekSeconds = 0;
    for (const Day& d : m_days)
        if (d.isOpen())
            weekSeconds += qint64(d.close - d.open) * 60;
    for (;;) {
        const Day& hours = this->day(day.dayOfWeek());
        if (hours.isOpen()) {
            const qint64 start = std::max<qint64>(qint64(hours.open) * 60, second);
            const qint64 end = qint64(hours.close) * 60;
            if (end > start) {
                if (left <= end - start)
                    return atSecond(day, start + left);
                left -= end - start;
            }
        }
        day = day.addDays(1);
        second = 0;
        if (left > weekSeconds) {
            const qint64 weeks = (left - 1) / weekSeconds;
            day = day.addDays(7 * weeks);
            left -= weeks * weekSeconds;
        }
    }
}

} // namespace setia
