#include "db/sqlite/SqliteBulkCache.h"

#include "db/sqlite/SqliteSql.h"

namespace setia {

SqliteBulkCache::SqliteBulkCache(QSqlDatabase db, int megabytes)
    : m_db(std::move(db))
{
    // Best effort, both ways: a load with the usual cache is slower, not wrong. What could
    // not be read is not "restored" to SQLite's smallest cache.
    if (auto previous = sqliteSql::scalar(m_db, QStringLiteral("PRAGMA cache_size")))
        m_previous = *previous;
    (void)sqliteSql::run(m_db,
                         QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(megabytes) * 1024));
}

SqliteBulkCache::~SqliteBulkCache()
{
    if (m_previous)
        (void)sqliteSql::run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
}

} // namespace setia
