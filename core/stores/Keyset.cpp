#include "stores/Keyset.h"

namespace setia::keyset {

QString condition(const QString& column, const QString& idColumn, Qt::SortOrder order)
{
    const QLatin1String op = order == Qt::AscendingOrder ? QLatin1String(">") : QLatin1String("<");
    return QStringLiteral("(%1, %2) %3 (:after_value, :after_id)").arg(column, idColumn, op);
}

QString orderAndLimit(const QString& column, const QString& idColumn, Qt::SortOrder order,
                      int limit)
{
    const QLatin1String direction =
        order == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC");
    return QStringLiteral(" ORDER BY %1 %3, %2 %3 LIMIT %4")
        .arg(column, idColumn, direction)
        .arg(limit);
}

} // namespace setia::keyset
