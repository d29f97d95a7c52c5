// Trusting the file (SPEC §12): only making a shop makes a database, files are private,
// a file that cannot be written opens read-only, automatic backups are taken and rotated,
// a full disk is said plainly, and no amount can overflow a sum.
#include "db/AutomaticBackups.h"
#include "domain/Money.h"
#include "services/Backend.h"
#include "services/CustomerService.h"
#include "services/DataSafetyService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SegmentService.h"
#include "support/BackendProbe.h"
#include "support/Builders.h"
#include "support/CliProcess.h"
#include "support/TempDatabase.h"
#include "support/Unwritable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

const QFileDevice::Permissions ownerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadUser | QFileDevice::WriteUser;

AutomaticBackups::Entry entry(const QString& name, AutomaticBackups::Reason reason,
                              const QDateTime& taken)
{
    AutomaticBackups::Entry e;
    e.path = name;
    e.reason = reason;
    e.taken = taken;
    return e;
}

} // namespace

TEST_CASE("Only init, demo and restore make a database: a mistyped --db fails and makes nothing",
          "[storage][cli]")
{
    TempDatabase temp;
    const QString missing = temp.path(QStringLiteral("tokoo.db"));
    for (const QStringList& command :
         {QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("segments")},
          QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), QStringLiteral("customers"),
                      temp.path(QStringLiteral("out.csv"))},
          QStringList{QStringLiteral("backup"), temp.path(QStringLiteral("copy.db"))}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliRun run =
            runCli(temp.folder(), QStringList{QStringLiteral("--db"), missing} + command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("There is no database at")));
        CHECK(run.err.contains(QStringLiteral("init")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    CHECK(QDir(temp.folder()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());

    // Through the services too: opening an existing file only.
    const FixedClock clock;
    auto refused =
        Backend::open(missing, clock, QStringLiteral("Rina"), Backend::Opening::Existing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::NotFound);
    CHECK_FALSE(QFileInfo::exists(missing));

    // init makes it, in a new folder made private, the file private too.
    const QString nested = temp.path(QStringLiteral("data/toko/setia.db"));
    const CliRun init =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), nested, QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(QFileInfo(nested).permissions() == ownerReadWrite);
    CHECK(QFileInfo(QFileInfo(nested).absolutePath()).permissions() ==
          (ownerReadWrite | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    const CliRun stats =
        runCli(temp.folder(), QStringList{QStringLiteral("--db"), nested, QStringLiteral("stats")});
    CHECK(stats.exitCode == 0);
}

TEST_CASE("A file that cannot be written opens read-only, says why, and refuses every write",
          "[storage]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    {
        auto backend = temp.open(path);
        SETIA_REQUIRE_OK(backend->customers().create(customerDraft(QStringLiteral("Ani"))));
        SETIA_REQUIRE_OK(backend->safety().dailyBackup()); // today's, so none is due below
    }
    const Unwritable locked(path);
    const FixedClock clock;
    auto opened = Backend::open(path, clock, QStringLiteral("Rina"), Backend::Opening::Existing);
    SETIA_REQUIRE_OK(opened);
    Backend& backend = **opened;
    CHECK(backend.readOnly().contains(QStringLiteral("can only be read")));
    CHECK(backend.customers().count(CustomerFilter{QString(), false}).value() == 1);

    auto write = backend.customers().create(customerDraft(QStringLiteral("Budi")));
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().kind() == Error::Kind::ReadOnly);
    CHECK(write.error().message().contains(QStringLiteral("read-only")));
    CHECK(backend.customers().count(CustomerFilter{QString(), false}).value() == 1);
    // No daily backup is attempted on a file that cannot change.
    auto daily = backend.safety().dailyBackup();
    SETIA_REQUIRE_OK(daily);
    CHECK(daily->isEmpty());
}

TEST_CASE("Automatic backups: one on the day's first start, private, named apart in one second",
          "[storage][backup]")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2026, 12, 2), QTime(7, 30)));
    const QString path = temp.freshPath();
    auto backend = temp.open(path);
    SETIA_REQUIRE_OK(backend->customers().create(customerDraft(QStringLiteral("Ani"))));

    auto first = backend->safety().dailyBackup();
    SETIA_REQUIRE_OK(first);
    REQUIRE_FALSE(first->isEmpty());
    CHECK(QFileInfo(*first).fileName() ==
          QFileInfo(path).completeBaseName() + QStringLiteral("-harian-20261202-073000.db"));
    CHECK(QFileInfo(*first).permissions() == ownerReadWrite);
    auto again = backend->safety().dailyBackup();
    SETIA_REQUIRE_OK(again);
    CHECK(again->isEmpty()); // one a day

    temp.clock().set(QDateTime(QDate(2026, 12, 3), QTime(8, 0)));
    auto next = backend->safety().dailyBackup();
    SETIA_REQUIRE_OK(next);
    CHECK_FALSE(next->isEmpty());

    // Two backups in the same second (two upgrades, say) never share a name; rotation then
    // keeps the day's newest of that kind, and the copies before other upgrades.
    Database& database = BackendProbe::database(*backend);
    const QDateTime now(QDate(2026, 12, 3), QTime(9, 0));
    auto older = AutomaticBackups::take(database, AutomaticBackups::Reason::BeforeUpgrade, now, 5);
    auto one = AutomaticBackups::take(database, AutomaticBackups::Reason::BeforeUpgrade, now, 6);
    SETIA_REQUIRE_OK(older);
    SETIA_REQUIRE_OK(one);
    CHECK(QFileInfo::exists(*one));
    auto two = AutomaticBackups::take(database, AutomaticBackups::Reason::BeforeUpgrade, now, 6);
    SETIA_REQUIRE_OK(two);
    CHECK(*one != *two);
    CHECK(QFileInfo(*two).fileName().endsWith(QStringLiteral("-sebelum-pembaruan-v6-20261203-"
                                                             "090000-2.db")));
    CHECK(QFileInfo::exists(*two));
    CHECK(QFileInfo::exists(*older));

    const auto listed = backend->safety().automaticBackups();
    REQUIRE(listed.size() == 4);
    CHECK(listed.first().reason == DataSafetyService::AutomaticBackup::Reason::BeforeUpgrade);
    CHECK(listed.last().taken == QDateTime(QDate(2026, 12, 2), QTime(7, 30)));
    CHECK(listed.last().bytes == QFileInfo(*first).size());
    const QDir folder(backend->safety().backupFolder());
    CHECK(folder.entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
}

TEST_CASE("Rotation keeps 7 daily, 4 weekly and 12 monthly backups of each kind",
          "[storage][backup]")
{
    // A backup every day at 08.00 for two years up to Wednesday 2 December 2026, one taken
    // before an upgrade long ago, and one before a restore.
    QList<AutomaticBackups::Entry> entries;
    const QDate last(2026, 12, 2);
    for (QDate day = last.addYears(-2); day <= last; day = day.addDays(1))
        entries.append(entry(day.toString(Qt::ISODate), AutomaticBackups::Reason::Daily,
                             QDateTime(day, QTime(8, 0))));
    entries.append(entry(QStringLiteral("upgrade"), AutomaticBackups::Reason::BeforeUpgrade,
                         QDateTime(QDate(2025, 3, 1), QTime(9, 0))));
    entries.append(entry(QStringLiteral("restore"), AutomaticBackups::Reason::BeforeRestore,
                         QDateTime(QDate(2026, 6, 1), QTime(9, 0))));

    const QStringList gone = AutomaticBackups::expired(entries);
    QSet<QString> kept;
    for (const auto& e : std::as_const(entries))
        kept.insert(e.path);
    for (const QString& path : gone)
        kept.remove(path);

    // The last 7 days; the newest of the 4 latest ISO weeks (Sundays 29, 22 and 15 November,
    // 2 December being in the week already); the newest of the 12 latest months (the last
    // day of each month from January to November 2026, and 2 December).
    QSet<QString> expected;
    for (int d = 0; d < 7; ++d)
        expected.insert(last.addDays(-d).toString(Qt::ISODate));
    for (const char* day : {"2026-11-22", "2026-11-15"})
        expected.insert(QLatin1String(day));
    for (int month = 1; month <= 11; ++month) {
        const QDate first(2026, month, 1);
        expected.insert(first.addDays(first.daysInMonth() - 1).toString(Qt::ISODate));
    }
    expected.insert(QStringLiteral("upgrade"));
    expected.insert(QStringLiteral("restore"));
    CHECK(kept == expected);
    CHECK(kept.size() == 7 + 2 + 10 + 2);
}

TEST_CASE("No amount can overflow a sum: a line, a sale, a payment and a credit limit have "
          "limits that the message names",
          "[sales][payments]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    auto customer = backend->customers().create(customerDraft(QStringLiteral("Ani")));
    SETIA_REQUIRE_OK(customer);
    auto product = backend->products().create(
        productDraft(QStringLiteral("EMAS"), QStringLiteral("Emas batangan"), 400'000'000'000));
    SETIA_REQUIRE_OK(product);

    auto tooBig = backend->sales().amountSale(customer->id, money::maxSale + 1, PaymentKind::Cash);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().message().contains(QStringLiteral("Rp1.000.000.000.000")));

    SaleDraft line;
    line.customerId = customer->id;
    line.lines = {SaleLineDraft{product->id, Quantity::fromUnits(3), std::nullopt, 0, false}};
    auto oneLine = backend->sales().record(line);
    REQUIRE_FALSE(oneLine.ok());
    CHECK(oneLine.error().message().contains(QStringLiteral("Line 1")));
    CHECK(oneLine.error().message().contains(QStringLiteral("Rp1.000.000.000.000")));

    // A price that would overflow quantity × price on its own is refused, not wrapped.
    SaleDraft huge;
    huge.customerId = customer->id;
    huge.lines = {
        SaleLineDraft{product->id, Quantity::fromUnits(1'000'000), money::maxAmount, 0, false}};
    CHECK_FALSE(backend->sales().record(huge).ok());

    SaleDraft many;
    many.customerId = customer->id;
    for (int i = 0; i < 3; ++i)
        many.lines.append(
            SaleLineDraft{product->id, Quantity::fromUnits(1), std::nullopt, 0, false});
    auto sale = backend->sales().record(many);
    REQUIRE_FALSE(sale.ok());
    CHECK(sale.error().message().contains(QStringLiteral("line 3")));
    CHECK(sale.error().message().contains(QStringLiteral("Split it into two sales")));

    Payment payment;
    payment.customerId = customer->id;
    payment.amount = 999'999'999'999'999;
    auto paid = backend->payments().record(payment);
    REQUIRE_FALSE(paid.ok());
    CHECK(paid.error().message().contains(QStringLiteral("Rp1.000.000.000.000")));

    Customer limit = *customer;
    limit.creditLimit = money::maxBalance + 1;
    auto limited = backend->customers().update(limit);
    REQUIRE_FALSE(limited.ok());
    CHECK(limited.error().message().contains(QStringLiteral("Rp10.000.000.000.000")));

    // Nothing was saved, and the shop's segments still work.
    CHECK(backend->sales().count().value() == 0);
    SETIA_REQUIRE_OK(backend->segments().segments(temp.clock().today()));
}

TEST_CASE("A full disk is said plainly, translated, and the save is not half-done", "[storage]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    SETIA_REQUIRE_OK(backend->customers().create(customerDraft(QStringLiteral("Ani"))));
    // The file may not grow: SQLite then answers as on a full disk (SQLITE_FULL).
    {
        QSqlQuery limit(BackendProbe::database(*backend).connection());
        REQUIRE(limit.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(limit.next());
        const qint64 pages = limit.value(0).toLongLong();
        REQUIRE(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    }
    QList<Customer> drafts;
    for (int i = 0; i < 2000; ++i)
        drafts.append(
            customerDraft(QStringLiteral("Pelanggan %1 dengan nama yang cukup panjang").arg(i)));
    auto saved = backend->customers().createMany(drafts, {});
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind() == Error::Kind::DiskFull);
    CHECK(saved.error().message().contains(QStringLiteral("The disk is full")));
    CHECK(saved.error().message().contains(QStringLiteral("Free some space")));
    CHECK_FALSE(saved.error().message().contains(QStringLiteral("database or disk is full")));
    CHECK(backend->customers().count(CustomerFilter{QString(), false}).value() == 1);
}
