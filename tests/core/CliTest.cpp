// setia-cli run as a real process (SPEC §8): exit codes 0 done, 1 failed, 2 wrong command
// line; errors on stderr; nothing half-written left behind.
#include "db/Migrations.h"
#include "support/CliProcess.h"
#include "support/TempDatabase.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

TEST_CASE("setia-cli init creates a database", "[cli]")
{
    TempDatabase temp;
    const QString db = temp.path(QStringLiteral("toko.db"));
    const CliRun init =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(init.exitCode == 0);
    CHECK(init.err.isEmpty());
    CHECK(QFile::exists(db));
    CHECK(init.out.contains(QStringLiteral("toko.db")));

    // Again: nothing to do, still fine.
    const CliRun again =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(again.exitCode == 0);
    CHECK(again.err.isEmpty());
}

TEST_CASE("setia-cli without --db uses the file in the user's data folder", "[cli]")
{
    TempDatabase temp;
    const CliRun init = runCli(temp.folder(), args({"init"}));
    CHECK(init.exitCode == 0);
    QStringList databases;
    QDirIterator files(temp.path(QStringLiteral("data")), {QStringLiteral("*.db")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext())
        databases.append(files.next());
    REQUIRE(databases.size() == 1);
    CHECK(databases.first().endsWith(QStringLiteral("/setia.db")));
}

TEST_CASE("setia-cli demo, then stats", "[cli]")
{
    TempDatabase temp;
    const QString db = temp.path(QStringLiteral("demo.db"));
    const QStringList dbArgs{QStringLiteral("--db"), db};
    const CliRun demo =
        runCli(temp.folder(),
               dbArgs + args({"demo", "--customers", "200", "--seed", "3", "--end", "2026-11-01"}));
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.err.isEmpty());

    const CliRun stats = runCli(temp.folder(), dbArgs + args({"stats"}));
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.err.isEmpty());
    const QStringList lines = stats.outLines();
    CHECK(lines.contains(QStringLiteral("customers: 200")));
    CHECK(lines.contains(QStringLiteral("products: 60")));
    CHECK(lines.contains(QStringLiteral("schema_version: %1").arg(latestSchemaVersion())));
    // Every line is "key: value".
    for (const QString& line : lines) {
        INFO("line: " << line.toStdString());
        CHECK(line.contains(QStringLiteral(": ")));
    }

    // The same demo again into the same file is refused, and the file keeps its data.
    const CliRun twice =
        runCli(temp.folder(), dbArgs + args({"demo", "--customers", "10", "--seed", "3"}));
    CHECK(twice.exitCode == 1);
    CHECK_FALSE(twice.err.isEmpty());
    CHECK(twice.out.isEmpty());
    CHECK(runCli(temp.folder(), dbArgs + args({"stats"}))
              .outLines()
              .contains(QStringLiteral("customers: 200")));
}

TEST_CASE("setia-cli refuses a wrong command line with exit code 2", "[cli]")
{
    TempDatabase temp;
    const QString db = temp.path(QStringLiteral("salah.db"));
    const QStringList dbArgs{QStringLiteral("--db"), db};

    const CliRun unknown = runCli(temp.folder(), dbArgs + args({"frobnicate"}));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(unknown.err.contains(QStringLiteral("Usage: setia-cli")));
    CHECK(unknown.out.isEmpty());

    const CliRun none = runCli(temp.folder(), dbArgs);
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("Usage: setia-cli")));

    const CliRun badNumber = runCli(temp.folder(), dbArgs + args({"demo", "--customers", "abc"}));
    CHECK(badNumber.exitCode == 2);
    CHECK(badNumber.err.contains(QStringLiteral("--customers")));

    const CliRun badSeed = runCli(temp.folder(), dbArgs + args({"demo", "--seed", "-1"}));
    CHECK(badSeed.exitCode == 2);
    const CliRun badDate = runCli(temp.folder(), dbArgs + args({"demo", "--end", "17/08/2026"}));
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--end")));
    const CliRun future = runCli(temp.folder(), dbArgs + args({"demo", "--end", "2999-01-01"}));
    CHECK(future.exitCode == 2);
    CHECK(future.err.contains(QStringLiteral("after today")));

    const CliRun misplaced = runCli(temp.folder(), dbArgs + args({"stats", "--customers", "5"}));
    CHECK(misplaced.exitCode == 2);
    const CliRun extra = runCli(temp.folder(), dbArgs + args({"stats", "now"}));
    CHECK(extra.exitCode == 2);
    const CliRun unknownOption = runCli(temp.folder(), dbArgs + args({"stats", "--verbose"}));
    CHECK(unknownOption.exitCode == 2);

    // A wrong command line changes nothing: not even an empty database is created.
    CHECK_FALSE(QFile::exists(db));

    const CliRun help = runCli(temp.folder(), args({"--help"}));
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: setia-cli")));
}

TEST_CASE("setia-cli refuses a newer database with exit code 1 and leaves it unchanged", "[cli]")
{
    TempDatabase temp;
    const QString db = temp.path(QStringLiteral("baru.db"));
    temp.open(db).reset();
    {
        RawSqlite file(db);
        file.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
    }
    const QByteArray before = fileBytes(db);

    for (const char* command : {"stats", "init"}) {
        const CliRun run =
            runCli(temp.folder(), QStringList{QStringLiteral("--db"), db} + args({command}));
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(QStringLiteral("newer version of Setia")));
        CHECK(fileBytes(db) == before);
    }

    // In Indonesian too (the wording is the translators'): still an error, still unchanged.
    const CliRun indonesian =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), db} + args({"stats"}),
               QStringLiteral("id"));
    CHECK(indonesian.exitCode == 1);
    CHECK_FALSE(indonesian.err.isEmpty());
    CHECK(fileBytes(db) == before);
}

TEST_CASE("setia-cli refuses a file that is not a Setia database", "[cli]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("catatan.txt"));
    const QByteArray text = QByteArray("Catatan belanja: beras, gula, minyak.\n").repeated(100);
    writeFile(path, text);
    const CliRun run =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), path, QStringLiteral("stats")});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.isEmpty());
    CHECK(fileBytes(path) == text);
}

TEST_CASE("setia-cli export, import with rejects, and card", "[cli]")
{
    TempDatabase temp;
    const QString db = temp.path(QStringLiteral("toko.db"));
    REQUIRE(runCli(temp.folder(),
                   QStringList{QStringLiteral("--db"), db} +
                       args({"demo", "--customers", "40", "--sales", "400", "--end", "2026-11-01"}))
                .exitCode == 0);

    const QString sales = temp.path(QStringLiteral("sales.csv"));
    const CliRun exported =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), db} + args({"export", "sales"}) +
                                  QStringList{sales});
    CHECK(exported.exitCode == 0);
    CHECK(QFile::exists(sales));

    // The same sales again: every receipt is known, so every row is rejected (exit 3) and
    // listed in the rejects file next to the input.
    const CliRun again = runCli(temp.folder(), QStringList{QStringLiteral("--db"), db} +
                                                   args({"import", "sales"}) + QStringList{sales});
    CHECK(again.exitCode == 3);
    CHECK(again.outLines().contains(QStringLiteral("accepted: 0")));
    CHECK(again.err.contains(QStringLiteral("already in Setia")));
    CHECK(QFile::exists(temp.path(QStringLiteral("sales.rejects.csv"))));

    const CliRun dry =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), db} +
                                  args({"import", "sales", "--dry-run"}) + QStringList{sales});
    CHECK(dry.exitCode == 3);
    CHECK(dry.outLines().contains(QStringLiteral("dry_run: yes")));

    const QString pdf = temp.path(QStringLiteral("card.pdf"));
    const CliRun card =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), db} +
                                  args({"card", "M000001", "-o"}) + QStringList{pdf});
    CHECK(card.exitCode == 0);
    CHECK(QFile(pdf).size() > 1000);
    CHECK(runCli(temp.folder(), QStringList{QStringLiteral("--db"), db} +
                                    args({"card", "M999999", "-o"}) + QStringList{pdf})
              .exitCode == 1);
    CHECK(runCli(temp.folder(), QStringList{QStringLiteral("--db"), db} + args({"card", "M000001"}))
              .exitCode == 2);
    CHECK(runCli(temp.folder(), QStringList{QStringLiteral("--db"), db} +
                                    args({"card", "M000001", "--paper", "a5", "-o"}) +
                                    QStringList{pdf})
              .exitCode == 2);
    CHECK(runCli(temp.folder(),
                 QStringList{QStringLiteral("--db"), db} + args({"export", "orders", "x.csv"}))
              .exitCode == 2);
}

TEST_CASE("setia-cli segments prints SPEC §8's CSV on stdout, as of a date", "[cli][segments]")
{
    TempDatabase temp;
    const QStringList dbArgs = {QStringLiteral("--db"), temp.path(QStringLiteral("s.db"))};
    REQUIRE(runCli(temp.folder(), dbArgs + args({"demo", "--customers", "30", "--sales", "200",
                                                 "--seed", "5", "--end", "2026-11-01"}))
                .exitCode == 0);
    const CliRun run = runCli(temp.folder(), dbArgs + args({"segments", "--as-of", "2026-11-01"}));
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK_FALSE(run.out.startsWith(QChar(0xFEFF))); // no BOM before "code"
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 31); // the header and every customer
    CHECK(lines.first() == QStringLiteral("code,name,lifecycle,credit_status,tier,recency_days,"
                                          "frequency,monetary,r,f,m,rfm_segment,revenue_365,"
                                          "margin_365,profit_group"));
    CHECK(lines.at(1).startsWith(QStringLiteral("M000001,")));
    for (const QString& line : lines.mid(1))
        CHECK(line.count(QLatin1Char(',')) >= 14);

    // Before any sale, everyone is a prospect.
    const CliRun early =
        runCli(temp.folder(), dbArgs + args({"segments", "--as-of", "2000-01-01"}));
    REQUIRE(early.exitCode == 0);
    CHECK(early.out.count(QStringLiteral(",prospect,")) == 60); // lifecycle and RFM segment

    const CliRun wrongDate = runCli(temp.folder(), dbArgs + args({"segments", "--as-of", "1/11"}));
    CHECK(wrongDate.exitCode == 2);
    CHECK(wrongDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    const CliRun wrongCommand =
        runCli(temp.folder(), dbArgs + args({"stats", "--as-of", "2026-11-01"}));
    CHECK(wrongCommand.exitCode == 2);
    // Each command declares its options: the runner says which ones take this one.
    CHECK(wrongCommand.err.startsWith(
        QStringLiteral("--as-of belongs to the export, card, segments and rules commands.\n")));
    const CliRun exportKinds = runCli(
        temp.folder(), dbArgs + args({"export", "customers", "x.csv", "--as-of", "2026-11-01"}));
    CHECK(exportKinds.exitCode == 2);
    CHECK_FALSE(QFile::exists(temp.path(QStringLiteral("x.csv"))));

    SECTION("export segments writes the same rows to a file, with a BOM")
    {
        const QString file = temp.path(QStringLiteral("segments.csv"));
        const CliRun exported =
            runCli(temp.folder(),
                   dbArgs + args({"export", "segments"}) +
                       QStringList{file, QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.out.contains(QStringLiteral("rows: 30")));
        QFile written(file);
        REQUIRE(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(QString::fromUtf8(bytes.mid(3)) == run.out);
        // A file that cannot be written: an error, exit 1.
        const CliRun refused = runCli(
            temp.folder(), dbArgs + args({"export", "segments"}) +
                               QStringList{temp.path(QStringLiteral("missing/folder/s.csv"))});
        CHECK(refused.exitCode == 1);
        CHECK_FALSE(refused.err.isEmpty());
    }
}

TEST_CASE("setia-cli targets writes the sheet as CSV or PDF, for everyone or one salesperson",
          "[cli][targets]")
{
    TempDatabase temp;
    const QStringList dbArgs = {QStringLiteral("--db"), temp.path(QStringLiteral("t.db"))};
    REQUIRE(runCli(temp.folder(), dbArgs + args({"demo", "--customers", "60", "--sales", "600",
                                                 "--seed", "7", "--end", "2026-11-20"}))
                .exitCode == 0);
    const QString csv = temp.path(QStringLiteral("sasaran.csv"));
    const CliRun all = runCli(
        temp.folder(), dbArgs + args({"targets", "--date", "2026-11-23", "-o"}) + QStringList{csv});
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("customers: ")));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 1);
    CHECK(lines.first() == QStringLiteral("salesperson,code,name,area,sku,product,suggested_qty,"
                                          "basis,unit_price,value"));

    // One salesperson (the first with a name), in capitals: only their rows.
    QString first;
    for (const QString& line : lines.mid(1))
        if (first.isEmpty())
            first = line.section(QLatin1Char(','), 0, 0);
    REQUIRE_FALSE(first.isEmpty());
    const QString one = temp.path(QStringLiteral("one.csv"));
    REQUIRE(runCli(temp.folder(), dbArgs +
                                      args({"targets", "--date", "2026-11-23", "--salesperson"}) +
                                      QStringList{first.toUpper(), QStringLiteral("-o"), one})
                .exitCode == 0);
    QFile oneFile(one);
    REQUIRE(oneFile.open(QIODevice::ReadOnly));
    const QStringList oneLines = QString::fromUtf8(oneFile.readAll().mid(3))
                                     .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(oneLines.size() > 1);
    REQUIRE(oneLines.size() < lines.size());
    for (const QString& line : oneLines.mid(1))
        CHECK(line.startsWith(first + QLatin1Char(',')));

    const QString pdf = temp.path(QStringLiteral("sasaran.pdf"));
    REQUIRE(runCli(temp.folder(),
                   dbArgs + args({"targets", "--date", "2026-11-23", "--paper", "f4", "-o"}) +
                       QStringList{pdf})
                .exitCode == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");

    // Wrong command lines change nothing and say why.
    CHECK(runCli(temp.folder(), dbArgs + args({"targets", "-o"}) + QStringList{csv}).exitCode == 2);
    CHECK(runCli(temp.folder(), dbArgs + args({"targets", "--date", "2026-11-23", "-o", "x.txt"}))
              .exitCode == 2);
    CHECK(runCli(temp.folder(), dbArgs + args({"stats", "--date", "2026-11-23"})).exitCode == 2);
    CHECK(runCli(temp.folder(), dbArgs + args({"targets", "--date", "23/11/2026", "-o", "a.csv"}))
              .exitCode == 2);
}
