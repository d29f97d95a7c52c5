#pragma once

#include <QList>
#include <QString>

namespace setia::sql {

// "1,2,3": ids read from the database (integers, never typed by anyone), listed in the SQL of
// an `IN (…)` as they are — the same in every engine's dialect.
QString idList(const QList<qint64>& ids);

} // namespace setia::sql
