// The rules of the day's agenda (SPEC §13) on crafted inputs: which follow-ups, birthdays,
// receivables and customers out of touch a day D lists, in which order, for whom.
#include "analytics/DayAgenda.h"
#include "support/CatchQt.h"

using namespace setia;

namespace {

const QDate day(2026, 11, 22);

AgendaCustomer person(qint64 id, const QString& name)
{
    AgendaCustomer c;
    c.id = id;
    c.code = QStringLiteral("M%1").arg(id, 6, 10, QLatin1Char('0'));
    c.name = name;
    c.joined = QDate(2020, 1, 1);
    return c;
}

FollowUp followUp(qint64 id, qint64 customerId, const QDate& due, const QString& task,
                  const QString& staff = QStringLiteral("Rina"))
{
    FollowUp f;
    f.id = id;
    f.customerId = customerId;
    f.due = due;
    f.task = task;
    f.staff = staff;
    return f;
}

// "kind code due detail" of every row, in order.
QStringList rows(const QList<AgendaItem>& items)
{
    QStringList out;
    for (const AgendaItem& item : items)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(agenda::kindId(item.kind), item.code, item.due.toString(Qt::ISODate),
                        item.detail());
    return out;
}

} // namespace

TEST_CASE("Follow-ups due on the day and overdue ones are listed, overdue first, not later or "
          "done ones",
          "[agenda]")
{
    AgendaInputs in;
    in.customers = {person(1, QStringLiteral("Ani")), person(2, QStringLiteral("Budi"))};
    FollowUp done = followUp(4, 1, day.addDays(-1), QStringLiteral("Antar pesanan"));
    done.doneAt = QDateTime(day.addDays(-1), QTime(9, 0));
    in.followUps = {followUp(1, 2, day, QStringLiteral("Telepon soal harga")),
                    followUp(2, 1, day.addDays(-3), QStringLiteral("Tagih nota")),
                    followUp(3, 1, day.addDays(1), QStringLiteral("Kunjungi besok")), done,
                    followUp(5, 2, day.addDays(-3), QStringLiteral("Kirim katalog"))};
    const QList<AgendaItem> items = agenda::build(in, day);
    CHECK(rows(items) == QStringList{QStringLiteral("followup M000001 2026-11-19 Tagih nota"),
                                     QStringLiteral("followup M000002 2026-11-19 Kirim katalog"),
                                     QStringLiteral("followup M000002 2026-11-22 Telepon soal "
                                                    "harga")});
    REQUIRE(items.size() == 3);
    CHECK(items.first().followUpId == 2);
    CHECK(items.first().staff == QStringLiteral("Rina"));
    CHECK(items.first().name == QStringLiteral("Ani"));
}

TEST_CASE("Birthdays of the coming week: six days ahead is in, seven is not, 29 February falls "
          "on the 28th in a common year",
          "[agenda]")
{
    AgendaInputs in;
    in.customers = {person(1, QStringLiteral("Lahir kabisat")),
                    person(2, QStringLiteral("Tujuh hari lagi")),
                    person(3, QStringLiteral("Hari ini")), person(4, QStringLiteral("Tak tahu")),
                    person(5, QStringLiteral("Kemarin"))};
    in.customers[0].birthday = QDate(2000, 2, 29);
    in.customers[1].birthday = QDate(1990, 3, 1);
    in.customers[2].birthday = QDate(1985, 2, 22);
    in.customers[4].birthday = QDate(1970, 2, 21);
    const QDate common(2027, 2, 22);
    CHECK(rows(agenda::build(in, common)) ==
          QStringList{QStringLiteral("birthday M000003 2027-02-22 1985-02-22"),
                      QStringLiteral("birthday M000001 2027-02-28 2000-02-29")});
    // In a leap year the 29th is the 29th (D+6), and 1 March is D+7, out.
    CHECK(rows(agenda::build(in, QDate(2028, 2, 23))) ==
          QStringList{QStringLiteral("birthday M000001 2028-02-29 2000-02-29")});
    // Across the year end.
    in.customers[1].birthday = QDate(1990, 1, 2);
    CHECK(rows(agenda::build(in, QDate(2026, 12, 28))) ==
          QStringList{QStringLiteral("birthday M000002 2027-01-02 1990-01-02")});
}

TEST_CASE("Receivables due within three days or overdue are listed, four days ahead is not",
          "[agenda]")
{
    AgendaInputs in;
    in.customers = {person(1, QStringLiteral("Tiga hari")), person(2, QStringLiteral("Empat hari")),
                    person(3, QStringLiteral("Lewat jatuh tempo")),
                    person(4, QStringLiteral("Lunas"))};
    in.debts = {DueCredit{1, day.addDays(3), 50'000}, DueCredit{2, day.addDays(4), 75'000},
                DueCredit{3, day.addDays(-10), 1'250'000}, DueCredit{4, day, 0},
                DueCredit{99, day, 10'000}}; // not one of the customers (archived)
    const QList<AgendaItem> items = agenda::build(in, day);
    CHECK(rows(items) == QStringList{QStringLiteral("receivable M000003 2026-11-12 1250000"),
                                     QStringLiteral("receivable M000001 2026-11-25 50000")});
    REQUIRE(items.size() == 2);
    CHECK(items.first().amount == 1'250'000);
}

TEST_CASE("Out of touch: last touch plus the interval before the day, exactly at the interval "
          "is not yet",
          "[agenda]")
{
    AgendaInputs in;
    AgendaCustomer atInterval = person(1, QStringLiteral("Tepat 30 hari"));
    atInterval.contactInterval = 30;
    atInterval.lastSale = day.addDays(-30);
    AgendaCustomer onePast = person(2, QStringLiteral("31 hari"));
    onePast.contactInterval = 30;
    onePast.lastSale = day.addDays(-31);
    AgendaCustomer called = person(3, QStringLiteral("Sudah ditelepon"));
    called.contactInterval = 30;
    called.lastSale = day.addDays(-90);
    called.lastInteraction = day.addDays(-5);
    AgendaCustomer neverTouched = person(4, QStringLiteral("Belum pernah"));
    neverTouched.contactInterval = 60;
    neverTouched.joined = QDate(2026, 9, 1);
    AgendaCustomer calledLongAgo = person(5, QStringLiteral("Telepon lama"));
    calledLongAgo.contactInterval = 7;
    calledLongAgo.lastSale = day.addDays(-40);
    calledLongAgo.lastInteraction = day.addDays(-20);
    // No own interval and no revenue in the window: no tier, no interval, never listed.
    AgendaCustomer noTier = person(6, QStringLiteral("Tanpa kelas"));
    noTier.lastSale = day.addDays(-400);
    // The only one with revenue is big: the tier's 14 days.
    AgendaCustomer big = person(7, QStringLiteral("Pelanggan besar"));
    big.windowRevenue = 5'000'000;
    big.lastSale = day.addDays(-15);
    in.customers = {atInterval, onePast, called, neverTouched, calledLongAgo, noTier, big};

    const QList<AgendaItem> items = agenda::build(in, day);
    CHECK(rows(items) == QStringList{QStringLiteral("touch M000004 2026-10-31 "),
                                     QStringLiteral("touch M000005 2026-11-09 2026-11-02"),
                                     QStringLiteral("touch M000002 2026-11-21 2026-10-22"),
                                     QStringLiteral("touch M000007 2026-11-21 2026-11-07")});
    REQUIRE(items.size() == 4);
    CHECK(!items.first().lastTouch.isValid()); // never touched: counted from joining
    CHECK(items.first().interval == 60);
    CHECK(items.last().interval == agenda::defaultInterval(ContributionTier::Big));
    CHECK(agenda::defaultInterval(ContributionTier::Regular) == 30);
    CHECK(agenda::defaultInterval(ContributionTier::Micro) == 60);
    CHECK(agenda::defaultInterval(ContributionTier::None) == 0);
}

TEST_CASE("A bad customer keeps their follow-ups and is left out of birthdays, receivables and "
          "touch",
          "[agenda]")
{
    AgendaInputs in;
    AgendaCustomer bad = person(1, QStringLiteral("Macet"));
    bad.bad = true;
    bad.birthday = QDate(1980, 11, 22);
    bad.contactInterval = 7;
    bad.lastSale = day.addDays(-100);
    in.customers = {bad};
    in.followUps = {followUp(1, 1, day, QStringLiteral("Tagih utang lama"))};
    in.debts = {DueCredit{1, day.addDays(-60), 400'000}};
    CHECK(rows(agenda::build(in, day)) ==
          QStringList{QStringLiteral("followup M000001 2026-11-22 Tagih utang lama")});
}

TEST_CASE("One staff member's agenda: their follow-ups, and the rest for their salesperson's "
          "customers, without regard to case or spaces",
          "[agenda]")
{
    AgendaInputs in;
    AgendaCustomer dedis = person(1, QStringLiteral("Pelanggan Dedi"));
    dedis.salesperson = QStringLiteral("Dedi");
    dedis.birthday = QDate(1990, 11, 23);
    AgendaCustomer saris = person(2, QStringLiteral("Pelanggan Sari"));
    saris.salesperson = QStringLiteral("Sari");
    saris.birthday = QDate(1991, 11, 24);
    in.customers = {dedis, saris};
    in.followUps = {followUp(1, 2, day, QStringLiteral("Antar sampel"), QStringLiteral("Dedi")),
                    followUp(2, 1, day, QStringLiteral("Telepon"), QStringLiteral("Sari"))};
    in.debts = {DueCredit{1, day, 10'000}, DueCredit{2, day, 20'000}};

    CHECK(rows(agenda::build(in, day, QStringLiteral("  dEDI "))) ==
          QStringList{QStringLiteral("followup M000002 2026-11-22 Antar sampel"),
                      QStringLiteral("birthday M000001 2026-11-23 1990-11-23"),
                      QStringLiteral("receivable M000001 2026-11-22 10000")});
    CHECK(agenda::build(in, day, QStringLiteral("Nobody")).isEmpty());
    // Everyone's: both follow-ups, both birthdays, both receivables.
    CHECK(agenda::build(in, day, QStringLiteral("   ")).size() == 6);
}
