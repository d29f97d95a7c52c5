// Upgrading the files of the relationships' schema versions (9: interactions and follow-ups,
// 10: the agenda's indexes, 11: business rules, 12: complaints and surveys) to today's: every
// row intact, the new tables and indexes used, the schema equal to a fresh one.
#include "analytics/BusinessRule.h"
#include "db/Migrations.h"
#include "services/AgendaService.h"
#include "services/BusinessRuleService.h"
#include "services/CampaignService.h"
#include "services/SurveyService.h"
#include "services/TicketService.h"
#include "support/SchemaFixtures.h"
#include "support/TempDatabase.h"

using namespace setia;
using namespace setia::test;

TEST_CASE("The schema version 9 fixture upgrades: the agenda reads its window's sales and its "
          "payments through the new indexes, every row intact",
          "[database][upgrade]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 9);
    QStringList sales, payments;
    {
        RawSqlite file(path);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 9);
        sales = file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id"));
        payments = file.rows(QStringLiteral("SELECT * FROM payments ORDER BY id"));
    }
    REQUIRE(sales.size() == 400);
    qsizetype rows = 0;
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        auto agenda = backend->agenda().forDay(QDate(2026, 11, 22));
        SETIA_REQUIRE_OK(agenda);
        rows = agenda->size();
    }
    CHECK(rows > 0);
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id")) == sales);
        CHECK(file.rows(QStringLiteral("SELECT * FROM payments ORDER BY id")) == payments);
        CHECK(file.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE name IN"
                                       " ('sales_window', 'payments_open') ORDER BY name")) ==
              QStringList{QStringLiteral("payments_open"), QStringLiteral("sales_window")});
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 10 fixture upgrades: business rules are saved and run on its "
          "customers, every row intact",
          "[database][upgrade]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 10);
    QStringList customers, followUps;
    {
        RawSqlite file(path);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 10);
        customers = file.rows(QStringLiteral("SELECT * FROM customers ORDER BY id"));
        followUps = file.rows(QStringLiteral("SELECT * FROM follow_ups ORDER BY id"));
    }
    REQUIRE(customers.size() == 40);
    qsizetype fired = 0;
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        BusinessRule lapsing;
        lapsing.name = QStringLiteral("Pasif");
        lapsing.when.groups = {RuleGroup{
            true,
            {RuleCondition{RuleField::Lifecycle, RuleOperator::Is, QStringLiteral("passive")}}}};
        lapsing.task = QStringLiteral("Telepon");
        lapsing.includeCurrent = true;
        SETIA_REQUIRE_OK(backend->businessRules().save(lapsing));
        auto run = backend->businessRules().run(QDate(2026, 11, 22));
        SETIA_REQUIRE_OK(run);
        fired = run->fired.size();
    }
    CHECK(fired > 0);
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral("SELECT * FROM customers ORDER BY id")) == customers);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM follow_ups")).toLongLong() ==
              followUps.size() + fired);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM rule_firings")).toLongLong() ==
              fired);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 11 fixture upgrades: complaints and survey answers are kept on its "
          "customers, every row intact",
          "[database][upgrade]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 11);
    QStringList customers, sales, imports;
    {
        RawSqlite file(path);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 11);
        customers = file.rows(QStringLiteral("SELECT * FROM customers ORDER BY id"));
        sales = file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id"));
        imports = file.rows(QStringLiteral("SELECT * FROM imports ORDER BY id"));
    }
    REQUIRE(customers.size() == 40);
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        Ticket t;
        t.customerId = 1;
        t.category = QStringLiteral("service");
        t.summary = QStringLiteral("Antrean lama");
        SETIA_REQUIRE_OK(backend->tickets().open(t));
        SurveyResponse r;
        r.customerId = 1;
        r.nps = 4;
        SETIA_REQUIRE_OK(backend->surveys().record(r));
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral("SELECT * FROM customers ORDER BY id")) == customers);
        CHECK(file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id")) == sales);
        CHECK(file.rows(QStringLiteral("SELECT * FROM imports ORDER BY id")) == imports);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM tickets")).toInt() == 1);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM ticket_events")).toInt() == 1);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM survey_responses"
                                         " WHERE follow_up_id IS NOT NULL"))
                  .toInt() == 1);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}

TEST_CASE("The schema version 12 fixture upgrades: a campaign freezes its audience from the "
          "customers and sales it holds, every row intact",
          "[database][upgrade]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("upgraded.db"));
    copyFixture(path, 12);
    QStringList customers, sales, consents;
    {
        RawSqlite file(path);
        REQUIRE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 12);
        customers = file.rows(QStringLiteral("SELECT * FROM customers ORDER BY id"));
        sales = file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id"));
        consents = file.rows(
            QStringLiteral("SELECT * FROM customer_consents ORDER BY customer_id, channel"));
    }
    REQUIRE(customers.size() == 40);
    qint64 reached = 0;
    {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        Campaign draft;
        draft.code = QStringLiteral("UPGRADE");
        draft.audience = QStringLiteral("all");
        draft.channel = CampaignChannel::Call;
        draft.start = QDate(2026, 11, 1);
        draft.message = QStringLiteral("Halo {nama}");
        auto created = backend->campaigns().create(draft);
        REQUIRE(created.ok());
        auto members = backend->campaigns().members(created->id);
        REQUIRE(members.ok());
        reached = members->size();
        CHECK(reached > 0);
    }
    {
        RawSqlite file(path);
        CHECK(file.rows(QStringLiteral("SELECT * FROM customers ORDER BY id")) == customers);
        CHECK(file.rows(QStringLiteral("SELECT * FROM sales ORDER BY id")) == sales);
        CHECK(file.rows(QStringLiteral("SELECT * FROM customer_consents ORDER BY customer_id,"
                                       " channel")) == consents);
        CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM campaign_members")).toLongLong() ==
              reached);
        CHECK(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
              QStringLiteral("ok"));
    }
    const QString fresh = temp.freshPath();
    temp.open(fresh).reset();
    CHECK(schemaDifference(path, fresh) == QStringList());
}
