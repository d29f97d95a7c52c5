// SPEC §12: a backup is a checked copy that opens as the same shop; `check` finds a damaged
// page and a broken promise of Setia's, and passes a good file; no backup is written over
// the database or through a symbolic link.
#include "demo/DemoGenerator.h"
#include "services/Backend.h"
#include "services/CustomerService.h"
#include "services/DataSafetyService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/CliProcess.h"
#include "support/DamagedShop.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

// A closed demo shop of 200 customers and 2 000 sales.
QString demoShop(TempDatabase& temp, const QString& name)
{
    const QString path = temp.path(name);
    auto backend = temp.open(path);
    DemoOptions options;
    options.customers = 200;
    options.sales = 2000;
    options.seed = 5;
    options.end = QDate(2026, 11, 20);
    SETIA_REQUIRE_OK(DemoGenerator(*backend).generate(options));
    return path;
}

// Runs `statements` on `file` behind Setia's back, as another program or a bad disk could.
void changeBehindSetia(const QString& file, const QStringList& statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
}

} // namespace

TEST_CASE("setia-cli backup writes a checked private copy that opens as the same shop",
          "[storage][backup][cli]")
{
    TempDatabase temp;
    const QString path = demoShop(temp, QStringLiteral("toko.db"));
    const QString copy = temp.path(QStringLiteral("cadangan.db"));
    const CliRun run = runCli(
        temp.folder(), QStringList{QStringLiteral("--db"), path, QStringLiteral("backup"), copy});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("200 customers, 2000 sales")));
    CHECK(QFileInfo(copy).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));

    auto original = temp.open(path);
    auto restored = temp.open(copy);
    CHECK(restored->customers().count(CustomerFilter{QString(), false}).value() ==
          original->customers().count(CustomerFilter{QString(), false}).value());
    CHECK(restored->sales().count().value() == 2000);
    const CliRun check =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), copy, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.trimmed() == QStringLiteral("No problems found."));
}

TEST_CASE("A backup is never written over the database, its side files or through a link",
          "[storage][backup]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    auto backend = temp.open(path);
    QFile::link(path, temp.path(QStringLiteral("link.db")));
    QFile::link(temp.path(QStringLiteral("elsewhere.db")),
                temp.path(QStringLiteral("dangling.db")));
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList refused = {
        path,
        path + QStringLiteral("-wal"),
        path + QStringLiteral("-shm"),
        folder + QStringLiteral("/./") + QFileInfo(path).fileName(),
        temp.path(QStringLiteral("link.db")),
        temp.path(QStringLiteral("dangling.db")),
    };
    const QByteArray before = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    for (const QString& target : refused) {
        INFO(target.toStdString());
        auto saved = backend->safety().backup(target);
        REQUIRE_FALSE(saved);
        CHECK(saved.error().kind() == Error::Kind::Validation);
    }
    CHECK_FALSE(QFile::exists(temp.path(QStringLiteral("elsewhere.db"))));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("setia-cli check finds damaged pages and exits 1", "[storage][check][cli]")
{
    TempDatabase temp;
    const QString path = damagedShop(temp);
    const CliRun run =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), path, QStringLiteral("check")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("The file is damaged: ")));

    // And a backup of it is refused rather than written.
    const QString copy = temp.path(QStringLiteral("copy.db"));
    const CliRun backup = runCli(
        temp.folder(), QStringList{QStringLiteral("--db"), path, QStringLiteral("backup"), copy});
    CHECK(backup.exitCode == 1);
    CHECK_FALSE(QFile::exists(copy));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
}

TEST_CASE("check names a sale whose totals disagree with its lines and a balance below zero",
          "[storage][check]")
{
    TempDatabase temp;
    const QString path = demoShop(temp, QStringLiteral("toko.db"));
    QString receipt;
    QString code;
    qint64 id = 0;
    {
        auto backend = temp.open(path);
        const Customer first = backend->customers().find(1).value().value();
        code = first.code;
        id = first.id;
        receipt = backend->sales().find(1).value().value().receipt;
    }
    changeBehindSetia(
        path, {QStringLiteral("UPDATE sales SET lines_total = lines_total + 1, revenue = revenue "
                              "+ 1 WHERE receipt = '%1'")
                   .arg(receipt),
               QStringLiteral("INSERT INTO loyalty_entries (customer_id, entry_date, kind, points, "
                              "reason, created_at) VALUES (%1, '2026-11-20', 'adjust', -1000000, "
                              "'x', '2026-11-20T10:00:00')")
                   .arg(id)});
    auto backend = temp.open(path);
    auto problems = backend->safety().check();
    SETIA_REQUIRE_OK(problems);
    REQUIRE(problems->size() == 2);
    CHECK(problems->at(0).startsWith(QStringLiteral("Sale %1: its lines add up to").arg(receipt)));
    CHECK(problems->at(1).startsWith(QStringLiteral("Customer %1: points add up to").arg(code)));
}

TEST_CASE("setia-cli restore puts a backup back, after backing up what was there",
          "[storage][restore][cli]")
{
    TempDatabase temp;
    const QString path = demoShop(temp, QStringLiteral("toko.db"));
    const QString copy = temp.path(QStringLiteral("cadangan.db"));
    {
        auto backend = temp.open(path);
        SETIA_REQUIRE_OK(backend->safety().backup(copy));
        // Work done after the backup, that the restore takes back.
        REQUIRE(backend->customers().create(customerDraft(QStringLiteral("Pelanggan Baru"))).ok());
    }
    const CliRun run = runCli(
        temp.folder(), QStringList{QStringLiteral("--db"), path, QStringLiteral("restore"), copy});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("200 customers, 2000 sales")));
    auto restored = temp.open(path);
    CHECK(restored->customers().count(CustomerFilter{QString(), false}).value() == 200);

    // What was there before is kept in backups/, private, and holds the later customer.
    const QDir backups(QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups")));
    const QStringList kept = backups.entryList({QStringLiteral("*-sebelum-pemulihan-*.db")});
    REQUIRE(kept.size() == 1);
    CHECK(QFileInfo(backups.path()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
           QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
    auto before = temp.open(backups.filePath(kept.first()));
    CHECK(before->customers().count(CustomerFilter{QString(), false}).value() == 201);
}

TEST_CASE("restore refuses a newer, a damaged, a foreign or a missing file and changes nothing",
          "[storage][restore]")
{
    TempDatabase temp;
    const QString path = demoShop(temp, QStringLiteral("toko.db"));
    const QString newer = temp.path(QStringLiteral("newer.db"));
    {
        auto backend = temp.open(path);
        SETIA_REQUIRE_OK(backend->safety().backup(newer));
    }
    changeBehindSetia(newer, {QStringLiteral("PRAGMA user_version = 999")});
    const QString foreign = temp.path(QStringLiteral("foreign.db"));
    changeBehindSetia(foreign, {QStringLiteral("CREATE TABLE notes (text TEXT)")});
    const QString damaged = damagedShop(temp);
    const QString text = temp.path(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database at all\n");
    }

    auto backend = temp.open(path);
    const qint64 customers = backend->customers().count(CustomerFilter{QString(), false}).value();
    const QList<std::pair<QString, Error::Kind>> refused = {
        {newer, Error::Kind::NewerVersion},
        {foreign, Error::Kind::Corrupt},
        {damaged, Error::Kind::Corrupt},
        {text, Error::Kind::Corrupt},
        {temp.path(QStringLiteral("none.db")), Error::Kind::NotFound},
        {path, Error::Kind::Validation}};
    for (const auto& [file, kind] : refused) {
        INFO(file.toStdString());
        QString savedAs;
        auto restored = backend->safety().restore(file, &savedAs);
        REQUIRE_FALSE(restored);
        CHECK(restored.error().kind() == kind);
        CHECK(savedAs.isEmpty()); // refused before anything was written
    }
    CHECK(backend->customers().count(CustomerFilter{QString(), false}).value() == customers);
    CHECK_FALSE(
        QFileInfo::exists(QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"))));
}

TEST_CASE("Exports, PDFs and rejects files are readable by their owner only",
          "[storage][files][cli]")
{
    TempDatabase temp;
    const QString path = demoShop(temp, QStringLiteral("toko.db"));
    const QString csv = temp.path(QStringLiteral("pelanggan.csv"));
    const QString pdf = temp.path(QStringLiteral("kartu.pdf"));
    QString code;
    {
        auto backend = temp.open(path);
        auto first = backend->customers().find(1);
        REQUIRE(first.ok());
        REQUIRE(*first);
        code = (*first)->code;
    }
    const QList<QStringList> commands = {
        QStringList{QStringLiteral("export"), QStringLiteral("customers"), csv},
        QStringList{QStringLiteral("card"), code, QStringLiteral("-o"), pdf},
    };
    for (const QStringList& command : commands) {
        const CliRun run =
            runCli(temp.folder(), QStringList{QStringLiteral("--db"), path} + command);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    for (const QString& file : {csv, pdf}) {
        INFO(file.toStdString());
        CHECK(QFileInfo(file).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
}

TEST_CASE("setia-cli writes no export, card or rejects file over the database or through a link",
          "[storage][files][cli]")
{
    TempDatabase temp;
    const QString path = demoShop(temp, QStringLiteral("toko.db"));
    QString code;
    {
        auto backend = temp.open(path);
        code = backend->customers().find(1).value()->code;
    }
    const QString csv = temp.path(QStringLiteral("baru.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("code,name,phone\r\n,,\r\n"); // one row to reject
    }
    const QString elsewhere = temp.path(QStringLiteral("elsewhere.csv"));
    const QString link = temp.path(QStringLiteral("link.csv"));
    REQUIRE(QFile::link(elsewhere, link));
    const QByteArray before = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    const QString spelt = QFileInfo(path).absolutePath() + QStringLiteral("/../") +
                          QFileInfo(QFileInfo(path).absolutePath()).fileName() +
                          QStringLiteral("/toko.db");
    const QList<QStringList> commands = {
        QStringList{QStringLiteral("export"), QStringLiteral("customers"), path},
        QStringList{QStringLiteral("export"), QStringLiteral("sales"), spelt},
        QStringList{QStringLiteral("export"), QStringLiteral("products"),
                    path + QStringLiteral("-wal")},
        QStringList{QStringLiteral("card"), code, QStringLiteral("-o"), path},
        QStringList{QStringLiteral("import"), QStringLiteral("customers"), csv,
                    QStringLiteral("--rejects"), path},
        QStringList{QStringLiteral("import"), QStringLiteral("customers"), csv,
                    QStringLiteral("--rejects"), link},
        QStringList{QStringLiteral("export"), QStringLiteral("customers"), link},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliRun run =
            runCli(temp.folder(), QStringList{QStringLiteral("--db"), path} + command);
        CHECK(run.exitCode == 1);
        CHECK((run.err.contains(QStringLiteral("is the database itself")) ||
               run.err.contains(QStringLiteral("symbolic link"))));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK_FALSE(QFile::exists(elsewhere));
}
