#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

class QSqlQuery;

namespace setia {

// The current row of an executed QSqlQuery, read by column name (the name the SELECT gives
// it, or its AS alias) — never by position. The query's columns are listed once, when the
// row is made (made before the first row, that costs no values); each name is looked up
// once, by the address of its literal, then found in the order the reader asks for them.
class SqlRow
{
public:
    explicit SqlRow(const QSqlQuery& query);

    QVariant value(const char* column) const;
    qint64 integer(const char* column) const; // 0 for NULL
    QString text(const char* column) const;   // empty for NULL
    bool flag(const char* column) const;      // an integer other than 0
    QDate date(const char* column) const;     // ISO text; invalid for NULL
    QDateTime dateTime(const char* column) const;

    // The first column name asked for that the query does not have, if any.
    const QByteArray& missing() const { return m_missing; }

private:
    int index(const char* column) const;

    const QSqlQuery& m_query;
    QSqlRecord m_columnNames;
    mutable std::vector<std::pair<const char*, int>> m_columns;
    mutable std::size_t m_next = 0;
    mutable QByteArray m_missing;
};

// Reading rows with every error reported: a damaged page that ends the rows early fails the
// read instead of shortening it.
namespace sql {

// Calls `visit` for each row of an executed query; the error that ended the rows, if any.
Status forEachRow(QSqlQuery& query, const std::function<void(const SqlRow&)>& visit);
// Moves to the next row: true when there is one, false at the end, or the error.
Result<bool> nextRow(QSqlQuery& query);
// Moves to the first row of an executed query and, when there is one, calls `read` with it:
// whether there was one, or the error (a read that failed, a column the query lacks).
Result<bool> firstRow(QSqlQuery& query, const std::function<void(const SqlRow&)>& read);
// Runs a prepared query that yields one row (an aggregate): its first column as a number.
Result<qint64> scalar(QSqlQuery& query);

} // namespace sql

} // namespace setia
