// Database: creating, reopening and refusing Setia files (STYLE: "a small, transactional,
// versioned SQLite store"; SPEC §8: nothing half-written stays behind). Upgrades of the
// released schemas: SchemaUpgradeTest.
#include "db/Database.h"

#include "db/Migrations.h"
#include "db/sqlite/SqliteDialect.h"
#include "io/CsvReader.h"
#include "io/ImportReport.h"
#include "services/CustomerService.h"
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
#include "support/TempDatabase.h"
#include "support/Unwritable.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

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

Error::Kind openFails(const QString& path)
{
    const FixedClock clock;
    auto backend =
        Backend::open(path, clock, QStringLiteral("Rina"), Backend::Opening::CreateIfMissing);
    REQUIRE_FALSE(backend.ok());
    INFO("message: " << backend.error().message().toStdString());
    CHECK_FALSE(backend.error().message().isEmpty());
    return backend.error().kind();
}

// Active and archived customers.
qint64 countAll(Backend& backend)
{
    return customerCount(backend, false) + customerCount(backend, true);
}

} // namespace

TEST_CASE("A new file is created at the latest version with Setia's pragmas", "[database]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    auto backend = temp.open(path);
    CHECK(QFileInfo(path).isFile());
    CHECK(backend->databasePath() == QFileInfo(path).absoluteFilePath());
    CHECK(backend->schemaVersion() == latestSchemaVersion());
    CHECK(backend->upgradeBackupPath().isEmpty());

    CHECK(pragma(*backend, "user_version").toInt() == latestSchemaVersion());
    CHECK(pragma(*backend, "application_id").toLongLong() == SqliteDialect::applicationId);
    CHECK(pragma(*backend, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(*backend, "synchronous").toInt() == 2); // FULL
    CHECK(pragma(*backend, "foreign_keys").toInt() == 1);
    CHECK(pragma(*backend, "wal_autocheckpoint").toInt() == 0);
    CHECK(pragma(*backend, "busy_timeout").toInt() == 5000);
    CHECK(pragma(*backend, "integrity_check").toString() == QStringLiteral("ok"));
}

TEST_CASE("Missing folders on the way to a new file are created", "[database]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("toko/2026/setia.db"));
    auto backend = temp.open(path);
    CHECK(QFileInfo(path).isFile());
}

TEST_CASE("An empty file becomes a new Setia database", "[database]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    writeFile(path, QByteArray());
    auto backend = temp.open(path);
    CHECK(backend->schemaVersion() == latestSchemaVersion());
    CHECK(pragma(*backend, "application_id").toLongLong() == SqliteDialect::applicationId);
}

TEST_CASE("Opening a database again changes nothing", "[database]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    qint64 id = 0;
    {
        auto backend = temp.open(path);
        auto created = backend->customers().create(
            customerDraft(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890")));
        SETIA_REQUIRE_OK(created);
        id = created->id;
    }
    const QStringList schema = schemaOf(path);
    for (int round = 0; round < 2; ++round) {
        auto backend = temp.open(path);
        CHECK(backend->schemaVersion() == latestSchemaVersion());
        CHECK(backend->upgradeBackupPath().isEmpty());
        auto found = backend->customers().find(id);
        SETIA_REQUIRE_OK(found);
        REQUIRE(found->has_value());
        CHECK((*found)->name == QStringLiteral("Budi Santoso"));
        CHECK(countAll(*backend) == 1);
    }
    CHECK(schemaOf(path) == schema);
    // No copy was made aside: the file was already current.
    CHECK(QDir(temp.folder()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("The path :memory: opens a private database", "[database]")
{
    TempDatabase temp;
    auto first = temp.openMemory();
    auto second = temp.openMemory();
    CHECK(first->schemaVersion() == latestSchemaVersion());
    CHECK(first->upgradeBackupPath().isEmpty());
    CHECK(pragma(*first, "journal_mode").toString() == QStringLiteral("memory"));
    SETIA_REQUIRE_OK(first->customers().create(customerDraft(QStringLiteral("Siti Aminah"))));
    CHECK(countAll(*first) == 1);
    CHECK(countAll(*second) == 0);
    CHECK(QDir(temp.folder()).isEmpty());
}

TEST_CASE("A file from a newer Setia is refused and left byte-identical", "[database]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    {
        auto backend = temp.open(path);
        SETIA_REQUIRE_OK(backend->customers().create(customerDraft(QStringLiteral("Ani"))));
    }
    {
        RawSqlite file(path);
        file.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
    }
    const QByteArray before = fileBytes(path);
    REQUIRE_FALSE(before.isEmpty());

    const FixedClock clock;
    auto refused = Backend::open(path, clock, QStringLiteral("Rina"), Backend::Opening::Existing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::NewerVersion);
    CHECK(refused.error().message().contains(QString::number(latestSchemaVersion() + 1)));
    // Twice: the first refusal did not half-open it either.
    CHECK(openFails(path) == Error::Kind::NewerVersion);

    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(QDir(temp.folder()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("A file that is not SQLite is refused as Corrupt and left unchanged", "[database]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("pelanggan.db"));
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text +=
            "Daftar pelanggan Toko Setia: Budi, Siti, Agus, baris " + QByteArray::number(i) + '\n';
    writeFile(path, text);
    CHECK(openFails(path) == Error::Kind::Corrupt);
    CHECK(fileBytes(path) == text);
}

TEST_CASE("A SQLite database of another program is refused and left unchanged", "[database]")
{
    TempDatabase temp;

    SECTION("tables, user_version 0")
    {
        const QString path = temp.path(QStringLiteral("kasir.sqlite"));
        {
            RawSqlite file(path);
            file.exec(QStringLiteral("CREATE TABLE barang (kode TEXT PRIMARY KEY, harga INT)"));
            file.exec(QStringLiteral("INSERT INTO barang VALUES ('A1', 5000), ('B2', 7500)"));
        }
        const QByteArray before = fileBytes(path);
        CHECK(openFails(path) == Error::Kind::Corrupt);
        CHECK(fileBytes(path) == before);
        CHECK(schemaOf(path).size() == 2); // the table and its primary key index, nothing added
    }

    SECTION("another application id and a version of its own")
    {
        const QString path = temp.path(QStringLiteral("peta.gpkg"));
        {
            RawSqlite file(path);
            file.exec(QStringLiteral("PRAGMA application_id = 1196444487")); // GeoPackage
            file.exec(QStringLiteral("PRAGMA user_version = 1"));
            file.exec(QStringLiteral("CREATE TABLE gpkg_contents (table_name TEXT)"));
        }
        const QByteArray before = fileBytes(path);
        CHECK(openFails(path) == Error::Kind::Corrupt);
        CHECK(fileBytes(path) == before);
    }

    SECTION("another application id, no tables yet")
    {
        const QString path = temp.path(QStringLiteral("kosong.db"));
        {
            RawSqlite file(path);
            file.exec(QStringLiteral("PRAGMA application_id = 42"));
        }
        const QByteArray before = fileBytes(path);
        CHECK(openFails(path) == Error::Kind::Corrupt);
        CHECK(fileBytes(path) == before);
    }
}

TEST_CASE("A path that cannot hold a database file gives CannotOpen", "[database]")
{
    TempDatabase temp;

    SECTION("the path is a folder")
    {
        REQUIRE(QDir(temp.folder()).mkdir(QStringLiteral("folder.db")));
        CHECK(openFails(temp.path(QStringLiteral("folder.db"))) == Error::Kind::CannotOpen);
    }

    SECTION("the parent is a regular file")
    {
        writeFile(temp.path(QStringLiteral("notes.txt")), "not a folder\n");
        const QString path = temp.path(QStringLiteral("notes.txt/setia.db"));
        CHECK(openFails(path) == Error::Kind::CannotOpen);
        CHECK(fileBytes(temp.path(QStringLiteral("notes.txt"))) == QByteArray("not a folder\n"));
    }
}

TEST_CASE("A read-only file opens read-only, and nothing is made in a read-only folder",
          "[database]")
{
    TempDatabase temp;

    SECTION("read-only file")
    {
        const QString path = temp.freshPath();
        temp.open(path).reset();
        const QByteArray before = fileBytes(path);
        {
            const Unwritable locked(path);
            const FixedClock clock;
            auto opened =
                Backend::open(path, clock, QStringLiteral("Rina"), Backend::Opening::Existing);
            SETIA_REQUIRE_OK(opened);
            CHECK_FALSE((*opened)->readOnly().isEmpty());
        }
        CHECK(fileBytes(path) == before);
    }

    SECTION("read-only folder")
    {
        const QString folder = temp.path(QStringLiteral("arsip"));
        REQUIRE(QDir().mkpath(folder));
        const QString existing = folder + QStringLiteral("/lama.db");
        {
            auto made = temp.open(existing);
            SETIA_REQUIRE_OK(made->customers().create(customerDraft(QStringLiteral("Ani"))));
        }
        const QByteArray before = fileBytes(existing);
        const Unwritable locked(folder);
        // WAL's side files cannot be made next to it: it is read as it is, read-only.
        const FixedClock clock;
        auto opened =
            Backend::open(existing, clock, QStringLiteral("Rina"), Backend::Opening::Existing);
        SETIA_REQUIRE_OK(opened);
        CHECK_FALSE((*opened)->readOnly().isEmpty());
        CHECK(countAll(**opened) == 1);
        opened->reset();
        CHECK(fileBytes(existing) == before);
        // A new file there is refused, and nothing is left behind.
        auto fresh = Backend::open(folder + QStringLiteral("/baru.db"), clock,
                                   QStringLiteral("Rina"), Backend::Opening::CreateIfMissing);
        REQUIRE_FALSE(fresh.ok());
        CHECK(fresh.error().kind() == Error::Kind::ReadOnly);
        CHECK_FALSE(QFile::exists(folder + QStringLiteral("/baru.db")));
    }
}

TEST_CASE("A write waits for another writer, then fails as Busy", "[database][busy]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    auto holder = temp.open(path);
    auto waiter = temp.open(path);

    QSqlQuery lock(BackendProbe::database(*holder).connection());
    REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    REQUIRE(lock.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));

    // A save that reads before it writes (the phone's duplicate check) must wait for the
    // lock like any other: the busy timeout (5 s) is used, not given up at the first conflict.
    QElapsedTimer timer;
    timer.start();
    auto blocked = waiter->customers().create(
        customerDraft(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890")));
    const qint64 waited = timer.elapsed();
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().kind() == Error::Kind::Busy);
    CHECK(waited >= 4500);

    REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    auto created = waiter->customers().create(
        customerDraft(QStringLiteral("Budi Santoso"), QStringLiteral("0812-3456-7890")));
    SETIA_REQUIRE_OK(created);
    // The failed attempt took no member code.
    CHECK(created->code == QStringLiteral("M000001"));
    CHECK(countAll(*holder) == 1);
}

TEST_CASE("An import waits for another long writer as long as it is told to", "[database][busy]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    auto holder = temp.open(path);
    auto importer = temp.open(path);
    const QByteArray csv = "name,phone\nBudi Santoso,0812-3456-7890\nSiti Aminah,0813-1111-2222\n";
    auto lock = std::make_unique<QSqlQuery>(BackendProbe::database(*holder).connection());
    REQUIRE(lock->exec(QStringLiteral("BEGIN EXCLUSIVE")));
    REQUIRE(lock->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));

    // Told to give up after two seconds: Busy, and nothing imported.
    QList<int> asked;
    ImportOptions impatient;
    impatient.waiting = [&asked](int waited) {
        asked.append(waited);
        return waited < 2;
    };
    auto reader = CsvReader::fromBytes(csv);
    SETIA_REQUIRE_OK(reader);
    CsvReader first = *reader;
    auto refused = importer->imports().run(ImportKind::Customers, first, impatient);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Busy);
    CHECK(asked == QList<int>{1, 2});

    // The other writer finishes while this one waits: the import goes through.
    ImportOptions patient;
    patient.waiting = [&lock](int waited) {
        if (waited == 2)
            REQUIRE(lock->exec(QStringLiteral("ROLLBACK")));
        return true;
    };
    CsvReader second = *reader;
    auto imported = importer->imports().run(ImportKind::Customers, second, patient);
    SETIA_REQUIRE_OK(imported);
    CHECK(imported->created == 2);
    CHECK(countAll(*holder) == 2);
}
