#pragma once

#include "domain/Paging.h"

#include <QString>

namespace setia {

namespace keyset {
// "(col, id) > (:after_value, :after_id)" (or "<" descending), for a WHERE clause.
QString condition(const QString& column, const QString& idColumn, Qt::SortOrder order);
// "ORDER BY col, id" (or DESC) and the limit.
QString orderAndLimit(const QString& column, const QString& idColumn, Qt::SortOrder order,
                      int limit);
} // namespace keyset

} // namespace setia
