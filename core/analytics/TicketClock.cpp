#include "analytics/TicketClock.h"

#include <algorithm>

namespace setia {
namespace {

// A stretch of time the clock stood still; `to` invalid while it still does.
struct Pause
{
    QDateTime from;
    QDateTime to;
};

QList<Pause> pausesOf(QList<TicketEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const TicketEvent& a, const TicketEvent& b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    QList<Pause> pauses;
    bool waiting = false;
    for (const TicketEvent& e : std::as_const(events)) {
        if (e.kind != TicketEventKind::Opened && e.kind != TicketEventKind::Status)
            continue;
        const bool nowWaiting = e.status == TicketStatus::Waiting;
        if (nowWaiting && !waiting)
            pauses.append({e.at, {}});
        else if (!nowWaiting && waiting)
            pauses.back().to = e.at;
        waiting = nowWaiting;
    }
    return pauses;
}

// When `budget` seconds of open time have run from `start`, the clock standing still in
// `pauses`; invalid when it stands still before then (or the shop never opens).
QDateTime dueAfter(const OpeningHours& hours, const QDateTime& start, qint64 budget,
                   const QList<Pause>& pauses)
{
    QDateTime running = start;
    qint64 left = budget;
    for (const Pause& pause : pauses) {
        if (pause.to.isValid() && pause.to <= running)
            continue;
        if (pause.from > running) {
            const qint64 open = hours.openSecondsBetween(running, pause.from);
            if (open >= left)
                return hours.afterOpenSeconds(running, left);
            left -= open;
        }
        if (!pause.to.isValid())
            return {};
        running = std::max(running, pause.to);
    }
    return hours.afterOpenSeconds(running, left);
}

// The open seconds from `start` to `end`, less those while the clock stood still.
qint64 runningSeconds(const OpeningHours& hours, const QDateTime& start, const QDateTime& end,
                      const QList<Pause>& pauses)
{
    qint64 total = hours.openSecondsBetween(start, end);
    for (const Pause& pause : pauses) {
        const QDateTime from = std::max(pause.from, start);
        const QDateTime to = pause.to.isValid() ? std::min(pause.to, end) : end;
        total -= hours.openSecondsBetween(from, to);
    }
    return std::max<qint64>(total, 0);
}

bool lateAgainst(const QDateTime& due, const QDateTime& met, const QDateTime& now)
{
    if (!due.isValid())
        return false;
    return met.isValid() ? met > due : now > due;
}

} // namespace

QDateTime TicketClock::pendingDue(const Ticket& ticket, const TicketClock& clock)
{
    if (ticket.finished() || clock.paused)
        return {};
    return ticket.firstResponseAt.isValid() ? clock.resolutionDue : clock.responseDue;
}

namespace ticketClock {

TicketClock at(const Ticket& ticket, const QList<TicketEvent>& events, const ComplaintRules& rules,
               const QDateTime& now)
{
    const QList<Pause> pauses = pausesOf(events);
    TicketClock clock;
    clock.paused = ticket.status == TicketStatus::Waiting;
    clock.responseDue = dueAfter(rules.hours, ticket.receivedAt,
                                 qint64(rules.responseHoursFor(ticket.priority)) * 3600, pauses);
    clock.resolutionDue =
        dueAfter(rules.hours, ticket.receivedAt,
                 qint64(rules.resolutionHoursFor(ticket.priority)) * 3600, pauses);
    // A ticket finished without a time for it (brought in from another system) has nothing
    // to be late against.
    const bool finishedUntimed = ticket.finished() && !ticket.resolvedAt.isValid();
    const QDateTime responded = ticket.firstResponseAt.isValid() ? ticket.firstResponseAt
                                : ticket.finished()              ? ticket.resolvedAt
                                                                 : QDateTime();
    clock.responseLate = !finishedUntimed && lateAgainst(clock.responseDue, responded, now);
    clock.resolutionLate =
        !finishedUntimed && lateAgainst(clock.resolutionDue, ticket.resolvedAt, now);
    if (responded.isValid())
        clock.responseSeconds = runningSeconds(rules.hours, ticket.receivedAt, responded, pauses);
    if (ticket.resolvedAt.isValid())
        clock.resolutionSeconds =
            runningSeconds(rules.hours, ticket.receivedAt, ticket.resolvedAt, pauses);
    return clock;
}

} // namespace ticketClock

} // namespace setia
