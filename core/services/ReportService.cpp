#include "services/ReportService.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "domain/PointsExpiry.h"
#include "domain/Quantity.h"
#include "domain/StatusNames.h"
#include "reports/CustomerCardReport.h"
#include "reports/ReportHtml.h"
#include "services/CustomerCardService.h"
#include "services/SettingsService.h"
#include "stores/CustomerStore.h"
#include "stores/ReceivableListQuery.h"
#include "stores/ReportQuery.h"

#include <QLocale>

#include <algorithm>

namespace setia {
namespace {

using Align = ReportTable::Align;
using Column = TabularReport::Column;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

ReportService::ReportService(const CustomerStore& customers, const ReceivableListQuery& receivables,
                             const ReportQuery& query, const CustomerCardService& cards,
                             const SettingsService& settings)
    : m_customers(customers)
    , m_receivables(receivables)
    , m_query(query)
    , m_cards(cards)
    , m_settings(settings)
{}

Result<TabularReport> ReportService::customerList(const CustomerFilter& filter,
                                                  const QString& filterLabel) const
{
    TabularReport report(tr("Customer list"), filterLabel,
                         {Column{tr("Code"), QStringLiteral("code"), 9},
                          Column{tr("Name"), QStringLiteral("name"), 25},
                          Column{tr("Phone"), QStringLiteral("phone"), 14},
                          Column{tr("City"), QStringLiteral("city"), 12},
                          Column{tr("Area"), QStringLiteral("area"), 13},
                          Column{tr("Type"), QStringLiteral("type"), 9},
                          Column{tr("Salesperson"), QStringLiteral("salesperson"), 10},
                          Column{tr("Joined"), QStringLiteral("joined"), 8}});
    PageRequest request;
    request.limit = 1000;
    for (;;) {
        auto page = m_customers.page(filter, CustomerSort::Name, request);
        if (!page)
            return page.error();
        for (const CustomerRow& c : std::as_const(*page))
            report.addRow({c.code, c.name, PhoneNumber::formatNational(c.phone), c.city, c.area,
                           c.type, c.salesperson, display::shortDate(c.joined)},
                          {c.code, c.name, c.phone, c.city, c.area, c.type, c.salesperson,
                           c.joined.toString(Qt::ISODate)});
        if (page->size() < request.limit)
            break;
        request.after = page->last().key;
    }
    report.setTotals({QString(), tr("%1 customers").arg(number(report.rowCount()))});
    return report;
}

Result<TabularReport> ReportService::receivablesAging(const QDate& asOf) const
{
    auto debtors = m_receivables.debtors(asOf);
    if (!debtors)
        return debtors.error();
    QList<ReceivableRow> rows = std::move(debtors).value();
    std::sort(rows.begin(), rows.end(), [](const ReceivableRow& a, const ReceivableRow& b) {
        return a.balance != b.balance ? a.balance > b.balance : a.code < b.code;
    });
    TabularReport report(
        tr("Receivables aging"), tr("As of %1").arg(display::shortDate(asOf)),
        {Column{tr("Code"), QStringLiteral("code"), 8},
         Column{tr("Name"), QStringLiteral("name"), 20},
         Column{tr("Owed"), QStringLiteral("balance"), 11, Align::Right},
         Column{tr("Not yet due"), QStringLiteral("not_yet_due"), 10, Align::Right},
         Column{tr("1–30 days"), QStringLiteral("days_1_30"), 10, Align::Right},
         Column{tr("31–60 days"), QStringLiteral("days_31_60"), 10, Align::Right},
         Column{tr("61–90 days"), QStringLiteral("days_61_90"), 10, Align::Right},
         Column{tr("Over 90 days"), QStringLiteral("over_90"), 11, Align::Right},
         Column{tr("Status"), QStringLiteral("credit_status"), 10}});
    Aging total;
    qint64 owed = 0;
    for (const ReceivableRow& r : std::as_const(rows)) {
        const Aging& a = r.aging;
        report.addRow({r.code, r.name, money::format(r.balance), money::format(a.notYetDue),
                       money::format(a.days1to30), money::format(a.days31to60),
                       money::format(a.days61to90), money::format(a.over90),
                       StatusNames::creditStatus(r.status)},
                      {r.code, r.name, r.balance, a.notYetDue, a.days1to30, a.days31to60,
                       a.days61to90, a.over90, receivables::statusId(r.status)});
        owed += r.balance;
        total.notYetDue += a.notYetDue;
        total.days1to30 += a.days1to30;
        total.days31to60 += a.days31to60;
        total.days61to90 += a.days61to90;
        total.over90 += a.over90;
    }
    report.setTotals({QString(), tr("%1 customers").arg(number(rows.size())), money::format(owed),
                      money::format(total.notYetDue), money::format(total.days1to30),
                      money::format(total.days31to60), money::format(total.days61to90),
                      money::format(total.over90), QString()});
    report.setNote(tr("Payments go to the oldest credit sales first; days past the due date "
                      "on the report's date."));
    return report;
}

Result<TabularReport> ReportService::sales(SalesGrouping grouping, const QDate& from,
                                           const QDate& to) const
{
    auto rows = m_query.sales(grouping, from, to);
    if (!rows)
        return rows.error();
    const QString period = tr("%1 to %2").arg(display::shortDate(from), display::shortDate(to));
    const bool product = grouping == SalesGrouping::Product;
    const bool customer = grouping == SalesGrouping::Customer;
    QString title;
    QList<Column> columns;
    switch (grouping) {
    case SalesGrouping::Customer:
        title = tr("Sales by customer");
        columns = {Column{tr("Code"), QStringLiteral("code"), 12},
                   Column{tr("Customer"), QStringLiteral("name"), 48},
                   Column{tr("Sales"), QStringLiteral("sales"), 15, Align::Right},
                   Column{tr("Revenue"), QStringLiteral("revenue"), 25, Align::Right}};
        break;
    case SalesGrouping::Product:
        title = tr("Sales by product");
        columns = {Column{tr("SKU"), QStringLiteral("sku"), 12},
                   Column{tr("Product"), QStringLiteral("name"), 38},
                   Column{tr("Sales"), QStringLiteral("sales"), 12, Align::Right},
                   Column{tr("Quantity"), QStringLiteral("quantity"), 14, Align::Right},
                   Column{tr("Amount"), QStringLiteral("amount"), 24, Align::Right}};
        break;
    case SalesGrouping::Day:
    case SalesGrouping::Month:
        title = grouping == SalesGrouping::Day ? tr("Sales by day") : tr("Sales by month");
        columns = {Column{tr("Period"), QStringLiteral("period"), 40},
                   Column{tr("Sales"), QStringLiteral("sales"), 25, Align::Right},
                   Column{tr("Revenue"), QStringLiteral("revenue"), 35, Align::Right}};
        break;
    }
    TabularReport report(title, period, columns);
    qint64 sales = 0;
    qint64 amount = 0;
    const QLocale locale;
    for (const SalesSummaryRow& row : std::as_const(*rows)) {
        sales += row.sales;
        amount += row.amount;
        if (product) {
            const Quantity quantity = Quantity::fromMilli(row.quantityMilli);
            report.addRow({row.key, row.name, number(row.sales),
                           quantity.toString(locale.decimalPoint().front()),
                           money::format(row.amount)},
                          {row.key, row.name, row.sales,
                           CsvCell::numeric(quantity.toString(QLatin1Char('.'))), row.amount});
        } else if (customer) {
            const QString name = row.key.isEmpty() ? tr("Walk-in customers") : row.name;
            report.addRow({row.key, name, number(row.sales), money::format(row.amount)},
                          {row.key, name, row.sales, row.amount});
        } else {
            const QDate day = QDate::fromString(
                grouping == SalesGrouping::Day ? row.key : row.key + QStringLiteral("-01"),
                Qt::ISODate);
            const QString shown = grouping == SalesGrouping::Day
                                      ? display::shortDate(day)
                                      : locale.toString(day, QStringLiteral("MMMM yyyy"));
            report.addRow({shown, number(row.sales), money::format(row.amount)},
                          {row.key, row.sales, row.amount});
        }
    }
    if (product) {
        report.setTotals({QString(), tr("%1 products").arg(number(rows->size())), QString(),
                          QString(), money::format(amount)});
        report.setNote(tr("Amounts are the lines' amounts, before discounts on whole sales; "
                          "Sales counts the sales holding the product."));
    } else if (customer) {
        report.setTotals({QString(), tr("%1 customers").arg(number(rows->size())), number(sales),
                          money::format(amount)});
    } else {
        report.setTotals({tr("Total"), number(sales), money::format(amount)});
    }
    return report;
}

Result<TabularReport> ReportService::loyaltyMembers(const QDate& asOf) const
{
    auto rules = m_settings.loyaltySettings();
    if (!rules)
        return rules.error();
    auto members = m_query.members(asOf);
    if (!members)
        return members.error();
    TabularReport report(
        tr("Loyalty members and points"), tr("As of %1").arg(display::shortDate(asOf)),
        {Column{tr("Code"), QStringLiteral("code"), 12},
         Column{tr("Name"), QStringLiteral("name"), 34},
         Column{tr("Phone"), QStringLiteral("phone"), 18},
         Column{tr("Tier"), QStringLiteral("tier"), 12},
         Column{tr("Spent in a year"), QStringLiteral("spend_365"), 14, Align::Right},
         Column{tr("Points"), QStringLiteral("points"), 10, Align::Right}});
    qint64 points = 0;
    for (const MemberPoints& m : std::as_const(*members)) {
        qint64 balance = 0;
        for (const LoyaltyEntry& entry : m.entries)
            balance += entry.points;
        // Expiries due but not yet written count as written.
        for (const LoyaltyEntry& entry :
             loyalty::pendingExpiries(m.entries, int(rules->expiryMonths), asOf))
            balance += entry.points;
        const LoyaltyTier tier = loyalty::tierFor(m.spend365, *rules);
        report.addRow({m.code, m.name, PhoneNumber::formatNational(m.phone),
                       loyalty::tierName(tier), money::format(m.spend365), number(balance)},
                      {m.code, m.name, m.phone, loyalty::tierName(tier), m.spend365, balance});
        points += balance;
    }
    report.setTotals({QString(), tr("%1 members").arg(number(members->size())), QString(),
                      QString(), QString(), number(points)});
    return report;
}

Result<ReportDocument> ReportService::recordCards(const QList<qint64>& customerIds,
                                                  const QDate& asOf,
                                                  const BusinessProfile& business,
                                                  const QDateTime& printedAt) const
{
    ReportDocument document(business, CustomerCardReport::tr("Customer record card"), printedAt);
    QString body;
    for (qsizetype i = 0; i < customerIds.size(); ++i) {
        auto card = m_cards.card(customerIds.at(i), asOf);
        if (!card)
            return card.error();
        const ReportDocument one = CustomerCardReport::build(*card, business, printedAt);
        // Each card from a new page, headed by who it is.
        body += reporthtml::heading(one.parameters(),
                                    i == 0 ? reporthtml::Break::None : reporthtml::Break::NewPage);
        body += one.bodyHtml();
    }
    document.setParameters(
        tr("%1 customers · as of %2").arg(number(customerIds.size()), display::shortDate(asOf)));
    document.setBodyHtml(body);
    return document;
}

Result<TabularReport> ReportService::recordCardLedger(const QList<qint64>& customerIds,
                                                      const QDate& asOf) const
{
    TabularReport report(CustomerCardReport::tr("Customer record card"),
                         tr("As of %1").arg(display::shortDate(asOf)),
                         {Column{tr("Code"), QStringLiteral("code"), 9},
                          Column{tr("Date"), QStringLiteral("date"), 9},
                          Column{tr("Document"), QStringLiteral("document"), 14},
                          Column{tr("Description"), QStringLiteral("description"), 32},
                          Column{tr("Amount"), QStringLiteral("amount"), 12, Align::Right},
                          Column{tr("Paid"), QStringLiteral("paid"), 12, Align::Right},
                          Column{tr("Balance owed"), QStringLiteral("balance"), 12, Align::Right}});
    for (qint64 id : customerIds) {
        auto card = m_cards.card(id, asOf);
        if (!card)
            return card.error();
        for (const CardEntry& entry : card->entries) {
            const bool sale = entry.kind == CardEntry::Kind::Sale;
            const QString description = StatusNames::cardEntry(entry);
            report.addRow({card->customer.code, display::shortDate(entry.at.date()), entry.document,
                           description, sale ? money::format(entry.amount) : QString(),
                           entry.paid > 0 ? money::format(entry.paid) : QString(),
                           money::format(entry.balance)},
                          {card->customer.code, entry.at.date().toString(Qt::ISODate),
                           entry.document, description,
                           sale ? CsvCell(entry.amount) : CsvCell(QString()), entry.paid,
                           entry.balance});
        }
    }
    return report;
}

} // namespace setia
