#include "db/SqlDialect.h"

#include "db/sqlite/SqliteDialect.h"

namespace setia {

std::unique_ptr<SqlDialect> SqlDialect::forDriver(const QSqlDriver* driver)
{
    // Setia opens SQLite connections only, until its PostgreSQL side exists.
    Q_UNUSED(driver);
    return std::make_unique<SqliteDialect>();
}

} // namespace setia
