#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace setia::display {

// "17/08/2024" (SPEC §1), whatever the locale.
QString shortDate(const QDate& date);
// "17/08/2024 14:05": a moment in a list or a message.
QString shortDateTime(const QDateTime& at);
// A count with the language's thousands separator: "1.250" points in Indonesian.
QString count(qint64 value);
// A number kept in tenths with one decimal in the language's way: 429 → "42,9" in
// Indonesian, -75 → "-7,5".
QString tenths(qint64 tenths);
// "Sabtu, 17 Agustus 2024" in Indonesian, "Saturday, 17 August 2024" in English.
QString longDate(const QDate& date, const QLocale& locale);

} // namespace setia::display
