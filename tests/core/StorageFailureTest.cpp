// What a user sees when the disk is full or the file cannot be written: a clear error that
// says what to do, and nothing saved before lost or half-written.
#include "db/Database.h"
#include "services/CustomerService.h"
#include "stores/CustomerStore.h"
#include "support/BackendProbe.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <unistd.h>

using namespace setia;
using namespace setia::test;

TEST_CASE("A full disk refuses the save, says so, and keeps what was saved before", "[storage]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    int saved = 0;
    {
        auto backend = temp.open(path);
        SETIA_REQUIRE_OK(backend->customers().create(customerDraft(QStringLiteral("Pertama"))));
        ++saved;
        // The file may not grow beyond its pages now: SQLite reports SQLITE_FULL, as on a
        // full disk.
        QSqlQuery full(BackendProbe::database(*backend).connection());
        REQUIRE(full.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(full.next());
        const qint64 pages = full.value(0).toLongLong();
        REQUIRE(full.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));

        std::optional<Error> failure;
        for (int i = 0; i < 200 && !failure; ++i) {
            Customer draft = customerDraft(QStringLiteral("Pelanggan %1").arg(i),
                                           QStringLiteral("0812%1").arg(10'000'000 + i));
            draft.notes = QString(3000, QLatin1Char('x'));
            auto created = backend->customers().create(draft);
            if (created)
                ++saved;
            else
                failure = created.error();
        }
        REQUIRE(failure.has_value());
        CHECK(failure->kind() == Error::Kind::DiskFull);
        CHECK(failure->message().contains(QStringLiteral("disk is full")));
        CHECK(failure->message().contains(QStringLiteral("Free some space")));
        auto count = backend->customers().count(CustomerFilter{});
        SETIA_REQUIRE_OK(count);
        CHECK(*count == saved);
    }
    auto reopened = temp.open(path);
    auto count = reopened->customers().count(CustomerFilter{});
    SETIA_REQUIRE_OK(count);
    CHECK(*count == saved);
    // The save that failed left nothing behind: the next one gets the next member code.
    auto next = reopened->customers().create(customerDraft(QStringLiteral("Sesudahnya")));
    SETIA_REQUIRE_OK(next);
    CHECK(next->code == CustomerService::memberCode(saved + 1));
}

TEST_CASE("A read-only database file is refused with a message and left unchanged", "[storage]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    {
        auto backend = temp.open(path);
        SETIA_REQUIRE_OK(backend->customers().create(customerDraft(QStringLiteral("Budi"))));
    }
    const QByteArray before = fileBytes(path);
    // Readable by anyone, writable by no one, and no room for the log files next to it.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(temp.folder(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                             QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);

    // Root may write anyway, so as root the command runs as the unprivileged user nobody.
    QStringList command = {QStringLiteral(SETIA_CLI_PATH)};
    if (::geteuid() == 0)
        command = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                              QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                              QStringLiteral("--")} +
                  command;
    for (const QString& verb : {QStringLiteral("stats"), QStringLiteral("init")}) {
        QProcess process;
        process.setWorkingDirectory(temp.folder());
        process.start(command.first(),
                      command.mid(1) + QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                   QStringLiteral("--db"), path, verb});
        REQUIRE(process.waitForFinished(30'000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        INFO(verb.toStdString() << ": " << err.toStdString());
        CHECK(process.exitCode() == 1);
        CHECK(err.contains(QStringLiteral("read-only")));
        CHECK(err.contains(QStringLiteral("copy the file to a folder you can write to")));
    }
    CHECK(fileBytes(path) == before);
    QFile::setPermissions(temp.folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
