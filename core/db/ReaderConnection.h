#pragma once

#include <QString>

#include <memory>

class QSqlDatabase;

namespace setia {

class Database;
class SqlDialect;

// A read-only connection of its own to a Database's file, for one worker thread: made,
// used and destroyed on that thread. A private in-memory database has none.
class ReaderConnection
{
public:
    // nullptr when it cannot be opened (the caller then reads through the main connection).
    static std::unique_ptr<ReaderConnection> open(const Database& database);
    // The same on any file (a backup being checked, a file to restore); nullptr when it
    // cannot be opened.
    static std::unique_ptr<ReaderConnection> openFile(const SqlDialect& dialect,
                                                      const QString& path);
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection&) = delete;
    ReaderConnection& operator=(const ReaderConnection&) = delete;

    QSqlDatabase connection() const;

private:
    explicit ReaderConnection(QString name);
    QString m_name;
};

} // namespace setia
