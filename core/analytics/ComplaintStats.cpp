#include "analytics/ComplaintStats.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace setia {
namespace {

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    // The mean of the two middle ones, halves rounded up: whole seconds.
    return (values.at(middle - 1) + values.at(middle) + 1) / 2;
}

QList<ComplaintStats::Category> byCategoryOf(const QList<TicketDetails>& tickets)
{
    QHash<QString, qsizetype> at;
    QList<ComplaintStats::Category> categories;
    for (const TicketDetails& d : tickets) {
        auto found = at.constFind(d.ticket.category);
        if (found == at.constEnd()) {
            found = at.insert(d.ticket.category, categories.size());
            categories.append({d.ticket.category, {}});
        }
        categories[*found].figures.add(d);
    }
    std::sort(categories.begin(), categories.end(),
              [](const ComplaintStats::Category& a, const ComplaintStats::Category& b) {
                  if (a.figures.tickets != b.figures.tickets)
                      return a.figures.tickets > b.figures.tickets;
                  return a.category < b.category;
              });
    return categories;
}

} // namespace

void ComplaintFigures::add(const TicketDetails& details)
{
    const Ticket& t = details.ticket;
    const TicketClock& clock = details.clock;
    ++tickets;
    if (t.finished())
        ++finished;
    remedyCost += t.remedyCost;
    if (clock.responseSeconds >= 0)
        responseSeconds.append(clock.responseSeconds);
    if (clock.resolutionSeconds >= 0)
        resolutionSeconds.append(clock.resolutionSeconds);
    if (clock.responseSeconds >= 0 || clock.responseLate) {
        ++responseDecided;
        if (!clock.responseLate)
            ++responseOnTime;
    }
    if (clock.resolutionSeconds >= 0 || clock.resolutionLate) {
        ++resolutionDecided;
        if (!clock.resolutionLate)
            ++resolutionOnTime;
    }
}

qint64 ComplaintFigures::medianResponseSeconds() const
{
    return median(responseSeconds);
}

qint64 ComplaintFigures::medianResolutionSeconds() const
{
    return median(resolutionSeconds);
}

ComplaintStats::ComplaintStats(const QList<TicketDetails>& tickets)
{
    QMap<QDate, QList<TicketDetails>> months;
    QHash<qint64, qsizetype> repeatAt;
    QList<RepeatCustomer> customers;
    QMap<int, Remedy> remedies;
    for (const TicketDetails& d : tickets) {
        const Ticket& t = d.ticket;
        m_total.add(d);
        const QDate day = t.receivedAt.date();
        months[QDate(day.year(), day.month(), 1)].append(d);

        auto found = repeatAt.constFind(t.customerId);
        if (found == repeatAt.constEnd()) {
            found = repeatAt.insert(t.customerId, customers.size());
            customers.append({t.customerId, t.customerCode, t.customerName, 0, {}, {}});
        }
        RepeatCustomer& customer = customers[*found];
        ++customer.tickets;
        if (!customer.categories.contains(t.category))
            customer.categories.append(t.category);
        customer.last = std::max(customer.last, t.receivedAt);

        if (t.remedy != RemedyKind::None) {
            Remedy& remedy = remedies[static_cast<int>(t.remedy)];
            remedy.kind = t.remedy;
            ++remedy.tickets;
            remedy.cost += t.remedyCost;
        }
    }
    m_byCategory = byCategoryOf(tickets);
    for (auto month = months.cbegin(); month != months.cend(); ++month) {
        Month row{month.key(), byCategoryOf(month.value()), {}};
        for (const TicketDetails& d : month.value())
            row.figures.add(d);
        m_byMonth.append(row);
    }
    customers.removeIf([](const RepeatCustomer& c) { return c.tickets < repeatAtLeast; });
    std::sort(customers.begin(), customers.end(),
              [](const RepeatCustomer& a, const RepeatCustomer& b) {
                  if (a.tickets != b.tickets)
                      return a.tickets > b.tickets;
                  if (a.last != b.last)
                      return a.last > b.last;
                  return a.code < b.code;
              });
    m_repeated = customers;
    m_remedies = remedies.values();
}

} // namespace setia
