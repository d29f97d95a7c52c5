// The daily sales target sheet (SPEC §7) on crafted histories: who is due (visit days in
// English and Indonesian; the median gap over 2, 3 and 6+ purchase days; several sales on one
// day; bad, archived and lost customers), suggested quantities (decimals, a product bought
// once, one bought in 2 of the last 6 sales), the cross-sell line, receivables, and the CSV
// carrying exactly what the PDF shows.
#include "analytics/TargetRules.h"
#include "domain/Money.h"
#include "services/PaymentService.h"
#include "services/TargetSheetService.h"
#include "support/SegmentShop.h"

using namespace setia;
using namespace setia::test;

namespace {

const QDate today = FixedClock::defaultNow().date(); // Sunday 22 November 2026

QList<QDate> daysBefore(std::initializer_list<int> daysAgo)
{
    QList<QDate> days;
    for (int ago : daysAgo)
        days.append(today.addDays(-ago));
    return days;
}

TargetSale targetSale(int daysAgo, std::initializer_list<std::pair<qint64, qint64>> milliByProduct,
                      const QString& receipt = {})
{
    TargetSale s;
    s.soldAt = QDateTime(today.addDays(-daysAgo), QTime(10, 0));
    s.receipt = receipt;
    for (const auto& [product, milli] : milliByProduct)
        s.milliByProduct[product] += milli;
    return s;
}

} // namespace

TEST_CASE("Due by rhythm: the last purchase day + the median gap of the last 6 days", "[targets]")
{
    using targetRules::dueByRhythm;
    // Two purchase days 7 apart: due 7 days after the last, not 6.
    CHECK(dueByRhythm(daysBefore({14, 7}), 2, today));
    CHECK_FALSE(dueByRhythm(daysBefore({13, 6}), 2, today));
    // Three days: gaps 3 and 7, median 5.
    CHECK(dueByRhythm(daysBefore({15, 12, 5}), 3, today));
    CHECK_FALSE(dueByRhythm(daysBefore({14, 11, 4}), 3, today));
    // Gaps 3 and 4: median 3,5 — due after 4 days, not after 3.
    CHECK(dueByRhythm(daysBefore({11, 8, 4}), 3, today));
    CHECK_FALSE(dueByRhythm(daysBefore({10, 7, 3}), 3, today));
    // Eight days: only the last 6 count (gaps 2, 2, 2, 2, 2); the old 100-day gap does not.
    CHECK(dueByRhythm(daysBefore({200, 100, 12, 10, 8, 6, 4, 2}), 8, today));
    CHECK_FALSE(dueByRhythm(daysBefore({200, 100, 12, 10, 8, 6, 4, 1}), 8, today));
    // Several sales on one purchase day: one day, no gap, no rhythm.
    CHECK_FALSE(dueByRhythm(daysBefore({30}), 3, today));
    // One sale, however long ago: no rhythm.
    CHECK_FALSE(dueByRhythm(daysBefore({30}), 1, today));
    // The last sale 365 days ago still counts; 366 days ago the customer is lost.
    CHECK(dueByRhythm(daysBefore({400, 365}), 2, today));
    CHECK_FALSE(dueByRhythm(daysBefore({400, 366}), 2, today));
}

TEST_CASE("Visit days read in English and Indonesian make a customer due on those days",
          "[targets]")
{
    const auto english = VisitDays::parse(QStringLiteral("mon,thu"));
    const auto indonesian = VisitDays::parse(QStringLiteral("Sen, Kam"));
    REQUIRE(english.has_value());
    REQUIRE(indonesian.has_value());
    CHECK(*english == *indonesian);
    const QDate monday(2026, 11, 23);
    CHECK(targetRules::dueByVisitDay(*indonesian, monday));
    CHECK(targetRules::dueByVisitDay(*indonesian, monday.addDays(3))); // Thursday
    CHECK_FALSE(targetRules::dueByVisitDay(*indonesian, monday.addDays(1)));
    CHECK_FALSE(targetRules::dueByVisitDay(VisitDays(), monday));
}

TEST_CASE("Suggested items: in 2 of the last 6 sales, the mean of the last 4 rounded up",
          "[targets]")
{
    const qint64 gula = 1;
    const qint64 beras = 2;
    const qint64 kopi = 3;
    const qint64 teh = 4;
    // Oldest first. Gula in every sale (one sale has it on two lines); beras in 2 of the last
    // 6 and in 3 older sales; kopi once; teh only in sales older than the last 6.
    const QList<TargetSale> history = {
        targetSale(90, {{beras, 9'000}, {teh, 1'000}}),
        targetSale(80, {{beras, 9'000}, {teh, 1'000}}),
        targetSale(70, {{gula, 1'000}, {beras, 8'000}}),
        targetSale(60, {{gula, 1'500}}),
        targetSale(50, {{gula, 2'000}, {beras, 10'000}}),
        targetSale(40, {{gula, 1'000}, {gula, 1'250}}), // one sale, two lines: 2,25
        targetSale(30, {{gula, 1'500}, {kopi, 1'000}}),
        targetSale(20, {{gula, 2'000}}),
        targetSale(10, {{gula, 1'000}, {beras, 12'000}}),
    };
    const QList<Suggestion> suggestions = targetRules::suggestions(history);
    REQUIRE(suggestions.size() == 2);
    // Gula: the last 4 sales holding it: 2,25 + 1,5 + 2 + 1 = 6,75 / 4 = 1,6875 → 2.
    CHECK(suggestions[0].productId == gula);
    CHECK(suggestions[0].quantity == 2);
    CHECK(targetRules::basisText(suggestions[0].basis) == QStringLiteral("2.25, 1.5, 2, 1"));
    // Beras: in 2 of the last 6; its last 4 sales reach back beyond them: 8 + 10 + 12 (and 9).
    CHECK(suggestions[1].productId == beras);
    CHECK(targetRules::basisText(suggestions[1].basis) == QStringLiteral("9, 8, 10, 12"));
    CHECK(suggestions[1].quantity == 10); // 39 / 4 = 9,75 → 10
    // A whole mean stays as it is: 12, 10, 14 → 12.
    const QList<Suggestion> whole = targetRules::suggestions({targetSale(30, {{gula, 12'000}}),
                                                              targetSale(20, {{gula, 10'000}}),
                                                              targetSale(10, {{gula, 14'000}})});
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].quantity == 12);
    CHECK(targetRules::suggestions({targetSale(10, {{gula, 1'000}})}).isEmpty());
    CHECK(targetRules::suggestions({}).isEmpty());
}

namespace {

// A shop of regulars for the sheet on Monday 23 November 2026.
struct TargetShop : Shop
{
    const QDate monday{2026, 11, 23};

    qint64 customer(const QString& name, const QString& visitDays = {},
                    const QString& salesperson = QStringLiteral("Andi"),
                    const QString& area = QStringLiteral("Utara"))
    {
        Customer draft = customerDraft(name);
        draft.salesperson = salesperson;
        draft.area = area;
        draft.type = QStringLiteral("warung");
        draft.creditLimit = 1'000'000;
        draft.visitDays = VisitDays::parse(visitDays).value_or(VisitDays());
        auto saved = backend->customers().create(draft);
        REQUIRE(saved.ok());
        return saved->id;
    }

    TargetSheet sheet(const QString& salesperson = {})
    {
        auto result = backend->targets().sheet(monday, salesperson);
        REQUIRE(result.ok());
        return *result;
    }
};

QStringList codesOf(const TargetSheet& sheet)
{
    QStringList codes;
    for (const TargetSection& section : sheet.sections)
        for (const TargetCustomer& c : section.customers)
            codes.append(c.code);
    return codes;
}

} // namespace

TEST_CASE("The sheet lists due customers by salesperson, area and name, not bad, archived or "
          "lost ones",
          "[targets]")
{
    TargetShop shop;
    // Clock: Sunday 22 November; sales are dated back from it, the sheet is for Monday 23.
    const qint64 visit = shop.customer(QStringLiteral("Visit Senin"), QStringLiteral("sen"));
    const qint64 rhythm = shop.customer(QStringLiteral("Rhythm"), {}, QStringLiteral("Budi"),
                                        QStringLiteral("Barat"));
    const qint64 notYet = shop.customer(QStringLiteral("Not yet"));
    const qint64 bad = shop.customer(QStringLiteral("Bad"), QStringLiteral("mon"));
    const qint64 archived = shop.customer(QStringLiteral("Archived"), QStringLiteral("mon"));
    const qint64 lost = shop.customer(QStringLiteral("Lost"));
    const qint64 lostVisited = shop.customer(QStringLiteral("Lost visited"), QStringLiteral("mon"),
                                             QStringLiteral("Andi"), QStringLiteral("Selatan"));
    shop.customer(QStringLiteral("Tuesday"), QStringLiteral("tue"));
    shop.sell(rhythm, 15, shop.beras, 1000); // gap 7; the sheet's day is 8 after the last
    shop.sell(rhythm, 8, shop.beras, 1000);
    shop.sell(notYet, 10, shop.beras, 1000); // gap 10; 4 days after the last
    shop.sell(notYet, 3, shop.beras, 1000);
    shop.sell(lost, 420, shop.beras, 1000); // a rhythm of 10 days, but 400 days ago
    shop.sell(lost, 410, shop.beras, 1000);
    shop.sell(lostVisited, 410, shop.beras, 1000);
    for (const qint64 id : {bad, archived}) {
        shop.sell(id, 15, shop.beras, 1000);
        shop.sell(id, 8, shop.beras, 1000);
    }
    Customer flagged = shop.backend->customers().find(bad)->value();
    flagged.bad = true;
    flagged.badReason = QStringLiteral("tidak bayar");
    SETIA_REQUIRE_OK(
        shop.backend->customers().update(flagged, CustomerService::DuplicatePhone::Refuse));
    SETIA_REQUIRE_OK(shop.backend->customers().setArchived(archived, true));

    const TargetSheet sheet = shop.sheet();
    REQUIRE(sheet.sections.size() == 2);
    CHECK(sheet.sections[0].salesperson == QStringLiteral("Andi"));
    CHECK(sheet.sections[1].salesperson == QStringLiteral("Budi"));
    // Andi: Selatan before Utara.
    CHECK(codesOf(sheet) == QStringList{shop.backend->customers().find(lostVisited)->value().code,
                                        shop.backend->customers().find(visit)->value().code,
                                        shop.backend->customers().find(rhythm)->value().code});
    CHECK(sheet.sections[0].customers[1].byVisitDay);
    CHECK_FALSE(sheet.sections[1].customers[0].byVisitDay);

    // One area, in any case.
    auto south = shop.backend->targets().sheet(shop.monday, QString(), QStringLiteral(" selatan "));
    REQUIRE(south.ok());
    CHECK(codesOf(*south) ==
          QStringList{shop.backend->customers().find(lostVisited)->value().code});
    // One salesperson, in any case.
    CHECK(shop.sheet(QStringLiteral(" budi ")).sections.size() == 1);
    CHECK(shop.sheet(QStringLiteral("Nobody")).sections.isEmpty());
}

TEST_CASE("A due customer's row: last sale, what they owe and what is due, items and a "
          "cross-sell, the CSV says what the PDF shows",
          "[targets]")
{
    TargetShop shop;
    const qint64 ani = shop.customer(QStringLiteral("Ani"), QStringLiteral("mon"));
    const qint64 other = shop.customer(QStringLiteral("Other warung"), QStringLiteral("tue"));
    const qint64 teh =
        shop.backend->products()
            .create(productDraft(QStringLiteral("TEH"), QStringLiteral("Teh"), 4'000, 3'000))
            ->id;
    // Ani buys beras twice (2 and 3 units) and gula once; another warung buys teh lately.
    shop.sell(ani, 20, shop.beras, 2000);
    shop.sell(ani, 10, shop.beras, 3000);
    shop.sell(ani, 5, shop.gula, 1500);
    shop.sell(other, 30, teh, 5000);
    // A credit sale 40 days ago, due after 30 days, and one of today, not yet due.
    for (int daysAgo : {40, 0}) {
        SaleDraft credit;
        credit.customerId = ani;
        credit.payment = PaymentKind::Credit;
        credit.soldAt = QDateTime(today.addDays(-daysAgo), QTime(9, 0));
        credit.lines = {SaleLineDraft{shop.gula, Quantity::fromUnits(3), {}, 0}};
        SETIA_REQUIRE_OK(shop.backend->sales().record(credit));
    }

    const TargetSheet sheet = shop.sheet();
    REQUIRE(sheet.sections.size() == 1);
    REQUIRE(sheet.sections[0].customers.size() == 1);
    const TargetCustomer& row = sheet.sections[0].customers[0];
    CHECK(row.lastSale == today);
    CHECK(row.lastSaleAmount == 999);
    CHECK(row.balance == 1998);
    CHECK(row.dueByDay == 999);
    // Beras in 2 of the last sales: (2 + 3) / 2 = 2,5 → 3 at Rp10.000. Gula: in 3 sales
    // (3 forty days ago, 1,5, 3 today) → 7,5 / 3 = 2,5 → 3 at Rp333.
    REQUIRE(row.items.size() == 2);
    CHECK(row.items[0].sku == QStringLiteral("BRS"));
    CHECK(row.items[0].quantity == 3);
    CHECK(row.items[0].value == 30'000);
    CHECK(row.items[1].sku == QStringLiteral("GLA"));
    CHECK(row.items[1].quantity == 3);
    CHECK(row.items[1].value == 999);
    CHECK(row.targetValue() == 30'999);
    REQUIRE(row.crossSell.has_value());
    CHECK(row.crossSell->sku == QStringLiteral("TEH"));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Bom::Without);
    TargetSheetService::writeCsv(writer, sheet);
    SETIA_REQUIRE_OK(writer.commit());
    const QStringList lines =
        QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          QStringLiteral("salesperson,code,name,area,sku,product,suggested_qty,basis,unit_price,"
                         "value"));
    CHECK(lines[1] == QStringLiteral("Andi,M000001,Ani,Utara,BRS,Beras,3,\"avg of 2, 3\",10000,"
                                     "30000"));
    CHECK(lines[2] == QStringLiteral("Andi,M000001,Ani,Utara,GLA,Gula,3,\"avg of 3, 1.5, 3\",333,"
                                     "999"));

    // The printed sheet shows the same items, quantities, values and basis.
    const ReportDocument document =
        TargetSheetService::report(sheet, BusinessProfile{}, FixedClock::defaultNow());
    const QString html = document.bodyHtml();
    // The basis as a sentence says it (the test's locale is Indonesian: 1,5).
    CHECK(html.contains(
        QStringLiteral("3 × Beras = Rp30.000 (average of 2 and 3 from the last 2 purchases)")));
    CHECK(html.contains(
        QStringLiteral("3 × Gula = Rp999 (average of 3, 1,5 and 3 from the last 3 purchases)")));
    // The section's totals under its table, and where the salesperson signs.
    CHECK(html.contains(QStringLiteral("Target Rp30.999 · receivables to collect")));
    CHECK(html.contains(QStringLiteral("(Andi)")));
    CHECK(html.contains(QStringLiteral("Checked by")));
    CHECK(html.contains(QStringLiteral("Customers to visit")));
    CHECK(html.contains(money::format(30'999)));
    CHECK(html.contains(QStringLiteral("Teh")));

    SECTION("a due customer without a suggestion has one CSV row with empty product cells")
    {
        const qint64 fresh = shop.customer(QStringLiteral("Baru"), QStringLiteral("mon"));
        static_cast<void>(fresh);
        QByteArray more;
        QBuffer out(&more);
        out.open(QIODevice::WriteOnly);
        CsvWriter csv(&out, CsvWriter::Bom::Without);
        TargetSheetService::writeCsv(csv, shop.sheet());
        SETIA_REQUIRE_OK(csv.commit());
        CHECK(
            QString::fromUtf8(more).contains(QStringLiteral("Andi,M000003,Baru,Utara,,,,,,\r\n")));
    }
}
