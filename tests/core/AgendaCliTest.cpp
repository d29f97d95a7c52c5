// setia-cli agenda (SPEC §8, §13): the day's agenda as CSV on stdout, for a date and
// optionally one staff member.
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "support/Builders.h"
#include "support/CliProcess.h"
#include "support/TempDatabase.h"

using namespace setia;
using namespace setia::test;

TEST_CASE("setia-cli agenda prints the day's agenda as CSV, for everyone or one staff member",
          "[cli][agenda]")
{
    TempDatabase temp;
    const QString db = temp.path(QStringLiteral("agenda.db"));
    {
        auto backend = temp.open(db);
        Customer ani = customerDraft(QStringLiteral("Ani, \"Warung\" Lestari"));
        ani.salesperson = QStringLiteral("Dedi");
        ani.birthday = QDate(1992, 2, 29);
        auto saved = backend->customers().create(ani);
        SETIA_REQUIRE_OK(saved);
        Customer budi = customerDraft(QStringLiteral("Budi"));
        budi.salesperson = QStringLiteral("Sari");
        auto budiSaved = backend->customers().create(budi);
        SETIA_REQUIRE_OK(budiSaved);
        FollowUp f;
        f.customerId = budiSaved->id;
        f.due = QDate(2027, 2, 20);
        f.task = QStringLiteral("Telepon soal pesanan");
        f.staff = QStringLiteral("Dedi");
        SETIA_REQUIRE_OK(backend->followUps().create(f));
    }
    const QStringList dbArgs{QStringLiteral("--db"), db};
    const CliRun run = runCli(temp.folder(), dbArgs + args({"agenda", "--date", "2027-02-22"}));
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts) ==
          QStringList{QStringLiteral("kind,code,name,due,detail"),
                      QStringLiteral("followup,M000002,Budi,2027-02-20,Telepon soal pesanan"),
                      QStringLiteral("birthday,M000001,\"Ani, \"\"Warung\"\" Lestari\","
                                     "2027-02-28,1992-02-29")});

    // Sari's: no follow-up of hers, and her customer Budi has no birthday nor debt.
    const CliRun sari = runCli(
        temp.folder(), dbArgs + args({"agenda", "--date", "2027-02-22", "--staff", " SARI"}));
    REQUIRE(sari.exitCode == 0);
    CHECK(sari.out == QStringLiteral("kind,code,name,due,detail\r\n"));

    const CliRun wrongDate =
        runCli(temp.folder(), dbArgs + args({"agenda", "--date", "2027-02-30"}));
    CHECK(wrongDate.exitCode == 2);
    CHECK(wrongDate.err.contains(QStringLiteral("--date")));
    CHECK(wrongDate.out.isEmpty());
    const CliRun noStaff = runCli(temp.folder(), dbArgs + args({"agenda", "--staff"}));
    CHECK(noStaff.exitCode == 2);
    const CliRun missing =
        runCli(temp.folder(), {QStringLiteral("--db"), temp.path(QStringLiteral("tidak-ada/x.db")),
                               QStringLiteral("agenda")});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
}
