#include "domain/BirthdayWeek.h"

namespace setia::birthday {

QDate inYear(const QDate& birthday, int year)
{
    if (!birthday.isValid())
        return {};
    if (birthday.month() == 2 && birthday.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, birthday.month(), birthday.day());
}

bool isBirthdayWeek(const QDate& birthday, const QDate& today)
{
    if (!birthday.isValid() || !today.isValid())
        return false;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    // A week at a year end holds days of two years.
    for (int year = monday.year(); year <= sunday.year(); ++year) {
        const QDate day = inYear(birthday, year);
        if (day >= monday && day <= sunday)
            return true;
    }
    return false;
}

QDate within(const QDate& birthday, const QDate& from, int days)
{
    if (!birthday.isValid() || !from.isValid() || days <= 0)
        return {};
    const QDate last = from.addDays(days - 1);
    for (int year = from.year(); year <= last.year(); ++year) {
        const QDate day = inYear(birthday, year);
        if (day >= from && day <= last)
            return day;
    }
    return {};
}

} // namespace setia::birthday
