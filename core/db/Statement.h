#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <vector>

namespace setia {

// A prepared statement run through the engine's own interface, for the paths where Qt's
// per-value binding and reading costs more than the work itself (imports, demo data, saving
// a sale, the segments' pass over a million sales). Made by the database's SqlDialect.
//
// Parameters are `?` in the SQL, bound by position from 1. Columns are read by the name the
// SELECT gives them (an AS alias for an expression): by name, or — in loops over many rows —
// through the position column() finds once. A name the statement does not have makes next()
// and forEach() fail, so a misspelt column cannot read as zeros. Must not outlive the
// database connection it was prepared on.
class Statement
{
public:
    virtual ~Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    virtual void bind(int position, qint64 value) = 0;
    virtual void bind(int position, QByteArrayView utf8) = 0; // text, '' for a null view; copied
    void bind(int position, const QString& value);            // text, '' for a null QString
    void bind(int position, const char* utf8) { bind(position, QByteArrayView(utf8)); }
    void bind(int position, int value) { bind(position, qint64(value)); }
    virtual void bindNull(int position) = 0;

    // Runs the statement and readies it for the next bindings; the id of the row it inserted.
    virtual Result<qint64> insert() = 0;
    // Runs it for its effect, ready again for new bindings; how many rows it changed.
    virtual Result<qint64> execute() = 0;
    // For a query: true while a row is ready, then false (and ready for new bindings). A
    // row that cannot be read — a damaged page — is an error, never an early end.
    Result<bool> next();
    // Runs a query, calling `visit` for each row; the error that ended the rows, if any.
    Status forEach(const std::function<void()>& visit);

    // The position of the result column `name`, or -1 (and next() fails) when it has none.
    int column(const char* name) const;
    virtual qint64 integer(int column) const = 0; // 0 for NULL
    virtual QString text(int column) const = 0;   // empty for NULL
    // The text as the engine holds it, valid until the next step: for reading many values
    // (dates, codes) without making a QString of each.
    virtual QByteArrayView utf8(int column) const = 0;
    qint64 integer(const char* name) const;
    QString text(const char* name) const;

protected:
    Statement() = default;
    virtual Result<bool> step() = 0;
    virtual int columnCount() const = 0;
    virtual QByteArrayView columnName(int column) const = 0;

private:
    Status missingColumn() const;

    // Names asked for, by the address of their text (a literal at each call site), with
    // their positions; `m_next` is where the next lookup most likely is.
    mutable std::vector<std::pair<const char*, int>> m_columns;
    mutable std::size_t m_next = 0;
    mutable QByteArray m_missing;
};

} // namespace setia
