#pragma once

#include "services/Backend.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace setia::test {

// A temporary folder for database files, removed with everything in it at the end of the
// test, and a FixedClock for the Backends opened here. Declare it before the Backends it
// opens: they borrow its clock.
class TempDatabase
{
public:
    TempDatabase();

    QString folder() const { return m_dir.path(); }
    // `name` inside the folder.
    QString path(const QString& name) const;
    // A new file name inside the folder that does not exist yet.
    QString freshPath();

    FixedClock& clock() { return m_clock; }
    static QString staff() { return QStringLiteral("Rina"); }

    // A Backend on `path` with clock() and staff(); the test fails when it cannot open.
    std::unique_ptr<Backend> open(const QString& path);
    std::unique_ptr<Backend> openFresh() { return open(freshPath()); }
    std::unique_ptr<Backend> openMemory() { return open(QStringLiteral(":memory:")); }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    int m_files = 0;
};

// A plain SQLite connection of its own, outside Setia's Database: to look at a file
// as it is, or to damage it on purpose. Closed when destroyed.
class RawSqlite
{
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    QSqlDatabase connection() const;
    // Runs `sql`; the test fails when it does not succeed.
    void exec(const QString& sql);
    // The first column of the first row of `sql`.
    QVariant scalar(const QString& sql);
    // Every row of `sql`, columns joined with '|'.
    QStringList rows(const QString& sql);

private:
    QString m_name;
};

// "type|name|sql" of every schema object of the file at `path`, sorted.
QStringList schemaOf(const QString& path);
// The schema objects that differ between two files: "- …" only in `a`, "+ …" only in `b`.
// Empty when the schemas are equal.
QStringList schemaDifference(const QString& a, const QString& b);
// Overwrites one page in the middle of each of the b-trees named (tables or indexes) of the
// closed database at `path` with garbage, as a failing disk would: reading those pages then
// fails. Returns the page numbers.
QList<qint64> damagePages(const QString& path, const QStringList& btrees);
// The whole content of a file (empty when it cannot be read).
QByteArray fileBytes(const QString& path);
// Writes `bytes` to `path`; the test fails when it cannot.
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace setia::test
