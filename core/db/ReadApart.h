#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "db/ReaderConnection.h"

#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace setia {

// A read that runs in a thread of its own, on a read-only connection of its own to the
// database's file, while the caller reads the rest on the main connection: started when made,
// its result taken with take(). A database without a second connection (in memory), or a
// reader that cannot be opened, has the read run by take() on the main connection instead.
template <typename T>
class ReadApart
{
public:
    using Read = std::function<Result<T>(const QSqlDatabase& connection)>;

    ReadApart(const Database& database, Read read)
        : m_database(database)
        , m_read(std::move(read))
    {
        if (m_database.inMemory())
            return;
        m_worker.reset(QThread::create([this] {
            if (const auto reader = ReaderConnection::open(m_database))
                m_result = m_read(reader->connection());
        }));
        m_worker->start();
    }
    ~ReadApart()
    {
        if (m_worker)
            m_worker->wait();
    }
    ReadApart(const ReadApart&) = delete;
    ReadApart& operator=(const ReadApart&) = delete;

    // Waits for the thread; the read's result.
    Result<T> take()
    {
        if (m_worker)
            m_worker->wait();
        if (m_result)
            return std::move(*m_result);
        return m_read(m_database.connection());
    }

private:
    const Database& m_database;
    Read m_read;
    std::optional<Result<T>> m_result;
    std::unique_ptr<QThread> m_worker;
};

} // namespace setia
