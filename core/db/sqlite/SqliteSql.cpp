#include "db/sqlite/SqliteSql.h"

#include "db/SqlError.h"
#include "db/SqlRows.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace setia::sqliteSql {

Status run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlError::from(query);
    return {};
}

Result<qint64> scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) // not prepared: a file that is not SQLite fails here, with its code
        return SqlError::from(query);
    auto row = sql::nextRow(query);
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Kind::Database, QStringLiteral("No row from %1").arg(sql));
    return query.value(0).toLongLong();
}

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

Result<QList<std::pair<QString, QString>>> schemaObjects(QSqlDatabase& db, const QString& sql,
                                                         const QString& table)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(table);
    if (!query.exec())
        return SqlError::from(query);
    QList<std::pair<QString, QString>> found;
    if (Status read = sql::forEachRow(query,
                                      [&](const SqlRow& row) {
                                          found.append({row.text("name"), row.text("sql")});
                                      });
        !read)
        return read.error();
    return found;
}

} // namespace setia::sqliteSql
