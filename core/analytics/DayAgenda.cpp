#include "analytics/DayAgenda.h"

#include "domain/BirthdayWeek.h"

#include <QHash>

#include <algorithm>

namespace setia::agenda {
namespace {

bool sameStaff(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

AgendaItem itemFor(AgendaKind kind, const AgendaCustomer& c)
{
    AgendaItem item;
    item.kind = kind;
    item.customerId = c.id;
    item.code = c.code;
    item.name = c.name;
    item.phone = c.phone;
    item.salesperson = c.salesperson;
    item.whatsapp = c.whatsapp;
    return item;
}

// By date, then member code, then (follow-ups of one customer on one day) as made.
void sortByDue(QList<AgendaItem>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem& a, const AgendaItem& b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.code < b.code;
    });
}

QDate lastTouchOf(const AgendaCustomer& c)
{
    if (!c.lastSale.isValid())
        return c.lastInteraction;
    if (!c.lastInteraction.isValid())
        return c.lastSale;
    return std::max(c.lastSale, c.lastInteraction);
}

} // namespace

int defaultInterval(ContributionTier tier)
{
    switch (tier) {
    case ContributionTier::Big:
        return 14;
    case ContributionTier::Regular:
        return 30;
    case ContributionTier::Micro:
        return 60;
    case ContributionTier::None:
        return 0;
    }
    return 0;
}

QList<AgendaItem> build(const AgendaInputs& inputs, const QDate& day, const QString& staff,
                        const SegmentationRules& rules)
{
    const bool everyone = staff.trimmed().isEmpty();
    QHash<qint64, qsizetype> byId;
    byId.reserve(inputs.customers.size());
    QList<qint64> revenues;
    QStringList codes;
    revenues.reserve(inputs.customers.size());
    codes.reserve(inputs.customers.size());
    for (qsizetype i = 0; i < inputs.customers.size(); ++i) {
        const AgendaCustomer& c = inputs.customers.at(i);
        byId.insert(c.id, i);
        revenues.append(c.windowRevenue);
        codes.append(c.code);
    }
    const auto theirs = [&](const AgendaCustomer& c) {
        return !c.bad && (everyone || sameStaff(c.salesperson, staff));
    };

    QList<AgendaItem> followUps;
    for (const FollowUp& f : inputs.followUps) {
        const auto at = byId.constFind(f.customerId);
        if (at == byId.cend() || f.done() || !f.due.isValid() || f.due > day)
            continue;
        if (!everyone && !sameStaff(f.staff, staff))
            continue;
        AgendaItem item = itemFor(AgendaKind::FollowUp, inputs.customers.at(*at));
        item.due = f.due;
        item.followUpId = f.id;
        item.task = f.task;
        item.staff = f.staff;
        followUps.append(std::move(item));
    }
    sortByDue(followUps);

    QList<AgendaItem> tickets;
    for (const DueTicket& t : inputs.tickets) {
        const auto at = byId.constFind(t.customerId);
        if (at == byId.cend() || !t.due.isValid() || t.due.date() > day)
            continue;
        if (!everyone && !sameStaff(t.staff, staff))
            continue;
        AgendaItem item = itemFor(AgendaKind::Ticket, inputs.customers.at(*at));
        item.due = t.due.date();
        item.deadline = t.due;
        item.ticketId = t.ticketId;
        item.ticketNumber = t.number;
        item.staff = t.staff;
        tickets.append(std::move(item));
    }
    sortByDue(tickets);

    QList<AgendaItem> birthdays;
    for (const AgendaCustomer& c : inputs.customers) {
        if (!theirs(c))
            continue;
        if (const QDate on = birthday::within(c.birthday, day, birthdayDays); on.isValid()) {
            AgendaItem item = itemFor(AgendaKind::Birthday, c);
            item.due = on;
            item.birthday = c.birthday;
            birthdays.append(std::move(item));
        }
    }
    sortByDue(birthdays);

    QList<AgendaItem> receivables;
    for (const DueCredit& debt : inputs.debts) {
        const auto at = byId.constFind(debt.customerId);
        if (at == byId.cend() || debt.amount <= 0 || !debt.firstDue.isValid() ||
            debt.firstDue > day.addDays(receivableDays))
            continue;
        const AgendaCustomer& c = inputs.customers.at(*at);
        if (!theirs(c))
            continue;
        AgendaItem item = itemFor(AgendaKind::Receivable, c);
        item.due = debt.firstDue;
        item.amount = debt.amount;
        receivables.append(std::move(item));
    }
    sortByDue(receivables);

    const QList<ContributionTier> tiers = segmentation::tiers(revenues, codes, rules);
    QList<AgendaItem> touches;
    for (qsizetype i = 0; i < inputs.customers.size(); ++i) {
        const AgendaCustomer& c = inputs.customers.at(i);
        if (!theirs(c))
            continue;
        const int interval =
            c.contactInterval > 0 ? c.contactInterval : defaultInterval(tiers.at(i));
        if (interval <= 0)
            continue;
        // Never touched: counted from the day they became a customer.
        const QDate last = lastTouchOf(c);
        const QDate from = last.isValid() ? last : c.joined;
        if (!from.isValid() || from.addDays(interval) >= day)
            continue;
        AgendaItem item = itemFor(AgendaKind::Touch, c);
        item.due = from.addDays(interval);
        item.lastTouch = last;
        item.interval = interval;
        touches.append(std::move(item));
    }
    sortByDue(touches);

    QList<AgendaItem> all;
    all.reserve(followUps.size() + tickets.size() + birthdays.size() + receivables.size() +
                touches.size());
    for (QList<AgendaItem>* kind : {&followUps, &tickets, &birthdays, &receivables, &touches})
        all.append(std::move(*kind));
    return all;
}

} // namespace setia::agenda
