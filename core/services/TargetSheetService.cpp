#include "services/TargetSheetService.h"

#include "analytics/TargetRules.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "io/CsvWriter.h"
#include "reports/ReportHtml.h"
#include "reports/ReportTable.h"
#include "services/PaymentService.h"
#include "stores/ReceivableListQuery.h"
#include "stores/RouteStore.h"
#include "stores/TargetQuery.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace setia {
namespace {

// "11, 12 dan 14": the quantities averaged, as a sentence says them.
QString basisWords(const QList<Quantity>& basis, const QLocale& locale)
{
    QStringList quantities;
    for (const Quantity& quantity : basis)
        quantities.append(quantity.toString(locale.decimalPoint().front()));
    if (quantities.size() < 2)
        return quantities.join(QString());
    const QString last = quantities.takeLast();
    return TargetSheetService::tr("%1 and %2").arg(quantities.join(QStringLiteral(", ")), last);
}

// Where the salesperson and whoever checks the sheet sign at the end of a section.
QString signatures(const QString& salesperson)
{
    const QString blank = QStringLiteral("(____________________)");
    return QStringLiteral("<table width=\"100%\" style=\"margin-top: 18px\"><tr>"
                          "<td width=\"50%\">%1<br/><br/><br/>%2</td>"
                          "<td width=\"50%\">%3<br/><br/><br/>%4</td></tr></table>")
        .arg(ReportTable::escape(TargetSheetService::tr("Salesperson")),
             salesperson.isEmpty() ? blank
                                   : ReportTable::escape(QStringLiteral("(%1)").arg(salesperson)),
             ReportTable::escape(TargetSheetService::tr("Checked by")), blank);
}

constexpr int crossSellDays = 90;
constexpr int windowDays = 365;

// The product most bought by the type's customers that `bought` does not hold; ties by SKU.
std::optional<qint64> crossSellFor(const QHash<qint64, qint64>& byProduct,
                                   const QSet<qint64>& bought,
                                   const QHash<qint64, TargetProduct>& products)
{
    std::optional<qint64> best;
    qint64 bestMilli = 0;
    for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it) {
        if (bought.contains(it.key()) || !products.contains(it.key()))
            continue;
        const bool better =
            !best || it.value() > bestMilli ||
            (it.value() == bestMilli && products.value(it.key()).sku < products.value(*best).sku);
        if (better) {
            best = it.key();
            bestMilli = it.value();
        }
    }
    return best;
}

// The items a sheet shows: those whose quantity was not set to 0 for this sheet.
QList<TargetItem> shownItems(const TargetCustomer& customer)
{
    QList<TargetItem> items;
    for (const TargetItem& item : customer.items)
        if (item.quantity > 0)
            items.append(item);
    return items;
}

TargetItem itemFor(qint64 productId, const QHash<qint64, TargetProduct>& products)
{
    const TargetProduct product = products.value(productId);
    TargetItem item;
    item.productId = productId;
    item.sku = product.sku;
    item.name = product.name;
    item.unitPrice = product.price;
    return item;
}

} // namespace

TargetSheetService::TargetSheetService(Database& database, const TargetQuery& query,
                                       RouteStore& routes, const ReceivableListQuery& receivables,
                                       const PaymentService& payments)
    : m_database(database)
    , m_query(query)
    , m_routes(routes)
    , m_receivables(receivables)
    , m_payments(payments)
{}

Result<TargetSheet> TargetSheetService::sheet(const QDate& day, const QString& salesperson,
                                              const QString& area) const
{
    auto candidates = m_query.candidates(salesperson, area);
    if (!candidates)
        return candidates.error();
    QSet<qint64> ids;
    for (const TargetCandidate& candidate : std::as_const(*candidates))
        ids.insert(candidate.customer.customerId);
    auto rhythms = m_query.rhythms(ids, day);
    if (!rhythms)
        return rhythms.error();

    QList<TargetCustomer> due;
    for (const TargetCandidate& candidate : std::as_const(*candidates)) {
        const PurchaseRhythm rhythm = rhythms->value(candidate.customer.customerId);
        const bool byVisit = targetRules::dueByVisitDay(candidate.visitDays, day);
        if (byVisit || targetRules::dueByRhythm(rhythm.lastDays, rhythm.sales, day)) {
            TargetCustomer customer = candidate.customer;
            customer.byVisitDay = byVisit;
            due.append(customer);
        }
    }
    if (Status filled = fill(due, day); !filled)
        return filled.error();
    auto positions = m_routes.positions();
    if (!positions)
        return positions.error();

    // Sections by salesperson; customers by area, route position (those without one after
    // those with), name and code.
    std::sort(due.begin(), due.end(), [&](const TargetCustomer& a, const TargetCustomer& b) {
        if (a.salesperson != b.salesperson)
            return a.salesperson < b.salesperson;
        if (a.area != b.area)
            return a.area < b.area;
        const int pa = positions->value(a.customerId, std::numeric_limits<int>::max());
        const int pb = positions->value(b.customerId, std::numeric_limits<int>::max());
        if (pa != pb)
            return pa < pb;
        if (a.name != b.name)
            return a.name < b.name;
        return a.code < b.code;
    });
    TargetSheet sheet;
    sheet.day = day;
    for (TargetCustomer& customer : due) {
        if (sheet.sections.isEmpty() || sheet.sections.last().salesperson != customer.salesperson)
            sheet.sections.append(TargetSection{customer.salesperson, {}});
        sheet.sections.last().customers.append(std::move(customer));
    }
    return sheet;
}

Result<TargetCustomer> TargetSheetService::customerFor(qint64 customerId, const QDate& day) const
{
    auto candidate = m_query.candidate(customerId);
    if (!candidate)
        return candidate.error();
    if (!candidate->has_value())
        return Error(Error::Kind::NotFound,
                     tr("This customer does not exist or is archived: choose another one."));
    QList<TargetCustomer> one = {(*candidate)->customer};
    if (Status filled = fill(one, day); !filled)
        return filled.error();
    return one.first();
}

Result<QStringList> TargetSheetService::salespeople() const
{
    return m_query.salespeople();
}

Result<QStringList> TargetSheetService::areas() const
{
    return m_query.areas();
}

Status TargetSheetService::saveRoute(const QList<qint64>& customers)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status = m_routes.setOrder(customers); !status)
        return status;
    return transaction.commit();
}

Status TargetSheetService::fill(QList<TargetCustomer>& customers, const QDate& day) const
{
    QList<qint64> ids;
    QSet<QString> types;
    for (const TargetCustomer& customer : std::as_const(customers)) {
        ids.append(customer.customerId);
        types.insert(customer.type);
    }
    auto sales = m_query.sales(ids, day);
    auto products = m_query.products();
    auto popular = m_query.boughtByType(types, day.addDays(-crossSellDays), day);
    auto debtors = m_receivables.debtors(day);
    if (!sales || !products || !popular || !debtors)
        return !sales      ? sales.error()
               : !products ? products.error()
               : !popular  ? popular.error()
                           : debtors.error();
    QSet<qint64> owing;
    for (const ReceivableRow& row : std::as_const(*debtors))
        owing.insert(row.customerId);

    for (TargetCustomer& customer : customers) {
        const QList<TargetSale> history = sales->value(customer.customerId);
        if (!history.isEmpty()) {
            customer.lastSale = history.last().soldAt.date();
            customer.lastSaleAmount = history.last().revenue;
        }
        for (const Suggestion& suggestion : targetRules::suggestions(history)) {
            TargetItem item = itemFor(suggestion.productId, *products);
            item.quantity = suggestion.quantity;
            item.basis = suggestion.basis;
            item.value = item.quantity * item.unitPrice;
            customer.items.append(item);
        }
        std::sort(customer.items.begin(), customer.items.end(),
                  [](const TargetItem& a, const TargetItem& b) { return a.sku < b.sku; });
        QSet<qint64> bought;
        for (const TargetSale& sale : history)
            if (sale.soldAt.date().daysTo(day) <= windowDays)
                for (auto it = sale.milliByProduct.cbegin(); it != sale.milliByProduct.cend(); ++it)
                    bought.insert(it.key());
        if (const auto pick = crossSellFor(popular->value(customer.type), bought, *products))
            customer.crossSell = itemFor(*pick, *products);
        if (owing.contains(customer.customerId)) {
            auto receivable = m_payments.receivable(customer.customerId, day);
            if (!receivable)
                return receivable.error();
            customer.balance = receivable->balance;
            customer.dueByDay = receivable->dueByAsOf;
        }
    }
    return {};
}

void TargetSheetService::writeCsv(CsvWriter& writer, const TargetSheet& sheet)
{
    writer.writeRow(QStringList{QStringLiteral("salesperson"), QStringLiteral("code"),
                                QStringLiteral("name"), QStringLiteral("area"),
                                QStringLiteral("sku"), QStringLiteral("product"),
                                QStringLiteral("suggested_qty"), QStringLiteral("basis"),
                                QStringLiteral("unit_price"), QStringLiteral("value")});
    for (const TargetSection& section : sheet.sections) {
        for (const TargetCustomer& c : section.customers) {
            const QList<TargetItem> items = shownItems(c);
            if (items.isEmpty()) {
                writer.writeRow(QStringList{c.salesperson, c.code, c.name, c.area, QString(),
                                            QString(), QString(), QString(), QString(), QString()});
                continue;
            }
            for (const TargetItem& item : items)
                writer.writeRow(
                    {c.salesperson, c.code, c.name, c.area, item.sku, item.name,
                     CsvCell(item.quantity),
                     QString(QStringLiteral("avg of ") + targetRules::basisText(item.basis)),
                     CsvCell(item.unitPrice), CsvCell(item.value)});
        }
    }
}

ReportDocument TargetSheetService::report(const TargetSheet& sheet, const BusinessProfile& business,
                                          const QDateTime& printedAt)
{
    const QLocale locale;
    ReportDocument document(business, tr("Today's sales targets"), printedAt);
    qint64 customers = 0;
    for (const TargetSection& section : sheet.sections)
        customers += section.customers.size();
    document.setParameters(tr("%1 · %2 customers · %3 salespeople")
                               .arg(display::longDate(sheet.day, locale),
                                    locale.toString(customers),
                                    locale.toString(sheet.sections.size())));
    using Column = ReportTable::Column;
    using Align = ReportTable::Align;
    QString body;
    bool first = true;
    for (const TargetSection& section : sheet.sections) {
        qint64 target = 0;
        qint64 collect = 0;
        for (const TargetCustomer& c : section.customers) {
            target += c.targetValue();
            collect += c.dueByDay;
        }
        body += reporthtml::heading(section.salesperson.isEmpty()
                                        ? tr("Without a salesperson")
                                        : tr("Salesperson: %1").arg(section.salesperson),
                                    first ? reporthtml::Break::None : reporthtml::Break::NewPage);
        first = false;
        body += reporthtml::fields(
            {{tr("Date"), display::shortDate(sheet.day)},
             {tr("Customers to visit"), locale.toString(section.customers.size())},
             {tr("Target value"), money::format(target)},
             {tr("Receivables to collect"), money::format(collect)}},
            4);
        ReportTable table({Column{tr("No."), 3, Align::Right}, Column{tr("Customer"), 19},
                           Column{tr("Last purchase"), 9}, Column{tr("Owed · due"), 9},
                           Column{tr("Suggested items"), 27}, Column{tr("Stock"), 6},
                           Column{tr("Order"), 7}, Column{tr("Payment"), 7},
                           Column{tr("Result"), 8}, Column{tr("Initials"), 5}});
        int number = 0;
        for (const TargetCustomer& c : section.customers) {
            QStringList who = {QStringLiteral("<b>%1</b> %2")
                                   .arg(ReportTable::escape(c.code), ReportTable::escape(c.name))};
            const QString place = QStringList{c.address, c.area}
                                      .filter(QRegularExpression(QStringLiteral("\\S")))
                                      .join(QStringLiteral(", "));
            if (!place.isEmpty())
                who.append(ReportTable::escape(place));
            if (!c.phone.isEmpty())
                who.append(ReportTable::escape(PhoneNumber::formatNational(c.phone)));
            QStringList items;
            for (const TargetItem& item : shownItems(c))
                items.append(ReportTable::escape(
                    tr("%1 × %2 = %3 (average of %4 from the last %5 purchases)")
                        .arg(locale.toString(item.quantity), item.name, money::format(item.value),
                             basisWords(item.basis, locale))
                        .arg(item.basis.size())));
            if (items.isEmpty())
                items.append(ReportTable::escape(tr("No regular items yet")));
            if (c.crossSell)
                items.append(
                    QStringLiteral("<i>%1</i>")
                        .arg(ReportTable::escape(
                            tr("Try: %1 (%2)")
                                .arg(c.crossSell->name, money::format(c.crossSell->unitPrice)))));
            const QString last = c.lastSale.isValid()
                                     ? ReportTable::escape(display::shortDate(c.lastSale)) +
                                           QStringLiteral("<br/>") +
                                           ReportTable::escape(money::format(c.lastSaleAmount))
                                     : ReportTable::escape(tr("never"));
            const QString owed =
                c.balance == 0
                    ? QStringLiteral("—")
                    : ReportTable::escape(money::format(c.balance)) + QStringLiteral("<br/>") +
                          ReportTable::escape(tr("due %1").arg(money::format(c.dueByDay)));
            table.addHtmlRow({QString::number(++number), who.join(QStringLiteral("<br/>")), last,
                              owed, items.join(QStringLiteral("<br/>")), QString(), QString(),
                              QString(), ReportTable::escape(tr("order / no sale / closed")),
                              QString()});
        }
        if (section.customers.isEmpty())
            table.addRow({QString(), tr("Nobody is due on this day.")});
        else
            table.addTotalRow({QString(),
                               tr("%1 customers").arg(locale.toString(section.customers.size())),
                               QString(), QString(),
                               tr("Target %1 · receivables to collect %2")
                                   .arg(money::format(target), money::format(collect))});
        body += table.toHtml();
        body += signatures(section.salesperson);
    }
    if (sheet.sections.isEmpty())
        body += reporthtml::paragraph(tr("Nobody is due on this day."));
    body += reporthtml::note(
        tr("Due: a visit day, or their usual gap between purchases has passed. Suggested: items "
           "in at least 2 of their last 6 purchases, the average of the last 4 rounded up, at "
           "today's price. Try: what customers of the same type bought most in 90 days and "
           "they have not in a year."));
    document.setBodyHtml(body);
    return document;
}

} // namespace setia
