// Receivables arithmetic (SPEC §3) on the pure calculator: FIFO, aging and credit status.
#include "domain/Receivables.h"

#include "support/CatchQt.h"

using namespace setia;

namespace {

const QDate asOf(2026, 11, 22);

CreditSale creditSale(qint64 id, const QDate& date, int termsDays, qint64 amount)
{
    return CreditSale{id, QStringLiteral("PJ-%1").arg(id), date, date.addDays(termsDays), amount};
}

} // namespace

TEST_CASE("Payments go to the oldest credit sales first", "[receivables]")
{
    const QList<CreditSale> sales = {
        creditSale(2, QDate(2026, 10, 5), 30, 300'000),
        creditSale(1, QDate(2026, 9, 1), 30, 200'000),
        creditSale(3, QDate(2026, 11, 1), 30, 500'000),
    };
    SECTION("a partial payment covers the oldest and part of the next")
    {
        const auto s = ReceivableSummary::compute(sales, 350'000, asOf);
        CHECK(s.creditTotal == 1'000'000);
        CHECK(s.paymentsTotal == 350'000);
        CHECK(s.balance == 650'000);
        REQUIRE(s.open.size() == 2);
        CHECK(s.open.at(0).sale.saleId == 2);
        CHECK(s.open.at(0).paid == 150'000);
        CHECK(s.open.at(0).open == 150'000);
        CHECK(s.open.at(1).sale.saleId == 3);
        CHECK(s.open.at(1).open == 500'000);
    }
    SECTION("paying everything leaves nothing open")
    {
        const auto s = ReceivableSummary::compute(sales, 1'000'000, asOf);
        CHECK(s.balance == 0);
        CHECK(s.open.isEmpty());
        CHECK(s.status == CreditStatus::Current);
    }
    SECTION("an overpayment is held as credit: a negative balance, nothing open")
    {
        const auto s = ReceivableSummary::compute(sales, 1'250'000, asOf);
        CHECK(s.balance == -250'000);
        CHECK(s.open.isEmpty());
        // The credit covers the next credit sale.
        QList<CreditSale> more = sales;
        more.append(creditSale(4, QDate(2026, 11, 20), 30, 400'000));
        const auto next = ReceivableSummary::compute(more, 1'250'000, asOf);
        CHECK(next.balance == 150'000);
        REQUIRE(next.open.size() == 1);
        CHECK(next.open.at(0).paid == 250'000);
        CHECK(next.open.at(0).open == 150'000);
    }
    SECTION("no payment at all")
    {
        const auto s = ReceivableSummary::compute(sales, 0, asOf);
        CHECK(s.balance == 1'000'000);
        CHECK(s.open.size() == 3);
    }
}

TEST_CASE("Aging buckets and credit status on the day boundaries", "[receivables]")
{
    struct Case
    {
        int daysPastDue;
        qint64 Aging::*bucket;
        CreditStatus status;
    };
    const Case cases[] = {
        {-5, &Aging::notYetDue, CreditStatus::Current},
        {0, &Aging::notYetDue, CreditStatus::Current},
        {1, &Aging::days1to30, CreditStatus::Overdue},
        {30, &Aging::days1to30, CreditStatus::Overdue},
        {31, &Aging::days31to60, CreditStatus::Overdue},
        {60, &Aging::days31to60, CreditStatus::Overdue},
        {61, &Aging::days61to90, CreditStatus::Overdue},
        {90, &Aging::days61to90, CreditStatus::Overdue},
        {91, &Aging::over90, CreditStatus::Macet},
        {400, &Aging::over90, CreditStatus::Macet},
    };
    for (const Case& c : cases) {
        INFO("days past due: " << c.daysPastDue);
        // Due date = sale date + 30; the sale is dated so that asOf − due = daysPastDue.
        const QDate saleDate = asOf.addDays(-30 - c.daysPastDue);
        const auto s =
            ReceivableSummary::compute({creditSale(1, saleDate, 30, 125'000)}, 25'000, asOf);
        REQUIRE(s.open.size() == 1);
        CHECK(s.open.at(0).daysPastDue == c.daysPastDue);
        CHECK(s.aging.*(c.bucket) == 100'000);
        CHECK(s.aging.notYetDue + s.aging.overdue() == 100'000);
        CHECK(s.status == c.status);
        CHECK(s.oldestOverdueDays == std::max(0, c.daysPastDue));
        CHECK(s.dueByAsOf == (c.daysPastDue >= 0 ? 100'000 : 0));
    }
}

TEST_CASE("The oldest open sale decides the credit status", "[receivables]")
{
    // 200 000 is 95 days overdue, but a payment covers it: only the 40-day one stays.
    const QList<CreditSale> sales = {
        creditSale(1, asOf.addDays(-125), 30, 200'000),
        creditSale(2, asOf.addDays(-70), 30, 100'000),
    };
    CHECK(ReceivableSummary::compute(sales, 0, asOf).status == CreditStatus::Macet);
    const auto paid = ReceivableSummary::compute(sales, 200'000, asOf);
    CHECK(paid.status == CreditStatus::Overdue);
    CHECK(paid.oldestOverdueDays == 40);
    CHECK(receivables::statusId(paid.status) == QStringLiteral("overdue"));
}
