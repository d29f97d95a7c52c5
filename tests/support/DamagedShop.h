#pragma once

#include "demo/DemoGenerator.h"
#include "support/TempDatabase.h"

namespace setia::test {

// A closed demo shop of 300 customers and 3 000 sales with three pages damaged, as a failing
// disk leaves them: one of the sales, one of the index that counts them, one of the
// customers. Every read that meets one must fail, never end early.
inline QString damagedShop(TempDatabase& temp)
{
    const QString path = temp.path(QStringLiteral("damaged.db"));
    {
        auto backend = temp.open(path);
        DemoOptions options;
        options.customers = 300;
        options.sales = 3000;
        options.seed = 3;
        options.end = QDate(2026, 11, 20);
        DemoGenerator generator(*backend);
        SETIA_REQUIRE_OK(generator.generate(options));
    }
    damagePages(path, {QStringLiteral("sales"), QStringLiteral("sqlite_autoindex_sales_1"),
                       QStringLiteral("customers")});
    return path;
}

} // namespace setia::test
