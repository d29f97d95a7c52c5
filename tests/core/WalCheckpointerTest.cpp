#include "db/sqlite/WalCheckpointer.h"

#include "db/Database.h"
#include "services/CustomerService.h"
#include "stores/CustomerStore.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QFileInfo>
#include <QTest>

using namespace setia;
using namespace setia::test;

TEST_CASE("Saves leave their pages in the log, the checkpointer moves them into the file",
          "[database]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    auto backend = temp.open(path);
    for (int i = 0; i < 40; ++i)
        SETIA_REQUIRE_OK(
            backend->customers().create(customerDraft(QStringLiteral("Pelanggan %1").arg(i))));

    // Automatic checkpoints are off: every committed page is still in the write-ahead log.
    const qint64 fileBefore = QFileInfo(path).size();
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() > fileBefore);

    WalCheckpointer checkpointer(path, 20);
    CHECK(QTest::qWaitFor([&] { return QFileInfo(path).size() > fileBefore; }, 3000));

    // The data is whole, read through the file.
    auto found = backend->customers().count(CustomerFilter{});
    SETIA_REQUIRE_OK(found);
    CHECK(*found == 40);
}
