// Upgrading the file of every released schema version to today's (STYLE: "keep a fixture
// database for every released schema version and test that upgrading it equals a fresh
// create with its rows intact").
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/sqlite/SqliteDialect.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/MergeService.h"
#include "services/ProductService.h"
#include "services/RuleSegmentService.h"
#include "services/SaleService.h"
#include "services/SegmentService.h"
#include "services/TargetSheetService.h"
#include "services/exchange/ImportService.h"
#include "stores/CustomerStore.h"
#include "stores/ProductStore.h"
#include "stores/SaleStore.h"
#include "support/BackendProbe.h"
#include "support/Builders.h"
#include "support/CustomerHelpers.h"
#include "support/SchemaFixtures.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace setia;
using namespace setia::test;

namespace {

QVariant pragma(Backend& backend, const char* name)
{
    QSqlQuery query(BackendProbe::database(backend).connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    REQUIRE(query.next());
    return query.value(0);
}

// Active and archived customers.
qint64 countAll(Backend& backend)
{
    return customerCount(backend, false) + customerCount(backend, true);
}

} // namespace

TEST_CASE("The schema version 2 fixture upgrades to the latest schema with its sales intact",
          "[database][upgrade]")
{
    TempDatabase temp;
    REQUIRE_FALSE(QFile::exists(fixturePath(2) + QStringLiteral("-wal")));
    const QString sales = QStringLiteral(
        "SELECT receipt, sold_at, sale_date, customer_id, payment, due_date, lines_total,"
        " discount, revenue, cost_milli, voided, void_reason FROM sales ORDER BY id");
    const QString lines = QStringLiteral(
        "SELECT sale_id, line_no, product_id, quantity_milli, unit_price, unit_cost, discount,"
        " amount FROM sale_lines ORDER BY 1, 2");
    const QString payments = QStringLiteral("SELECT customer_id, paid_on, amount, method, voided"
                                            " FROM payments ORDER BY id");
    const QString reference = temp.path(QStringLiteral("reference.db"));
    copyFixture(reference, 2);
    QStringList saleRows, lineRows, paymentRows;
    {
        RawSqlite file(reference);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 2);
        saleRows = file.rows(sales);
        lineRows = file.rows(lines);
        paymentRows = file.rows(payments);
    }
    REQUIRE(saleRows.size() == 200);
    REQUIRE(lineRows.size() == 436);
    REQUIRE(paymentRows.size() == 26);

    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 2);
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        RawSqlite copy(backend->upgradeBackupPath());
        CHECK(copy.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 2);
        // Sales saved before points existed have none; new ones earn them.
        auto count = backend->sales().count();
        SETIA_REQUIRE_OK(count);
        CHECK(*count == 200);
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(sales) == saleRows);
        CHECK(file.rows(lines) == lineRows);
        CHECK(file.rows(payments) == paymentRows);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM loyalty_entries")).toInt() == 0);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 3 fixture upgrades to the latest schema with its points and "
          "stamps intact",
          "[database][upgrade]")
{
    TempDatabase temp;
    REQUIRE_FALSE(QFile::exists(fixturePath(3) + QStringLiteral("-wal")));
    const QString points = QStringLiteral(
        "SELECT customer_id, entry_date, kind, points, sale_id, reason FROM loyalty_entries"
        " ORDER BY id");
    const QString stamps = QStringLiteral(
        "SELECT card_id, customer_id, entry_date, kind, stamps, sale_id FROM stamp_entries"
        " ORDER BY id");
    const QString cards = QStringLiteral("SELECT * FROM stamp_cards ORDER BY id");
    const QString reference = temp.path(QStringLiteral("reference.db"));
    copyFixture(reference, 3);
    QStringList pointRows, stampRows, cardRows;
    {
        RawSqlite file(reference);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 3);
        pointRows = file.rows(points);
        stampRows = file.rows(stamps);
        cardRows = file.rows(cards);
    }
    REQUIRE(pointRows.size() == 353);
    REQUIRE(stampRows.size() == 4);
    REQUIRE(cardRows.size() == 1);

    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 3);
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        auto segments = backend->segments().segments(QDate(2026, 11, 22));
        SETIA_REQUIRE_OK(segments);
        CHECK(segments->size() == 40);
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(points) == pointRows);
        CHECK(file.rows(stamps) == stampRows);
        CHECK(file.rows(cards) == cardRows);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 4 fixture upgrades: rule segments, and redemptions valued at the "
          "point value",
          "[database][upgrade]")
{
    TempDatabase temp;
    REQUIRE_FALSE(QFile::exists(fixturePath(4) + QStringLiteral("-wal")));
    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 4);
    QStringList sales;
    {
        // The fixture has no redemption (imported and demo sales use no points): add one as
        // a v4 Setia would have written it, with the point value set to Rp250.
        RawSqlite file(path);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 4);
        file.exec(QStringLiteral("INSERT INTO settings VALUES ('loyalty.point_value', '250')"));
        file.exec(QStringLiteral(
            "INSERT INTO loyalty_entries (customer_id, entry_date, kind, points, sale_id,"
            " reason, created_at) SELECT customer_id, sale_date, 'redeem', -4, id, receipt,"
            " created_at FROM sales WHERE customer_id IS NOT NULL ORDER BY id LIMIT 1"));
        sales = file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id"));
    }
    REQUIRE(sales.size() == 400);
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        SETIA_REQUIRE_OK(backend->ruleSegments().all());
        CHECK(backend->ruleSegments().all()->isEmpty());
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id")) == sales);
        CHECK(file.rows(QStringLiteral("SELECT kind, points, rupiah FROM loyalty_entries"
                                       " WHERE kind = 'redeem'")) ==
              QStringList{QStringLiteral("redeem|-4|1000")});
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM loyalty_entries WHERE kind ="
                                         " 'earn' AND rupiah <> 0"))
                  .toInt() == 0);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 1 fixture upgrades to the latest schema with its rows intact",
          "[database][upgrade]")
{
    TempDatabase temp;
    REQUIRE_FALSE(QFile::exists(fixturePath() + QStringLiteral("-wal")));

    // What the fixture holds, read before Setia touches a copy of it.
    const QString reference = temp.path(QStringLiteral("reference.db"));
    copyFixture(reference);
    QStringList customers;
    QStringList products;
    QStringList consents;
    {
        RawSqlite file(reference);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
        customers = file.rows(QStringLiteral(
            "SELECT code, name, phone, email, city, area, joined, birthday, credit_limit, tags"
            " FROM customers ORDER BY code"));
        products =
            file.rows(QStringLiteral("SELECT sku, name, category, unit, price, cost FROM products"
                                     " ORDER BY sku"));
        consents = file.rows(QStringLiteral("SELECT customer_id, channel, granted, recorded_at"
                                            " FROM customer_consents ORDER BY 1, 2"));
    }
    REQUIRE(customers.size() == 50);
    REQUIRE(products.size() == 60);

    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path);
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        if (latestSchemaVersion() > 1) {
            // The file was copied aside, as it was, before the upgrade.
            const QString backup = backend->upgradeBackupPath();
            REQUIRE_FALSE(backup.isEmpty());
            REQUIRE(QFile::exists(backup));
            RawSqlite copy(backup);
            CHECK(copy.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
        } else {
            CHECK(backend->upgradeBackupPath().isEmpty());
        }
        CHECK(countAll(*backend) == 50);
        auto productCount = backend->products().count(ProductFilter{});
        SETIA_REQUIRE_OK(productCount);
        CHECK(*productCount == 60);
        CHECK(pragma(*backend, "application_id").toLongLong() == SqliteDialect::applicationId);

        // Search still finds the fixture's customers.
        const QString firstName =
            customers.first().section(QLatin1Char('|'), 1, 1).section(QLatin1Char(' '), 0, 0);
        auto found = backend->customers().page(CustomerFilter{firstName, false}, CustomerSort::Code,
                                               PageRequest{});
        SETIA_REQUIRE_OK(found);
        REQUIRE_FALSE(found->isEmpty());
        CHECK(found->first().code == QStringLiteral("M000001"));
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral(
                  "SELECT code, name, phone, email, city, area, joined, birthday, credit_limit,"
                  " tags FROM customers ORDER BY code")) == customers);
        CHECK(file.rows(QStringLiteral("SELECT sku, name, category, unit, price, cost"
                                       " FROM products ORDER BY sku")) == products);
        CHECK(file.rows(QStringLiteral("SELECT customer_id, channel, granted, recorded_at"
                                       " FROM customer_consents ORDER BY 1, 2")) == consents);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }

    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 5 fixture upgrades: its rule segments and point discounts intact, "
          "routes start empty",
          "[database][upgrade]")
{
    TempDatabase temp;
    REQUIRE_FALSE(QFile::exists(fixturePath(5) + QStringLiteral("-wal")));
    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 5);
    const QString loyalty =
        QStringLiteral("SELECT customer_id, entry_date, kind, points, rupiah, sale_id, reason FROM"
                       " loyalty_entries ORDER BY id");
    QStringList sales, points;
    {
        // The fixture's demo data saves no rule segment (only the app does): add one as a
        // v5 Setia writes it.
        RawSqlite file(path);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 5);
        file.exec(QStringLiteral(
            "INSERT INTO rule_segments (name, definition, created_at, updated_at) VALUES"
            " ('Pasif di Jakarta', '{\"groups\":[{\"conditions\":[{\"field\":\"lifecycle\","
            "\"op\":\"is\",\"value\":\"passive\"},{\"field\":\"city\",\"op\":\"contains\","
            "\"value\":\"Jakarta\"}],\"match\":\"all\"}],\"match\":\"all\"}',"
            " '2026-11-20T10:00:00.000', '2026-11-20T10:00:00.000')"));
        sales = file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id"));
        points = file.rows(loyalty);
    }
    REQUIRE(sales.size() == 400);
    REQUIRE_FALSE(points.isEmpty());
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        auto rules = backend->ruleSegments().all();
        SETIA_REQUIRE_OK(rules);
        REQUIRE(rules->size() == 1);
        CHECK(rules->first().name == QStringLiteral("Pasif di Jakarta"));
        REQUIRE(rules->first().rule.groups.size() == 1);
        CHECK(rules->first().rule.groups.first().conditions.size() == 2);
        auto members = backend->segments().members(rules->first().rule, QDate(2026, 11, 22));
        SETIA_REQUIRE_OK(members);
        for (const CustomerSegment& member : *members)
            CHECK(member.lifecycle == Lifecycle::Passive);
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id")) == sales);
        CHECK(file.rows(loyalty) == points);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM route_stops")).toInt() == 0);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 6 fixture opens at the latest schema with its routes intact",
          "[database][upgrade]")
{
    TempDatabase temp;
    REQUIRE_FALSE(QFile::exists(fixturePath(6) + QStringLiteral("-wal")));
    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 6);
    QStringList sales, stops;
    QString phone, code;
    {
        // A route as a v6 Setia remembers it from the target sheet: the last name first.
        RawSqlite file(path);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 6);
        file.exec(QStringLiteral("INSERT INTO route_stops (customer_id, position) SELECT id,"
                                 " row_number() OVER (ORDER BY sort_name DESC) FROM customers"));
        sales = file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id"));
        stops = file.rows(QStringLiteral("SELECT * FROM route_stops ORDER BY customer_id"));
        phone = file.scalar(QStringLiteral("SELECT phone FROM customers WHERE phone <> ''"
                                           " ORDER BY id DESC LIMIT 1"))
                    .toString();
        code =
            file.scalar(QStringLiteral("SELECT code FROM customers WHERE phone = '%1'").arg(phone))
                .toString();
    }
    REQUIRE(sales.size() == 400);
    REQUIRE(stops.size() == 40);
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        // Version 7 filled in every customer's phone and code endings: the counter finds
        // the fixture's customers by the last digits of their phone and of their code.
        auto byPhone = backend->counter().find(phone.right(4), 0);
        SETIA_REQUIRE_OK(byPhone);
        REQUIRE(byPhone->phoneEnds >= 1);
        CHECK(byPhone->rows.first().phone.endsWith(phone.right(4)));
        auto byCode = backend->counter().find(code.right(3), 0);
        SETIA_REQUIRE_OK(byCode);
        bool codeFound = false;
        for (const CounterMatches::Row& row : std::as_const(byCode->rows))
            codeFound =
                codeFound || (row.code == code && row.reason != CounterMatches::Reason::Other);
        CHECK(codeFound);
        auto sheet = backend->targets().sheet(QDate(2026, 11, 24), QString());
        SETIA_REQUIRE_OK(sheet);
        // Due customers of one area follow the remembered route, not their names.
        int compared = 0;
        for (const TargetSection& section : sheet->sections) {
            for (qsizetype i = 1; i < section.customers.size(); ++i) {
                const TargetCustomer& before = section.customers.at(i - 1);
                const TargetCustomer& after = section.customers.at(i);
                if (before.area != after.area)
                    continue;
                CHECK(before.name.toCaseFolded() > after.name.toCaseFolded());
                ++compared;
            }
        }
        CHECK(compared > 0);
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id")) == sales);
        CHECK(file.rows(QStringLiteral("SELECT * FROM route_stops ORDER BY customer_id")) == stops);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 7 fixture upgrades: its customers merge and an import undoes",
          "[database][upgrade]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 7);
    QStringList customers, sales, points;
    {
        RawSqlite file(path);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 7);
        customers = file.rows(QStringLiteral("SELECT * FROM customers ORDER BY id"));
        sales = file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id"));
        points = file.rows(QStringLiteral("SELECT * FROM loyalty_entries ORDER BY id"));
    }
    REQUIRE(customers.size() == 40);
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        // Two of the fixture's customers with sales, merged and the merge undone.
        auto first = backend->customers().findByCode(QStringLiteral("M000001"));
        auto second = backend->customers().findByCode(QStringLiteral("M000002"));
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        REQUIRE(first->has_value());
        REQUIRE(second->has_value());
        auto proposal = backend->merges().proposal((*first)->id, (*second)->id);
        SETIA_REQUIRE_OK(proposal);
        auto merged = backend->merges().merge((*first)->id, (*second)->id, *proposal);
        SETIA_REQUIRE_OK(merged);
        CHECK(merged->moved.sales > 0);
        SETIA_REQUIRE_OK(backend->merges().undo(merged->id));
        auto history = backend->imports().history();
        SETIA_REQUIRE_OK(history);
        CHECK(history->isEmpty()); // imports before schema 8 were not journalled
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id")) == sales);
        CHECK(file.rows(QStringLiteral("SELECT * FROM loyalty_entries ORDER BY id")) == points);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM merges WHERE undone_at IS NOT NULL"))
                  .toInt() == 1);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 8 fixture upgrades: its merges stay undoable, and its customers "
          "get interactions and follow-ups",
          "[database][upgrade]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 8);
    QStringList customers, sales;
    {
        RawSqlite file(path);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 8);
        customers = file.rows(QStringLiteral("SELECT * FROM customers ORDER BY id"));
        sales = file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id"));
    }
    REQUIRE(customers.size() == 40);
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        auto first = backend->customers().findByCode(QStringLiteral("M000001"));
        auto second = backend->customers().findByCode(QStringLiteral("M000002"));
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        REQUIRE(first->has_value());
        REQUIRE(second->has_value());
        CHECK((*first)->contactInterval == 0); // the tier's default
        Interaction call;
        call.customerId = (*second)->id;
        call.summary = QStringLiteral("Tanya harga");
        SETIA_REQUIRE_OK(backend->interactions().log(call));
        FollowUp task;
        task.customerId = (*second)->id;
        task.due = QDate(2026, 11, 25);
        task.task = QStringLiteral("Kirim katalog");
        SETIA_REQUIRE_OK(backend->followUps().create(task));
        auto merged = backend->merges().merge(
            (*first)->id, (*second)->id, *backend->merges().proposal((*first)->id, (*second)->id));
        SETIA_REQUIRE_OK(merged);
        CHECK(merged->moved.interactions == 1);
        CHECK(merged->moved.followUps == 1);
        SETIA_REQUIRE_OK(backend->merges().undo(merged->id));
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id")) == sales);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id ="
                                         " (SELECT id FROM customers WHERE code = 'M000002')"))
                  .toInt() == 1);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("Every released schema version has its fixture", "[database][upgrade]")
{
    // A schema change lands with the fixture of the version it replaces and an upgrade test
    // for it (tests/data/README.md says how fixtures are made).
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        INFO("schema version " << version);
        CHECK(QFile::exists(fixturePath(version)));
    }
}
