#include "db/SqlDialect.h"

#include "db/sqlite/SqliteDialect.h"

namespace setia {

const SqlDialect& SqlDialect::of(const QSqlDriver* driver)
{
    // Setia opens SQLite connections only, until its PostgreSQL side exists.
    Q_UNUSED(driver);
    return SqliteDialect::instance();
}

} // namespace setia
