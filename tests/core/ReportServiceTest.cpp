// The report centre's reports on crafted data: every table's printed rows and CSV agree,
// aging buckets, sales by customer (walk-ins apart), product and period, members' points
// with expiries due, record cards one per page.
#include "services/ReportService.h"

#include "services/LoyaltyService.h"
#include "services/PaymentService.h"
#include "services/SettingsService.h"
#include "stores/CustomerStore.h"
#include "support/SegmentShop.h"

using namespace setia;
using namespace setia::test;

namespace {

const QDate today = FixedClock::defaultNow().date();

QStringList csvLines(const TabularReport& report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Bom::Without);
    report.writeCsv(writer);
    REQUIRE(writer.commit().ok());
    return QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("Sales by customer, product, day and month, walk-ins on a line of their own", "[reports]")
{
    Shop shop;
    const qint64 ani = shop.customer(QStringLiteral("Ani"));
    shop.sell(ani, 3, shop.beras, 2000);  // Rp20.000
    shop.sell(ani, 2, shop.gula, 1500);   // Rp500 (499,5 rounded)
    shop.sell(0, 2, shop.beras, 1000);    // a walk-in, Rp10.000
    shop.sell(ani, 40, shop.beras, 1000); // outside the period
    const ReportService& reports = shop.backend->reports();

    auto byCustomer = reports.sales(SalesGrouping::Customer, today.addDays(-7), today);
    REQUIRE(byCustomer.ok());
    CHECK(csvLines(*byCustomer) == QStringList{QStringLiteral("code,name,sales,revenue"),
                                               QStringLiteral("M000001,Ani,2,20500"),
                                               QStringLiteral(",Walk-in customers,1,10000")});
    auto byProduct = reports.sales(SalesGrouping::Product, today.addDays(-7), today);
    REQUIRE(byProduct.ok());
    CHECK(csvLines(*byProduct) == QStringList{QStringLiteral("sku,name,sales,quantity,amount"),
                                              QStringLiteral("BRS,Beras,2,3,30000"),
                                              QStringLiteral("GLA,Gula,1,1.5,500")});
    auto byDay = reports.sales(SalesGrouping::Day, today.addDays(-7), today);
    REQUIRE(byDay.ok());
    CHECK(csvLines(*byDay) == QStringList{QStringLiteral("period,sales,revenue"),
                                          QStringLiteral("2026-11-19,1,20000"),
                                          QStringLiteral("2026-11-20,2,10500")});
    CHECK(byDay->shownRow(0).first() == QStringLiteral("19/11/2026"));
    auto byMonth = reports.sales(SalesGrouping::Month, today.addDays(-60), today);
    REQUIRE(byMonth.ok());
    CHECK(csvLines(*byMonth) == QStringList{QStringLiteral("period,sales,revenue"),
                                            QStringLiteral("2026-10,1,10000"),
                                            QStringLiteral("2026-11,3,30500")});
}

TEST_CASE("Receivables aging: who owes, by days past due, largest first", "[reports]")
{
    Shop shop;
    Customer draft = customerDraft(QStringLiteral("Toko A"));
    draft.creditLimit = 10'000'000;
    draft.termsDays = 30;
    const qint64 a = shop.backend->customers().create(draft)->id;
    for (int daysAgo : {100, 45, 10}) {
        SaleDraft credit;
        credit.customerId = a;
        credit.payment = PaymentKind::Credit;
        credit.soldAt = QDateTime(today.addDays(-daysAgo), QTime(9, 0));
        credit.lines = {SaleLineDraft{shop.beras, Quantity::fromUnits(1), {}, 0}};
        REQUIRE(shop.backend->sales().record(credit).ok());
    }
    auto aging = shop.backend->reports().receivablesAging(today);
    REQUIRE(aging.ok());
    // Due 70 days ago (61–90), 15 days ago (1–30), in 20 days (not yet due).
    CHECK(csvLines(*aging) ==
          QStringList{QStringLiteral("code,name,balance,not_yet_due,days_1_30,days_31_60,"
                                     "days_61_90,over_90,credit_status"),
                      QStringLiteral("M000001,Toko A,30000,10000,10000,0,10000,0,overdue")});
}

TEST_CASE("Loyalty members: points with expiries due counted, and their tier", "[reports]")
{
    Shop shop;
    const qint64 ani = shop.customer(QStringLiteral("Ani"));
    shop.customer(QStringLiteral("Budi"));   // no points: not a member yet
    shop.sell(ani, 400, shop.beras, 10'000); // Rp100.000: 10 points, 400 days ago
    shop.sell(ani, 10, shop.beras, 5'000);   // Rp50.000: 5 points
    auto members = shop.backend->reports().loyaltyMembers(today);
    REQUIRE(members.ok());
    CHECK(csvLines(*members) == QStringList{QStringLiteral("code,name,phone,tier,spend_365,points"),
                                            QStringLiteral("M000001,Ani,,Member,50000,15")});
    // Points expire after 12 months: the 10 of 400 days ago are gone, written or not.
    LoyaltySettings rules = *shop.backend->settings().loyaltySettings();
    rules.expiryMonths = 12;
    REQUIRE(shop.backend->settings().setLoyaltySettings(rules).ok());
    auto later = shop.backend->reports().loyaltyMembers(today);
    REQUIRE(later.ok());
    CHECK(csvLines(*later).last().endsWith(QStringLiteral(",5")));
    CHECK(later->shownRow(0).last() == QStringLiteral("5"));
    CHECK(shop.backend->loyalty().summary(ani, today)->points == 5);
}

TEST_CASE("The customer list of a filter, and record cards one per page", "[reports]")
{
    Shop shop;
    const qint64 ani = shop.customer(QStringLiteral("Ani"));
    const qint64 budi = shop.customer(QStringLiteral("Budi"));
    shop.customer(QStringLiteral("Cici"));
    shop.sell(ani, 3, shop.beras, 1000);
    CustomerFilter filter;
    auto subset = shop.backend->customers().subset({ani, budi});
    REQUIRE(subset.ok());
    filter.subset = subset->id();
    auto list = shop.backend->reports().customerList(filter, QStringLiteral("Segmen: A"));
    REQUIRE(list.ok());
    const QStringList lines = csvLines(*list);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("code,name,phone,city,area,type,salesperson,joined"));
    CHECK(lines[1].startsWith(QStringLiteral("M000001,Ani,")));
    CHECK(lines[2].startsWith(QStringLiteral("M000002,Budi,")));

    auto cards = shop.backend->reports().recordCards({ani, budi}, today, BusinessProfile{},
                                                     FixedClock::defaultNow());
    REQUIRE(cards.ok());
    CHECK(cards->bodyHtml().count(QStringLiteral("page-break-before: always")) == 1);
    CHECK(cards->bodyHtml().contains(QStringLiteral("M000002")));
    auto ledger = shop.backend->reports().recordCardLedger({ani, budi}, today);
    REQUIRE(ledger.ok());
    REQUIRE(ledger->rowCount() == 1);
    CHECK(csvLines(*ledger)[1].startsWith(QStringLiteral("M000001,2026-11-19,")));
}
