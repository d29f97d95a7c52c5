#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <array>

// ISO-8601 text for storage, written by hand: Qt's toString() goes through a printf and
// costs more than storing a sale line.
namespace setia::isoTime {

// "2026-11-22"
QString date(const QDate& date);
// "2026-11-22T10:15:00"
QString dateTime(const QDateTime& at);
// "2026-11-22T10:15:00.123"
QString dateTimeMs(const QDateTime& at);

// The same text as ASCII bytes in a fixed buffer, for binding to SQLite without a QString
// or an allocation (bulk loads write millions). Empty for an invalid date or a year outside
// 0–9999, as the QString forms are.
struct Ascii
{
    std::array<char, 23> bytes{};
    qsizetype size = 0;

    QByteArrayView view() const { return QByteArrayView(bytes.data(), size); }
};

Ascii dateAscii(const QDate& date);

// The date of "2026-11-22" (or of the first ten characters of a longer ISO time), read
// without QDate's general parser — a read of every credit sale parses hundreds of thousands;
// invalid for anything else.
QDate parseDate(QByteArrayView text);
// The wall-clock date and time, without a time zone.
Ascii dateTimeAscii(const QDate& date, const QTime& time);
Ascii dateTimeMsAscii(const QDate& date, const QTime& time);

} // namespace setia::isoTime
