// A complaint's two deadlines (SPEC §14): counted in the shop's opening hours (Monday to
// Saturday 08:00–21:00 by default), 4 and 48 hours (urgent: 1 and 24), the clock stopped while
// the shop waits for the customer, and a missed deadline marked even once it is met.
#include "analytics/TicketClock.h"

#include "domain/OpeningHours.h"

#include <catch2/catch.hpp>

using namespace setia;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute)); // 21 November 2026: a Saturday
}

Ticket received(const QDateTime& when, TicketPriority priority = TicketPriority::Normal)
{
    Ticket t;
    t.id = 1;
    t.receivedAt = when;
    t.priority = priority;
    return t;
}

TicketEvent status(const QDateTime& when, TicketStatus to, qint64 id)
{
    TicketEvent e;
    e.id = id;
    e.kind = id == 1 ? TicketEventKind::Opened : TicketEventKind::Status;
    e.at = when;
    e.status = to;
    return e;
}

} // namespace

TEST_CASE("Opening hours count open seconds and reach a deadline across closed days",
          "[tickets][clock]")
{
    const OpeningHours hours = OpeningHours::defaults();
    CHECK(hours.toText() ==
          QStringLiteral("08:00-21:00,08:00-21:00,08:00-21:00,08:00-21:00,08:00-21:00,"
                         "08:00-21:00,-"));
    CHECK_FALSE(hours.day(7).isOpen());
    // Saturday 20:30 → Monday 08:00: half an hour open.
    CHECK(hours.openSecondsBetween(at(21, 20, 30), at(23, 8)) == 30 * 60);
    CHECK(hours.openSecondsBetween(at(23, 8), at(21, 20)) == 0);
    // Before opening and after closing count nothing.
    CHECK(hours.openSecondsBetween(at(23, 5), at(23, 9)) == 3600);
    CHECK(hours.openSecondsBetween(at(23, 21, 30), at(24, 7)) == 0);
    CHECK(hours.afterOpenSeconds(at(21, 20, 30), 4 * 3600) == at(23, 11, 30));
    CHECK(hours.afterOpenSeconds(at(22, 10), 60) == at(23, 8, 1)); // Sunday: from Monday
    CHECK(hours.afterOpenSeconds(at(23, 20), 3600) == at(23, 21)); // ends exactly at closing
    CHECK(hours.afterOpenSeconds(at(23, 20), 0) == at(23, 20));

    // A long budget (weeks) lands where a walk hour by hour would.
    const qint64 budget = 500 * 3600 + 17 * 60;
    QDateTime walk = at(21, 20, 30);
    qint64 left = budget;
    while (left > 0) {
        const QDateTime next = walk.addSecs(60);
        left -= hours.openSecondsBetween(walk, next);
        walk = next;
    }
    CHECK(hours.afterOpenSeconds(at(21, 20, 30), budget) == walk);
}

TEST_CASE("Opening hours read back from Settings and refuse what is not a week", "[tickets][clock]")
{
    const auto read =
        OpeningHours::fromText(QStringLiteral("07:30-12:00, 07:30-12:00,-,-,-,-,10:00-24:00"));
    REQUIRE(read);
    CHECK(read->day(1) == OpeningHours::Day{7 * 60 + 30, 12 * 60});
    CHECK_FALSE(read->day(3).isOpen());
    CHECK(read->day(7) == OpeningHours::Day{10 * 60, 24 * 60});
    CHECK(OpeningHours::fromText(read->toText()) == read);
    // Sunday to midnight: 24:00 is the next day's start.
    CHECK(read->afterOpenSeconds(QDateTime(QDate(2026, 11, 22), QTime(23, 0)), 2 * 3600) ==
          QDateTime(QDate(2026, 11, 23), QTime(8, 30)));
    for (const char* wrong :
         {"", "-,-,-,-,-,-,-", "08:00-21:00", "08:00-21:00,,,,,,", "21:00-08:00,-,-,-,-,-,-",
          "8:00-21:00,-,-,-,-,-,-", "08:00-24:30,-,-,-,-,-,-", "08:60-21:00,-,-,-,-,-,-",
          "08:00-21:00,-,-,-,-,-,-,-"})
        CHECK_FALSE(OpeningHours::fromText(QString::fromLatin1(wrong)));
}

TEST_CASE("A complaint received on Saturday at 20:30 with Sunday closed is due on Monday",
          "[tickets][clock]")
{
    const ComplaintRules rules;
    const Ticket normal = received(at(21, 20, 30));
    const QList<TicketEvent> opened{status(normal.receivedAt, TicketStatus::Open, 1)};
    const TicketClock clock = ticketClock::at(normal, opened, rules, at(23, 9));
    // 30 minutes on Saturday, the rest from Monday 08:00.
    CHECK(clock.responseDue == at(23, 11, 30));
    // 47.5 hours: Monday, Tuesday, Wednesday (13 each), then 8.5 hours of Thursday.
    CHECK(clock.resolutionDue == at(26, 16, 30));
    CHECK_FALSE(clock.late());
    CHECK(TicketClock::pendingDue(normal, clock) == at(23, 11, 30));

    const Ticket urgent = received(at(21, 20, 30), TicketPriority::High);
    const TicketClock fast = ticketClock::at(urgent, opened, rules, at(23, 9));
    CHECK(fast.responseDue == at(23, 8, 30));
    CHECK(fast.resolutionDue == at(24, 18, 30)); // 23.5 hours: Monday's 13, Tuesday's 10.5
    CHECK(fast.responseLate);                    // 09:00 on Monday is past 08:30
    CHECK_FALSE(fast.resolutionLate);
}

TEST_CASE("A missed deadline stays marked after it is met, a met one is not late",
          "[tickets][clock]")
{
    const ComplaintRules rules;
    Ticket t = received(at(23, 8)); // Monday 08:00: answer by 12:00
    const QList<TicketEvent> opened{status(t.receivedAt, TicketStatus::Open, 1)};
    CHECK_FALSE(ticketClock::at(t, opened, rules, at(23, 11, 59)).responseLate);
    CHECK(ticketClock::at(t, opened, rules, at(23, 12, 1)).responseLate);

    t.firstResponseAt = at(23, 12, 30); // answered late
    t.status = TicketStatus::InProgress;
    const TicketClock later = ticketClock::at(t, opened, rules, at(25, 9));
    CHECK(later.responseLate);
    CHECK(TicketClock::pendingDue(t, later) == later.resolutionDue);

    t.firstResponseAt = at(23, 11); // in time
    CHECK_FALSE(ticketClock::at(t, opened, rules, at(25, 9)).responseLate);

    // Resolved within 48 open hours (Thursday 17:00) is on time; a minute after is late for
    // good.
    t.status = TicketStatus::Resolved;
    t.resolvedAt = at(26, 17);
    CHECK_FALSE(ticketClock::at(t, opened, rules, at(30, 9)).resolutionLate);
    t.resolvedAt = at(26, 17, 1);
    CHECK(ticketClock::at(t, opened, rules, at(30, 9)).resolutionLate);
    CHECK_FALSE(TicketClock::pendingDue(t, ticketClock::at(t, opened, rules, at(30, 9))).isValid());
}

TEST_CASE("Waiting for the customer stops the clock", "[tickets][clock]")
{
    const ComplaintRules rules;
    Ticket t = received(at(23, 8)); // Monday 08:00
    t.firstResponseAt = at(23, 9);
    QList<TicketEvent> steps{status(t.receivedAt, TicketStatus::Open, 1),
                             status(at(23, 9), TicketStatus::InProgress, 2),
                             status(at(23, 10), TicketStatus::Waiting, 3)};
    // Still waiting: no resolution deadline, nothing late however long it takes.
    t.status = TicketStatus::Waiting;
    const TicketClock waiting = ticketClock::at(t, steps, rules, at(30, 20));
    CHECK(waiting.paused);
    CHECK_FALSE(waiting.resolutionDue.isValid());
    CHECK_FALSE(waiting.late());
    CHECK_FALSE(TicketClock::pendingDue(t, waiting).isValid());
    // Answered at 09:00, before the wait; its deadline (12:00) never came: the clock stopped
    // at 10:00 with two hours to go.
    CHECK_FALSE(waiting.responseDue.isValid());
    CHECK_FALSE(waiting.responseLate);

    // Back in progress on Tuesday 10:00: the 13 open hours waited are added (Thursday 17:00
    // without the wait, Friday 17:00 with it).
    steps.append(status(at(24, 10), TicketStatus::InProgress, 4));
    t.status = TicketStatus::InProgress;
    const TicketClock resumed = ticketClock::at(t, steps, rules, at(24, 11));
    CHECK_FALSE(resumed.paused);
    CHECK(resumed.resolutionDue == at(27, 17));
    CHECK_FALSE(resumed.late());

    // Answered an hour after it came in; still unresolved.
    CHECK(resumed.responseSeconds == 3600);
    CHECK(resumed.resolutionSeconds == -1);
    // Resolved on Wednesday 12:00: the open hours less the wait are Monday 08–10 (2),
    // Tuesday 10–21 (11) and Wednesday 08–12 (4).
    t.status = TicketStatus::Resolved;
    t.resolvedAt = at(25, 12);
    CHECK(ticketClock::at(t, steps, rules, at(25, 13)).resolutionSeconds == 17 * 3600);

    // Steps given out of order are put in order of time.
    std::reverse(steps.begin(), steps.end());
    CHECK(ticketClock::at(t, steps, rules, at(24, 11)).resolutionDue == at(27, 17));

    // A wait after the deadline was missed does not unmark it.
    Ticket late = received(at(23, 8));
    late.firstResponseAt = at(23, 9);
    late.status = TicketStatus::Waiting;
    const QList<TicketEvent> lateSteps{status(late.receivedAt, TicketStatus::Open, 1),
                                       status(at(27, 10), TicketStatus::Waiting, 2)};
    const TicketClock missed = ticketClock::at(late, lateSteps, rules, at(28, 9));
    CHECK(missed.resolutionDue == at(26, 17));
    CHECK(missed.resolutionLate);
}

TEST_CASE("A ticket's number is KL, the day and three digits, and statuses move as SPEC §14 lets",
          "[tickets]")
{
    CHECK(ticket::number(QDate(2026, 11, 21), 7) == QStringLiteral("KL261121-007"));
    CHECK(ticket::number(QDate(2027, 1, 2), 123) == QStringLiteral("KL270102-123"));
    CHECK(ticket::canMove(TicketStatus::Open, TicketStatus::Waiting));
    CHECK(ticket::canMove(TicketStatus::Waiting, TicketStatus::InProgress));
    CHECK(ticket::canMove(TicketStatus::Resolved, TicketStatus::InProgress));
    CHECK(ticket::canMove(TicketStatus::Resolved, TicketStatus::Closed));
    CHECK_FALSE(ticket::canMove(TicketStatus::Closed, TicketStatus::InProgress));
    CHECK_FALSE(ticket::canMove(TicketStatus::InProgress, TicketStatus::Open));
    CHECK_FALSE(ticket::canMove(TicketStatus::Waiting, TicketStatus::Waiting));
    for (TicketStatus s : ticket::statuses())
        CHECK(ticket::statusFromId(ticket::statusId(s)) == s);
    CHECK(ticket::statusFromId(QStringLiteral(" In_Progress ")) == TicketStatus::InProgress);
    CHECK_FALSE(ticket::statusFromId(QStringLiteral("done")));
}
