// The seam below the services: rows read by column name (a misspelt name fails the read
// instead of reading zeros), the engine's statements through its dialect, and temporary
// customer sets that go with their handle.
#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlRows.h"
#include "services/CustomerService.h"
#include "support/BackendProbe.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

TEST_CASE("A statement reads its columns by name, and a name it lacks fails the read", "[storage]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    Database& database = BackendProbe::database(*backend);
    const QString sql = QStringLiteral("SELECT 7 AS seven, 'tujuh' AS word UNION ALL"
                                       " SELECT 8, 'delapan'");
    auto statement = database.dialect().prepare(database.connection(), sql);
    SETIA_REQUIRE_OK(statement);
    QStringList read;
    SETIA_REQUIRE_OK((*statement)->forEach([&] {
        read.append(QString::number((*statement)->integer("seven")) + QLatin1Char(' ') +
                    (*statement)->text("word"));
    }));
    CHECK(read == QStringList{QStringLiteral("7 tujuh"), QStringLiteral("8 delapan")});

    auto misspelt = database.dialect().prepare(database.connection(), sql);
    SETIA_REQUIRE_OK(misspelt);
    Status status = (*misspelt)->forEach([&] { (void)(*misspelt)->integer("sevn"); });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message().contains(QStringLiteral("sevn")));
}

TEST_CASE("A row of a query reads by name too, and a missing name fails the loop", "[storage]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    QSqlQuery query(BackendProbe::database(*backend).connection());
    REQUIRE(query.exec(QStringLiteral("SELECT 1 AS one UNION ALL SELECT 2")));
    qint64 sum = 0;
    SETIA_REQUIRE_OK(sql::forEachRow(query, [&](const SqlRow& row) { sum += row.integer("one"); }));
    CHECK(sum == 3);
    REQUIRE(query.exec(QStringLiteral("SELECT 1 AS one")));
    Status status = sql::forEachRow(query, [&](const SqlRow& row) { sum += row.integer("two"); });
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message().contains(QStringLiteral("two")));

    // One row read on its own is checked the same way.
    REQUIRE(query.exec(QStringLiteral("SELECT 5 AS five")));
    qint64 five = 0;
    auto found = sql::firstRow(query, [&](const SqlRow& row) { five = row.integer("five"); });
    SETIA_REQUIRE_OK(found);
    CHECK(*found);
    CHECK(five == 5);
    REQUIRE(query.exec(QStringLiteral("SELECT 5 AS five")));
    auto misspelt = sql::firstRow(query, [&](const SqlRow& row) { five = row.integer("fiv"); });
    REQUIRE_FALSE(misspelt.ok());
    CHECK(misspelt.error().message().contains(QStringLiteral("fiv")));
    REQUIRE(query.exec(QStringLiteral("SELECT 5 AS five WHERE 0")));
    auto none = sql::firstRow(query, [&](const SqlRow& row) { five = row.integer("five"); });
    SETIA_REQUIRE_OK(none);
    CHECK_FALSE(*none);
}

TEST_CASE("A value bound to a place the statement lacks fails its run instead of binding nothing",
          "[storage]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    Database& database = BackendProbe::database(*backend);
    QSqlQuery create(database.connection());
    REQUIRE(create.exec(QStringLiteral("CREATE TEMP TABLE t (a INTEGER NOT NULL DEFAULT 0)")));
    auto insert = database.dialect().prepare(database.connection(),
                                             QStringLiteral("INSERT INTO t (a) VALUES (?)"));
    SETIA_REQUIRE_OK(insert);
    (*insert)->bind(2, qint64(9)); // there is one placeholder
    CHECK_FALSE((*insert)->insert().ok());
    // The failure is of that run only.
    (*insert)->bind(1, qint64(9));
    SETIA_REQUIRE_OK((*insert)->insert());
    QSqlQuery rows(database.connection());
    REQUIRE(rows.exec(QStringLiteral("SELECT count(*), sum(a) FROM t")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toLongLong() == 1);
    CHECK(rows.value(1).toLongLong() == 9);
}

TEST_CASE("A customer set for the list goes when its handle goes, or when dropped",
          "[storage][customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    QList<qint64> ids;
    for (const char* name : {"Ani", "Budi", "Cici"})
        ids.append(backend->customers().create(customerDraft(QLatin1String(name)))->id);
    CustomerFilter filter;
    {
        auto subset = backend->customers().subset({ids[0], ids[2], ids[2]});
        SETIA_REQUIRE_OK(subset);
        filter.subset = subset->id();
        CHECK(*backend->customers().count(filter) == 2); // a customer named twice is once

        // Moved, the set stays with its new handle.
        CustomerSubset kept = std::move(subset).value();
        CHECK(kept.id() == filter.subset);
        CHECK(*backend->customers().count(filter) == 2);
    }
    CHECK(*backend->customers().count(filter) == 0);

    auto other = backend->customers().subset({ids[1]});
    SETIA_REQUIRE_OK(other);
    filter.subset = other->id();
    CHECK(*backend->customers().count(filter) == 1);
    SETIA_REQUIRE_OK(other->drop());
    CHECK(other->id() == 0);
    CHECK(*backend->customers().count(filter) == 0);
    SETIA_REQUIRE_OK(other->drop()); // dropping an empty handle does nothing
}
