#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <utility>

class QSqlDatabase;

// Small helpers of the SQLite side: statements Setia writes itself (pragmas, DDL).
namespace setia::sqliteSql {

// Runs one statement that returns no rows.
Status run(QSqlDatabase& db, const QString& sql);
// The first column of the one row of `sql` (a pragma) as a number.
Result<qint64> scalar(const QSqlDatabase& db, const QString& sql);
// `text` as an SQL identifier, in double quotes.
QString quoted(QString text);
// The name and SQL of each schema object `sql` lists, given `table` as its one parameter.
Result<QList<std::pair<QString, QString>>> schemaObjects(QSqlDatabase& db, const QString& sql,
                                                         const QString& table);

} // namespace setia::sqliteSql
