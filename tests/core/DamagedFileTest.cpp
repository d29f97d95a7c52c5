// A file with damaged pages (a failing disk, a copy cut short): every read that meets one
// fails with a message that says what to do — never a shorter list that looks complete
// (SPEC §12: "a damaged page makes the command fail, never a short list").
#include "io/CsvReader.h"
#include "services/CustomerService.h"
#include "services/exchange/ImportService.h"
#include "support/CliProcess.h"
#include "support/DamagedShop.h"
#include "support/TempDatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

TEST_CASE("setia-cli fails stats, exports and segments of a damaged file instead of shortening "
          "them",
          "[storage][damaged][cli]")
{
    TempDatabase temp;
    const QString path = damagedShop(temp);
    const QString out = temp.path(QStringLiteral("out.csv"));
    const QList<QStringList> commands = {
        args({"stats"}),
        args({"export", "sales"}) << out,
        args({"export", "customers"}) << out,
        args({"segments", "--as-of", "2026-11-30"}),
    };
    for (const QStringList& command : commands) {
        INFO("setia-cli " << command.join(QLatin1Char(' ')).toStdString());
        const CliRun run =
            runCli(temp.folder(), QStringList{QStringLiteral("--db"), path} + command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("damaged")));
        CHECK(run.err.contains(QStringLiteral("restore your latest backup")));
        // Nothing that looks like a result: no rows printed, no file written.
        CHECK_FALSE(run.out.contains(QLatin1Char(',')));
        CHECK_FALSE(run.out.contains(QStringLiteral("sales:")));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("A damaged page fails the pages of the customer list instead of ending it early",
          "[storage][damaged]")
{
    TempDatabase temp;
    const QString path = damagedShop(temp);
    auto backend = temp.open(path);
    // Paging through every customer meets the damaged page: an error, not an early end.
    std::optional<Error> failure;
    PageRequest request;
    for (int page = 0; page < 10 && !failure; ++page) {
        auto rows = backend->customers().page(CustomerFilter{}, CustomerSort::Code, request);
        if (!rows) {
            failure = rows.error();
            break;
        }
        if (rows->size() < request.limit)
            break;
        request.after = rows->last().key;
    }
    REQUIRE(failure.has_value());
    CHECK(failure->kind() == Error::Kind::Corrupt);
    CHECK(failure->message().contains(QStringLiteral("restore your latest backup")));
}

TEST_CASE("An import that meets a damaged page fails and saves nothing instead of refusing rows",
          "[storage][damaged][import]")
{
    TempDatabase temp;
    const QString path = damagedShop(temp);
    auto backend = temp.open(path);
    // Every member code of the shop, and a new customer after them: checking whether each
    // code is taken reads the customers, and one of their pages is damaged.
    QByteArray file = "code,name\n";
    for (int i = 1; i <= 300; ++i)
        file += QStringLiteral("M%1,Pelanggan %1\n").arg(i, 6, 10, QLatin1Char('0')).toUtf8();
    file += "M000900,Pelanggan Baru\n";
    auto reader = CsvReader::fromBytes(file);
    REQUIRE(reader.ok());
    auto report = backend->imports().run(ImportKind::Customers, reader.value(), ImportOptions{});
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind() == Error::Kind::Corrupt);
    CHECK(report.error().message().contains(QStringLiteral("restore your latest backup")));
    auto added = backend->customers().findByCode(QStringLiteral("M000900"));
    SETIA_REQUIRE_OK(added);
    CHECK_FALSE(added->has_value());
}
