// setia-cli import surveys and nps (SPEC §8, §14): answers come in from a file, and NPS over a
// period prints as CSV — overall, and per segment as of the period's end, anonymous answers in
// a group of their own.
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/CliProcess.h"
#include "support/TempDatabase.h"

#include <QFile>

using namespace setia;
using namespace setia::test;

namespace {

QStringList lines(const QString& out)
{
    return out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("setia-cli nps counts the latest answer per customer and groups by segment", "[cli][nps]")
{
    TempDatabase temp;
    const QString db = temp.path(QStringLiteral("nps.db"));
    {
        auto backend = temp.open(db);
        auto beras = backend->products().create(
            productDraft(QStringLiteral("BRS"), QStringLiteral("Beras"), 50'000, 40'000));
        SETIA_REQUIRE_OK(beras);
        for (const char* name : {"Ani", "Budi", "Citra"})
            SETIA_REQUIRE_OK(backend->customers().create(customerDraft(QString::fromUtf8(name))));
        // Ani active on 30 November, Budi passive, Citra a prospect.
        for (const auto& [customer, day] :
             {std::pair{1, QDate(2026, 11, 20)}, std::pair{2, QDate(2026, 5, 14)}}) {
            SaleDraft draft;
            draft.customerId = customer;
            draft.soldAt = QDateTime(day, QTime(9, 0));
            draft.lines = {SaleLineDraft{beras->id, Quantity::fromMilli(1000), {}, 0}};
            SETIA_REQUIRE_OK(backend->sales().record(draft));
        }
    }
    const QString file = temp.path(QStringLiteral("survei.csv"));
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("date,customer_code,channel,nps,csat,comment,receipt\n"
              "2026-11-02,M000001,counter,3,,,\n"
              "2026-11-20 10:00,M000001,paper,10,5,Mantap,\n"
              "2026-11-20 10:00,M000002,phone,6,2,,\n"
              "2026-11-20 10:00,M000002,phone,7,,,\n"
              "2026-11-21,,whatsapp,0,,,\n"
              "2026-11-21,,kertas,9,,,\n"
              "2026-11-25,M000003,,,4,,\n"
              "2026-10-31,M000003,counter,0,,,\n"
              "2026-12-01,M000003,counter,0,,,\n"
              "2026-11-22,M000009,counter,5,,,\n"
              "2026-11-22,M000003,counter,11,,,\n"
              "2026-11-22,M000003,surat,5,,,\n"
              "2026-11-22,M000003,counter,,,Tanpa nilai,\n");
    csv.close();
    const QStringList dbArgs{QStringLiteral("--db"), db};
    const CliRun imported =
        runCli(temp.folder(), dbArgs + args({"import", "surveys"}) + QStringList{file});
    CHECK(imported.exitCode == 3); // some rows refused
    CHECK(imported.out.contains(QStringLiteral("created: 9")));
    for (const char* line : {"11", "12", "13", "14"})
        CHECK(imported.err.contains(QString::fromLatin1(line)));

    const CliRun all =
        runCli(temp.folder(), dbArgs + args({"nps", "--from", "2026-11-01", "--to", "2026-11-30"}));
    REQUIRE(all.exitCode == 0);
    CHECK(lines(all.out) ==
          QStringList{QStringLiteral("group,responses,promoters,passives,detractors,nps,margin"),
                      QStringLiteral("all,4,2,1,1,25.0,n<30")});

    const CliRun byLifecycle = runCli(
        temp.folder(),
        dbArgs + args({"nps", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "lifecycle"}));
    REQUIRE(byLifecycle.exitCode == 0);
    CHECK(lines(byLifecycle.out) ==
          QStringList{QStringLiteral("group,responses,promoters,passives,detractors,nps,margin"),
                      QStringLiteral("all,4,2,1,1,25.0,n<30"),
                      QStringLiteral("active,1,1,0,0,100.0,n<30"),
                      QStringLiteral("passive,1,0,1,0,0.0,n<30"),
                      QStringLiteral("anonymous,2,1,0,1,0.0,n<30")});
    // As of 31 May Budi was active too (his sale of 14 May) and Ani a prospect.
    const CliRun may = runCli(temp.folder(), dbArgs + args({"nps", "--from", "2026-05-01", "--to",
                                                            "2026-05-31", "--by", "rfm_segment"}));
    REQUIRE(may.exitCode == 0);
    CHECK(lines(may.out) ==
          QStringList{QStringLiteral("group,responses,promoters,passives,detractors,nps,margin"),
                      QStringLiteral("all,0,0,0,0,,n<30")});

    for (const QStringList& wrong :
         {args({"nps", "--from", "2026-11-01"}),
          args({"nps", "--from", "2026-11-31", "--to", "2026-12-01"}),
          args({"nps", "--from", "2026-11-30", "--to", "2026-11-01"}),
          args({"nps", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "salesperson"})}) {
        const CliRun refused = runCli(temp.folder(), dbArgs + wrong);
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK_FALSE(refused.err.isEmpty());
    }
}
