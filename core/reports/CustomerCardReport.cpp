#include "reports/CustomerCardReport.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "domain/StatusNames.h"
#include "domain/Timeline.h"
#include "reports/ReportHtml.h"
#include "reports/ReportTable.h"

#include <QRegularExpression>

namespace setia {
namespace {

using Align = ReportTable::Align;

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

ReportDocument CustomerCardReport::build(const CustomerCard& card, const BusinessProfile& business,
                                         const QDateTime& printedAt)
{
    const Customer& c = card.customer;
    ReportDocument document(business, tr("Customer record card"), printedAt);
    document.setParameters(
        tr("%1 · %2 · as of %3").arg(c.code, c.name, display::shortDate(card.asOf)));
    document.setRunningHeader(true);

    QString body;
    const QString place = QStringList{c.area, c.city}
                              .filter(QRegularExpression(QStringLiteral("\\S")))
                              .join(QStringLiteral(", "));
    body += reporthtml::fields(
        {{tr("Member code"), c.code},
         {tr("Name"), c.name},
         {tr("Address"), orDash(c.address)},
         {tr("Area"), orDash(place)},
         {tr("Phone"), orDash(PhoneNumber::formatNational(c.phone))},
         {tr("Customer type"), orDash(c.type)},
         {tr("Salesperson"), orDash(c.salesperson)},
         {tr("Status"), StatusNames::lifecycle(card.lifecycle) + QStringLiteral(" · ") +
                            tr("credit %1").arg(StatusNames::creditStatus(card.receivable.status))},
         {tr("Credit limit"), c.creditLimit == 0 ? tr("cash only") : money::format(c.creditLimit)},
         {tr("Payment terms"), tr("%1 days").arg(c.termsDays)},
         {tr("Member since"), display::shortDate(c.joined)},
         {tr("Points"), display::count(card.points)},
         {tr("Owed now"), money::format(card.receivable.balance)}});

    body += reporthtml::heading(tr("Transactions"));
    ReportTable ledger({{tr("Date"), 11, Align::Left},
                        {tr("Document"), 15, Align::Left},
                        {tr("Description"), 32, Align::Left},
                        {tr("Amount"), 14, Align::Right},
                        {tr("Paid"), 14, Align::Right},
                        {tr("Balance owed"), 14, Align::Right}});
    for (const CardEntry& entry : card.entries) {
        ledger.addRow(
            {display::shortDate(entry.at.date()), entry.document, StatusNames::cardEntry(entry),
             entry.kind == CardEntry::Kind::Sale ? money::format(entry.amount) : QString(),
             entry.paid > 0 ? money::format(entry.paid) : QString(), money::format(entry.balance)});
    }
    if (card.entries.isEmpty())
        ledger.addRow({QString(), QString(), tr("No transactions yet.")});
    ledger.addTotalRow({QString(), QString(),
                        tr("Balance owed on %1").arg(display::shortDate(card.asOf)), QString(),
                        QString(), money::format(card.receivable.balance)});
    body += ledger.toHtml();

    body += reporthtml::heading(tr("Totals"));
    body +=
        reporthtml::fields({{tr("Purchases"), QString::number(card.purchases)},
                            {tr("Total spent"), money::format(card.totalSpent)},
                            {tr("Average per purchase"), money::format(card.averageTicket)},
                            {tr("First purchase"), orDash(display::shortDate(card.firstPurchase))},
                            {tr("Last purchase"), orDash(display::shortDate(card.lastPurchase))}});

    if (!card.favourites.isEmpty()) {
        body += reporthtml::heading(tr("Favourite items"));
        ReportTable favourites({{tr("SKU"), 18, Align::Left},
                                {tr("Product"), 50, Align::Left},
                                {tr("Quantity"), 14, Align::Right},
                                {tr("Amount"), 18, Align::Right}});
        for (const FavouriteItem& item : card.favourites)
            favourites.addRow(
                {item.sku, item.name, item.quantity.toString(), money::format(item.amount)});
        body += favourites.toHtml();
    }

    body += reporthtml::heading(tr("What is owed, by days past due"));
    const Aging& aging = card.receivable.aging;
    ReportTable strip({{tr("Not yet due"), 17, Align::Right},
                       {tr("1–30 days"), 16, Align::Right},
                       {tr("31–60 days"), 16, Align::Right},
                       {tr("61–90 days"), 16, Align::Right},
                       {tr("Over 90 days"), 17, Align::Right},
                       {tr("Total"), 18, Align::Right}});
    strip.setZebra(false);
    strip.addRow({money::format(aging.notYetDue), money::format(aging.days1to30),
                  money::format(aging.days31to60), money::format(aging.days61to90),
                  money::format(aging.over90), money::format(aging.notYetDue + aging.overdue())});
    body += strip.toHtml();
    if (card.receivable.balance < 0)
        body += reporthtml::note(tr("Paid ahead: %1 is held as credit for the next credit sales.")
                                     .arg(money::format(-card.receivable.balance)));

    // The timeline's touch points and follow-ups (the sales, payments and points are above).
    ReportTable contacts({{tr("Date"), 11, Align::Left},
                          {tr("Kind"), 14, Align::Left},
                          {tr("What"), 41, Align::Left},
                          {tr("Outcome"), 22, Align::Left},
                          {tr("Staff"), 12, Align::Left}});
    bool anyContact = false;
    for (const TimelineEntry& entry : card.timeline) {
        if (entry.kind != TimelineKind::Interaction && entry.kind != TimelineKind::FollowUp)
            continue;
        anyContact = true;
        contacts.addRow({display::shortDate(entry.at.date()), Timeline::kindName(entry.kind),
                         entry.overdue ? tr("OVERDUE — %1").arg(entry.what) : entry.what,
                         entry.outcome, entry.staff});
    }
    if (anyContact) {
        body += reporthtml::heading(tr("Contacts and follow-ups"));
        body += contacts.toHtml();
    }
    document.setBodyHtml(body);
    return document;
}

} // namespace setia
