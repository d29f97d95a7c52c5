// The day's agenda (SPEC §13) read from a shop's file through AgendaService: what the store
// gathers (open follow-ups, birthdays, credit falling due, last sales and interactions) and
// what it leaves out (archived and merged customers, voided sales, paid credit).
#include "io/CsvWriter.h"
#include "services/AgendaService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/MergeService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QBuffer>

using namespace setia;
using namespace setia::test;

namespace {

// The clock's today, 22 November 2026, is the agenda's day.
struct AgendaShop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openMemory();
    const QDate today = FixedClock::defaultNow().date();
    qint64 beras = 0;

    AgendaShop()
    {
        auto p = backend->products().create(
            productDraft(QStringLiteral("BRS"), QStringLiteral("Beras"), 10'000, 8'000));
        REQUIRE(p.ok());
        beras = p->id;
    }

    Customer add(Customer draft)
    {
        auto saved = backend->customers().create(draft);
        SETIA_REQUIRE_OK(saved);
        return *saved;
    }

    Sale sell(qint64 customerId, int daysAgo, PaymentKind payment = PaymentKind::Cash)
    {
        SaleDraft draft;
        draft.customerId = customerId;
        draft.payment = payment;
        draft.soldAt = QDateTime(today.addDays(-daysAgo), QTime(10, 0));
        draft.lines = {SaleLineDraft{beras, Quantity::fromMilli(1000), {}, 0}};
        auto sale = backend->sales().record(draft);
        SETIA_REQUIRE_OK(sale);
        return *sale;
    }

    void followUp(qint64 customerId, const QDate& due, const QString& task,
                  const QString& staff = {})
    {
        FollowUp f;
        f.customerId = customerId;
        f.due = due;
        f.task = task;
        f.staff = staff;
        SETIA_REQUIRE_OK(backend->followUps().create(f));
    }

    QStringList csv(const QString& staff = {})
    {
        auto items = backend->agenda().forDay(today, staff);
        SETIA_REQUIRE_OK(items);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, CsvWriter::Bom::Without);
        AgendaService::writeCsv(writer, *items);
        SETIA_REQUIRE_OK(writer.commit());
        return QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }
};

Customer draft(const QString& name, const QString& salesperson = {})
{
    Customer c = customerDraft(name);
    c.salesperson = salesperson;
    c.joined = QDate(2026, 1, 5);
    c.creditLimit = 1'000'000;
    return c;
}

} // namespace

TEST_CASE("The agenda of a shop's file: follow-ups, birthdays, credit falling due and customers "
          "out of touch, archived and merged ones left out",
          "[agenda]")
{
    AgendaShop shop;
    Customer aniDraft = draft(QStringLiteral("Ani Lestari"), QStringLiteral("Dedi"));
    aniDraft.birthday = QDate(1990, 11, 24);
    const Customer ani = shop.add(aniDraft);

    // Two credit sales falling due on the 24th and 25th: one row, the earliest date, the sum
    // of what is open (a payment took 4 000 off).
    Customer budiDraft = draft(QStringLiteral("Budi Santoso"), QStringLiteral("Sari"));
    budiDraft.termsDays = 4;
    const Customer budi = shop.add(budiDraft);
    shop.sell(budi.id, 2, PaymentKind::Credit);
    shop.sell(budi.id, 1, PaymentKind::Credit);
    Payment paid;
    paid.customerId = budi.id;
    paid.paidOn = shop.today;
    paid.amount = 4'000;
    SETIA_REQUIRE_OK(shop.backend->payments().record(paid));

    // Out of touch by their own interval of 10 days: last sale 20 days ago.
    Customer ekoDraft = draft(QStringLiteral("Eko Prasetyo"), QStringLiteral("Dedi"));
    ekoDraft.contactInterval = 10;
    const Customer eko = shop.add(ekoDraft);
    shop.sell(eko.id, 20);
    // The same, but called five days ago: in touch. A voided sale yesterday is no touch.
    Customer dewiDraft = draft(QStringLiteral("Dewi Anggraini"));
    dewiDraft.contactInterval = 10;
    const Customer dewi = shop.add(dewiDraft);
    shop.sell(dewi.id, 20);
    Interaction call;
    call.customerId = dewi.id;
    call.at = QDateTime(shop.today.addDays(-5), QTime(15, 0));
    SETIA_REQUIRE_OK(shop.backend->interactions().log(call));
    Customer fajarDraft = draft(QStringLiteral("Fajar Nugroho"));
    fajarDraft.contactInterval = 10;
    const Customer fajar = shop.add(fajarDraft);
    shop.sell(fajar.id, 30);
    const Sale voided = shop.sell(fajar.id, 1);
    SETIA_REQUIRE_OK(shop.backend->sales().voidSale(voided.id, QStringLiteral("Salah input")));

    // Archived: nothing of theirs, not even a follow-up.
    Customer citraDraft = draft(QStringLiteral("Citra Archived"));
    citraDraft.birthday = QDate(1988, 11, 22);
    citraDraft.contactInterval = 7;
    const Customer citra = shop.add(citraDraft);
    shop.followUp(citra.id, shop.today, QStringLiteral("Tanya kabar"));
    SETIA_REQUIRE_OK(shop.backend->customers().setArchived(citra.id, true));
    // Merged into Ani: gone with their birthday.
    Customer twinDraft = draft(QStringLiteral("Ani Lestari"));
    twinDraft.birthday = QDate(1990, 11, 23);
    const Customer twin = shop.add(twinDraft);
    auto proposal = shop.backend->merges().proposal(ani.id, twin.id);
    SETIA_REQUIRE_OK(proposal);
    proposal->birthday = ani.birthday;
    SETIA_REQUIRE_OK(shop.backend->merges().merge(ani.id, twin.id, *proposal));

    shop.followUp(ani.id, shop.today.addDays(-2), QStringLiteral("Kirim daftar harga"),
                  QStringLiteral("Dedi"));
    shop.followUp(budi.id, shop.today, QStringLiteral("Tagih nota"), QStringLiteral("Sari"));
    shop.followUp(budi.id, shop.today.addDays(1), QStringLiteral("Besok saja"));

    const QStringList everyone = shop.csv();
    CHECK(everyone == QStringList{QStringLiteral("kind,code,name,due,detail"),
                                  QStringLiteral("followup,") + ani.code +
                                      QStringLiteral(",Ani Lestari,2026-11-20,Kirim daftar harga"),
                                  QStringLiteral("followup,") + budi.code +
                                      QStringLiteral(",Budi Santoso,2026-11-22,Tagih nota"),
                                  QStringLiteral("birthday,") + ani.code +
                                      QStringLiteral(",Ani Lestari,2026-11-24,1990-11-24"),
                                  QStringLiteral("receivable,") + budi.code +
                                      QStringLiteral(",Budi Santoso,2026-11-24,16000"),
                                  QStringLiteral("touch,") + fajar.code +
                                      QStringLiteral(",Fajar Nugroho,2026-11-02,2026-10-23"),
                                  QStringLiteral("touch,") + eko.code +
                                      QStringLiteral(",Eko Prasetyo,2026-11-12,2026-11-02")});

    // Dedi's day: his follow-up, and his customers' birthday and touch; not Budi's bill.
    CHECK(shop.csv(QStringLiteral("dedi")) ==
          QStringList{QStringLiteral("kind,code,name,due,detail"),
                      QStringLiteral("followup,") + ani.code +
                          QStringLiteral(",Ani Lestari,2026-11-20,Kirim daftar harga"),
                      QStringLiteral("birthday,") + ani.code +
                          QStringLiteral(",Ani Lestari,2026-11-24,1990-11-24"),
                      QStringLiteral("touch,") + eko.code +
                          QStringLiteral(",Eko Prasetyo,2026-11-12,2026-11-02")});

    // What changes the file changes the agenda at once: Eko called, Budi's bill paid.
    Interaction ekoCall;
    ekoCall.customerId = eko.id;
    SETIA_REQUIRE_OK(shop.backend->interactions().log(ekoCall));
    paid.amount = 16'000;
    SETIA_REQUIRE_OK(shop.backend->payments().record(paid));
    const QStringList after = shop.csv();
    CHECK(after.size() == 5);
    CHECK_FALSE(after.join(QLatin1Char('\n')).contains(QStringLiteral("receivable,")));
    CHECK_FALSE(after.join(QLatin1Char('\n')).contains(eko.code));
}

TEST_CASE("The agenda refuses a day that is no date", "[agenda]")
{
    AgendaShop shop;
    auto refused = shop.backend->agenda().forDay(QDate());
    REQUIRE(!refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Validation);
    auto empty = shop.backend->agenda().forDay(shop.today);
    SETIA_REQUIRE_OK(empty);
    CHECK(empty->isEmpty());
}
