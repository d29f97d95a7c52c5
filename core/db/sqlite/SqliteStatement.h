#pragma once

#include "db/Statement.h"

#include <memory>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace setia {

// A Statement through SQLite's C interface, on the connection Qt's QSQLITE driver opened.
class SqliteStatement final : public Statement
{
public:
    static Result<std::unique_ptr<Statement>> prepare(const QSqlDatabase& db, const QString& sql);
    ~SqliteStatement() override;

    void bind(int position, qint64 value) override;
    void bind(int position, QByteArrayView utf8) override;
    using Statement::bind;
    void bindNull(int position) override;
    Result<qint64> insert() override;
    Result<qint64> execute() override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    QByteArrayView utf8(int column) const override;
    using Statement::integer;
    using Statement::text;

private:
    SqliteStatement(sqlite3* connection, sqlite3_stmt* statement);
    Result<bool> step() override;
    int columnCount() const override;
    QByteArrayView columnName(int column) const override;
    Error lastError() const;

    // A value that could not be bound (a position the statement lacks) fails its next run.
    void bound(int code);
    Status takeBindFailure();

    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
    int m_bindFailure = 0; // SQLITE_OK
};

} // namespace setia
