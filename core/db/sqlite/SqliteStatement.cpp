#include "db/sqlite/SqliteStatement.h"

#include "db/sqlite/SqliteErrors.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <utility>

namespace setia {

Result<std::unique_ptr<Statement>> SqliteStatement::prepare(const QSqlDatabase& db,
                                                            const QString& sql)
{
    const QVariant handle = db.driver()->handle();
    auto* connection = handle.isValid() ? *static_cast<sqlite3* const*>(handle.data()) : nullptr;
    if (!connection)
        return Error(Error::Kind::Database,
                     QStringLiteral("The database connection is not open for statements."));
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int code =
        sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr);
    if (code != SQLITE_OK)
        return sqliteErrors::fromNative(sqlite3_extended_errcode(connection),
                                        QString::fromUtf8(sqlite3_errmsg(connection)));
    return std::unique_ptr<Statement>(new SqliteStatement(connection, statement));
}

SqliteStatement::SqliteStatement(sqlite3* connection, sqlite3_stmt* statement)
    : m_connection(connection)
    , m_statement(statement)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int position, qint64 value)
{
    bound(sqlite3_bind_int64(m_statement, position, value));
}

void SqliteStatement::bind(int position, QByteArrayView utf8)
{
    bound(sqlite3_bind_text(m_statement, position, utf8.isNull() ? "" : utf8.data(),
                            int(utf8.size()), SQLITE_TRANSIENT));
}

void SqliteStatement::bindNull(int position)
{
    bound(sqlite3_bind_null(m_statement, position));
}

void SqliteStatement::bound(int code)
{
    if (code != SQLITE_OK && m_bindFailure == SQLITE_OK)
        m_bindFailure = code;
}

Status SqliteStatement::takeBindFailure()
{
    const int code = std::exchange(m_bindFailure, SQLITE_OK);
    if (code == SQLITE_OK)
        return {};
    sqlite3_clear_bindings(m_statement); // the next run must not use this one's values
    return sqliteErrors::fromNative(code, QString::fromUtf8(sqlite3_errstr(code)));
}

Error SqliteStatement::lastError() const
{
    return sqliteErrors::fromNative(sqlite3_extended_errcode(m_connection),
                                    QString::fromUtf8(sqlite3_errmsg(m_connection)));
}

Result<qint64> SqliteStatement::insert()
{
    if (Status bindings = takeBindFailure(); !bindings)
        return bindings.error();
    const int code = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (code != SQLITE_DONE)
        return lastError();
    return qint64(sqlite3_last_insert_rowid(m_connection));
}

Result<qint64> SqliteStatement::execute()
{
    if (Status bindings = takeBindFailure(); !bindings)
        return bindings.error();
    const int code = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (code != SQLITE_DONE)
        return lastError();
    return qint64(sqlite3_changes(m_connection));
}

Result<bool> SqliteStatement::step()
{
    if (Status bindings = takeBindFailure(); !bindings)
        return bindings.error();
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    if (code != SQLITE_DONE)
        return lastError();
    return false;
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QByteArrayView SqliteStatement::columnName(int column) const
{
    return QByteArrayView(sqlite3_column_name(m_statement, column));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

} // namespace setia
