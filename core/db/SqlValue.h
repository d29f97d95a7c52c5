#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace setia::sql {

// Text for a NOT NULL column: a null QString would bind as NULL.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

// An ISO date, or NULL for an unknown one.
inline QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType(QMetaType::QString));
}

// A moment as every stored time is written: ISO-8601 with milliseconds, no time zone.
inline QString timestamp(const QDateTime& at)
{
    return at.toString(Qt::ISODateWithMs);
}

// The same, or NULL for a moment not reached yet (a ticket not answered).
inline QVariant optionalTimestamp(const QDateTime& at)
{
    return at.isValid() ? QVariant(timestamp(at)) : QVariant(QMetaType(QMetaType::QString));
}

// A reference to another row, or NULL for none (0).
inline QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace setia::sql
