#pragma once

#include "db/SqlDialect.h"

#include <QSqlDatabase>

#include <optional>

namespace setia {

// A page cache of `megabytes` until destroyed, so that a transaction writing hundreds of
// megabytes keeps its dirty pages in memory instead of spilling them. finish() does nothing.
class SqliteBulkCache final : public SqlDialect::Suspension
{
public:
    SqliteBulkCache(QSqlDatabase db, int megabytes);
    ~SqliteBulkCache() override;
    Status finish() override { return {}; }

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous; // the size to restore, when it could be read
};

} // namespace setia
