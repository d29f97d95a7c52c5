#pragma once

#include <QDateTime>
#include <QString>

// ISO-8601 text for storage, written by hand: Qt's toString() goes through a printf and
// costs more than storing a sale line.
namespace setia::isoTime {

// "2026-11-22"
QString date(const QDate& date);
// "2026-11-22T10:15:00"
QString dateTime(const QDateTime& at);
// "2026-11-22T10:15:00.123"
QString dateTimeMs(const QDateTime& at);

} // namespace setia::isoTime
