#pragma once

#include <QDate>
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

} // namespace setia::sql
