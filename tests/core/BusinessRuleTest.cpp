// Business rules ("when → then", issue 15): a customer fires a rule once for coming to match
// it — the senior salesperson for one who becomes big, one follow-up for one who turns at risk
// or nears their credit limit — each firing logged with why and what it did.
#include "analytics/BusinessRule.h"

#include "services/BusinessRuleService.h"
#include "services/CustomerCardService.h"
#include "services/FollowUpService.h"
#include "support/SegmentShop.h"

using namespace setia;
using namespace setia::test;

namespace {

BusinessRule rule(const QString& name, RuleField field, RuleOperator op, const QString& value)
{
    BusinessRule r;
    r.name = name;
    r.when.groups = {RuleGroup{true, {RuleCondition{field, op, value}}}};
    return r;
}

qint64 saveRule(Shop& shop, const BusinessRule& r)
{
    auto saved = shop.backend->businessRules().save(r);
    SETIA_REQUIRE_OK(saved);
    return *saved;
}

BusinessRuleService::Run runOn(Shop& shop, const QDate& day)
{
    auto run = shop.backend->businessRules().run(day);
    SETIA_REQUIRE_OK(run);
    return *run;
}

QString salespersonOf(Shop& shop, qint64 id)
{
    auto customer = shop.backend->customers().find(id);
    SETIA_REQUIRE_OK(customer);
    REQUIRE(customer->has_value());
    return (*customer)->salesperson;
}

qint64 withSalesperson(Shop& shop, const QString& name, const QString& salesperson)
{
    Customer draft = customerDraft(name);
    draft.salesperson = salesperson;
    auto saved = shop.backend->customers().create(draft);
    SETIA_REQUIRE_OK(saved);
    return saved->id;
}

} // namespace

TEST_CASE("A customer crossing into big gets the senior salesperson once", "[rules]")
{
    Shop shop;
    const QDate today = FixedClock::defaultNow().date();
    const qint64 a = withSalesperson(shop, QStringLiteral("Ani"), QString());
    const qint64 b = withSalesperson(shop, QStringLiteral("Bayu"), QString());
    const qint64 c = withSalesperson(shop, QStringLiteral("Citra"), QStringLiteral("Sari"));
    // Revenue 50 : 30 : 20 — Ani and Bayu are big, Citra regular.
    shop.sell(a, 30, shop.beras, 5'000);
    shop.sell(b, 30, shop.beras, 3'000);
    shop.sell(c, 30, shop.beras, 2'000);
    BusinessRule senior = rule(QStringLiteral("Pelanggan besar dilayani senior"), RuleField::Tier,
                               RuleOperator::Is, QStringLiteral("big"));
    senior.action = RuleAction::AssignSalesperson;
    senior.salespeople = {QStringLiteral("Budi")};
    saveRule(shop, senior);

    // The first run only learns who is big already: nobody "became" big.
    BusinessRuleService::Run first = runOn(shop, today.addDays(-10));
    CHECK(first.rules == 1);
    CHECK(first.matched == 2);
    CHECK(first.fired.isEmpty());
    CHECK(salespersonOf(shop, a).isEmpty());

    // Citra buys 60 more: 80 : 50 : 30 — she becomes big, Bayu drops to regular.
    shop.sell(c, 5, shop.beras, 6'000);
    BusinessRuleService::Run second = runOn(shop, today);
    REQUIRE(second.fired.size() == 1);
    const RuleFiring& fired = second.fired.first();
    CHECK(fired.customerId == c);
    CHECK(fired.ruleName == senior.name);
    CHECK(fired.asOf == today);
    CHECK(fired.firedAt == FixedClock::defaultNow());
    CHECK(fired.why == QStringLiteral("Contribution tier is Big"));
    CHECK(fired.what == QStringLiteral("Salesperson Budi (was Sari)"));
    CHECK(salespersonOf(shop, c) == QStringLiteral("Budi"));
    CHECK(salespersonOf(shop, b).isEmpty());
    // The firing is on her timeline, why with it.
    auto card = shop.backend->cards().card(c, today);
    SETIA_REQUIRE_OK(card);
    REQUIRE_FALSE(card->timeline.isEmpty());
    const TimelineEntry& top = card->timeline.first();
    CHECK(top.kind == TimelineKind::Rule);
    CHECK(top.what ==
          QStringLiteral("Pelanggan besar dilayani senior — Salesperson Budi (was Sari)"));
    CHECK(top.outcome == QStringLiteral("Contribution tier is Big"));

    // Recomputed again and again, and even when the owner gives her back to Sari while she
    // stays big, the same cause never fires twice.
    CHECK(runOn(shop, today).fired.isEmpty());
    CHECK(runOn(shop, today.addDays(1)).fired.isEmpty());
    Customer citra = **shop.backend->customers().find(c);
    citra.salesperson = QStringLiteral("Sari");
    SETIA_REQUIRE_OK(shop.backend->customers().update(citra));
    CHECK(runOn(shop, today.addDays(2)).fired.isEmpty());
    CHECK(salespersonOf(shop, c) == QStringLiteral("Sari"));

    auto log = shop.backend->businessRules().firings();
    SETIA_REQUIRE_OK(log);
    REQUIRE(log->size() == 1);
    CHECK(log->first().customerCode == citra.code);
    CHECK(log->first().customerName == QStringLiteral("Citra"));
    CHECK(log->first().why == fired.why);

    // Bayu fell out of big; when he comes back, that is a new cause.
    shop.sell(b, 1, shop.beras, 9'000);
    BusinessRuleService::Run back = runOn(shop, today);
    REQUIRE(back.fired.size() == 1);
    CHECK(back.fired.first().customerId == b);
    CHECK(back.fired.first().what == QStringLiteral("Salesperson Budi"));
}

TEST_CASE("Assigning from a list keeps a listed salesperson and gives the others the least "
          "loaded, the customers who already match included when the rule says so",
          "[rules]")
{
    Shop shop;
    const QDate today = FixedClock::defaultNow().date();
    const qint64 a = withSalesperson(shop, QStringLiteral("Ani"), QStringLiteral(" ani "));
    const qint64 b = withSalesperson(shop, QStringLiteral("Bayu"), QStringLiteral("Sari"));
    shop.sell(a, 10, shop.beras, 1'000);
    shop.sell(b, 10, shop.beras, 1'000);
    BusinessRule active = rule(QStringLiteral("Aktif"), RuleField::Lifecycle, RuleOperator::Is,
                               QStringLiteral("active"));
    active.action = RuleAction::AssignSalesperson;
    active.salespeople = {QStringLiteral("Ani"), QStringLiteral("Budi")};
    active.includeCurrent = true;
    saveRule(shop, active);
    BusinessRuleService::Run run = runOn(shop, today);
    // Ani's own " ani " is one of the list: nothing to do, nothing logged. Bayu gets Budi, who
    // serves nobody yet, rather than Ani, who serves one.
    REQUIRE(run.fired.size() == 1);
    CHECK(run.fired.first().customerId == b);
    CHECK(salespersonOf(shop, a) == QStringLiteral("ani"));
    CHECK(salespersonOf(shop, b) == QStringLiteral("Budi"));
    CHECK(businessRule::salespersonFor(
              QStringLiteral("Dodi"), {QStringLiteral("Ani"), QStringLiteral("Budi")},
              {{QStringLiteral("ani"), 3}, {QStringLiteral("budi"), 3}}) == QStringLiteral("Ani"));
}

TEST_CASE("A customer turning at risk gets one follow-up for their salesperson, not one per "
          "recompute",
          "[rules]")
{
    Shop shop;
    const QDate today = FixedClock::defaultNow().date();
    const qint64 x = withSalesperson(shop, QStringLiteral("Xena"), QStringLiteral("Sari"));
    for (int daysAgo : {60, 59, 58, 57})
        shop.sell(x, daysAgo, shop.gula, 1'000);
    const qint64 others[] = {
        shop.customer(QStringLiteral("Ani")), shop.customer(QStringLiteral("Bayu")),
        shop.customer(QStringLiteral("Citra")), shop.customer(QStringLiteral("Dodi"))};
    // Fewer purchases than Xena for three of them, more for one, all more recent.
    shop.sell(others[0], 5, shop.gula, 1'000);
    for (int daysAgo : {4, 3})
        shop.sell(others[1], daysAgo, shop.gula, 1'000);
    for (int daysAgo : {3, 2, 1})
        shop.sell(others[2], daysAgo, shop.gula, 1'000);
    for (int daysAgo : {10, 9, 8, 7, 6})
        shop.sell(others[3], daysAgo, shop.gula, 1'000);
    auto then = shop.backend->segments().segmentOf(x, today.addDays(-50));
    auto now = shop.backend->segments().segmentOf(x, today);
    SETIA_REQUIRE_OK(then);
    SETIA_REQUIRE_OK(now);
    REQUIRE((*then)->rfm != RfmSegment::AtRisk);
    REQUIRE((*now)->rfm == RfmSegment::AtRisk);

    BusinessRule atRisk = rule(QStringLiteral("Hampir hilang"), RuleField::RfmSegment,
                               RuleOperator::Is, QStringLiteral("at_risk"));
    atRisk.task = QStringLiteral("Telepon: tanyakan kabarnya");
    atRisk.dueInDays = 2;
    atRisk.staff = QStringLiteral("Pemilik");
    saveRule(shop, atRisk);
    CHECK(runOn(shop, today.addDays(-50)).fired.isEmpty());
    BusinessRuleService::Run turned = runOn(shop, today);
    REQUIRE(turned.fired.size() == 1);
    CHECK(turned.fired.first().why == QStringLiteral("RFM segment is At risk"));
    for (int day = 0; day < 3; ++day)
        CHECK(runOn(shop, today.addDays(day)).fired.isEmpty());

    auto followUps = shop.backend->followUps().forCustomer(x);
    SETIA_REQUIRE_OK(followUps);
    REQUIRE(followUps->size() == 1);
    const FollowUp& made = followUps->first();
    CHECK(made.staff == QStringLiteral("Sari"));
    CHECK(made.due == today.addDays(2));
    CHECK(made.task == atRisk.task);
    CHECK(made.createdBy == QStringLiteral("Rule \"Hampir hilang\""));
    CHECK(turned.fired.first().followUpId == made.id);
}

TEST_CASE("Reaching 90 percent of the credit limit makes a follow-up, for the rule's staff when "
          "the customer has no salesperson",
          "[rules]")
{
    Shop shop;
    const QDate today = FixedClock::defaultNow().date();
    const auto debtor = [&](const QString& name, int units) {
        Customer draft = customerDraft(name);
        draft.creditLimit = 1'000'000;
        draft.termsDays = 30;
        auto saved = shop.backend->customers().create(draft);
        SETIA_REQUIRE_OK(saved);
        SaleDraft sale;
        sale.customerId = saved->id;
        sale.payment = PaymentKind::Credit;
        sale.soldAt = QDateTime(today.addDays(-3), QTime(10, 0));
        sale.lines = {SaleLineDraft{shop.beras, Quantity::fromUnits(units), {}, 0}};
        SETIA_REQUIRE_OK(shop.backend->sales().record(sale));
        return saved->id;
    };
    const qint64 near = debtor(QStringLiteral("Nina"), 90);
    debtor(QStringLiteral("Oki"), 89);
    BusinessRule limit = rule(QStringLiteral("Limit kredit"), RuleField::CreditUsedPercent,
                              RuleOperator::AtLeast, QStringLiteral("90"));
    limit.task = QStringLiteral("Tagih sebelum belanja lagi");
    limit.staff = QStringLiteral("Pemilik");
    limit.includeCurrent = true;
    saveRule(shop, limit);
    BusinessRuleService::Run run = runOn(shop, today);
    REQUIRE(run.fired.size() == 1);
    CHECK(run.fired.first().customerId == near);
    CHECK(run.fired.first().why == QStringLiteral("Credit limit used (%) at least 90 (90)"));
    auto followUps = shop.backend->followUps().forCustomer(near);
    SETIA_REQUIRE_OK(followUps);
    REQUIRE(followUps->size() == 1);
    CHECK(followUps->first().staff == QStringLiteral("Pemilik"));
    CHECK(followUps->first().due == today);
}

TEST_CASE("A rule is checked before it is saved, and one that fired is switched off rather "
          "than removed",
          "[rules]")
{
    Shop shop;
    BusinessRuleService& rules = shop.backend->businessRules();
    BusinessRule r = rule(QStringLiteral("  Pasif  "), RuleField::Lifecycle, RuleOperator::Is,
                          QStringLiteral("passive"));
    SECTION("a follow-up needs what to do")
    {
        auto refused = rules.save(r);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind() == Error::Kind::Validation);
    }
    SECTION("an assignment needs a salesperson")
    {
        r.action = RuleAction::AssignSalesperson;
        r.salespeople = {QStringLiteral("  ")};
        CHECK_FALSE(rules.save(r).ok());
    }
    SECTION("a condition must fit its field")
    {
        r.task = QStringLiteral("Telepon");
        r.when.groups.first().conditions.first().value = QStringLiteral("kadang");
        CHECK_FALSE(rules.save(r).ok());
    }
    SECTION("pasted invisible characters and over-long names are refused, spaces tidied")
    {
        r.task = QStringLiteral("Telepon\u0007 dia");
        auto pasted = rules.save(r);
        REQUIRE_FALSE(pasted.ok());
        CHECK(pasted.error().message().contains(QStringLiteral("control characters")));
        r.task.clear();
        r.action = RuleAction::AssignSalesperson;
        r.salespeople = {QString(BusinessRuleService::maxSalespersonLength + 1, QLatin1Char('B'))};
        CHECK_FALSE(rules.save(r).ok());
        r.salespeople = {QStringLiteral("  Budi \t Santoso "), QStringLiteral("budi santoso")};
        const qint64 id = saveRule(shop, r);
        CHECK(rules.find(id)->salespeople == QStringList{QStringLiteral("Budi Santoso")});
    }
    SECTION("a due date within a year")
    {
        r.task = QStringLiteral("Telepon");
        r.dueInDays = 366;
        CHECK_FALSE(rules.save(r).ok());
    }
    SECTION("names are one each, ignoring case; a rule that never fired is removed")
    {
        r.task = QStringLiteral("Telepon");
        const qint64 id = saveRule(shop, r);
        CHECK(rules.find(id)->name == QStringLiteral("Pasif"));
        BusinessRule twin = r;
        twin.name = QStringLiteral("PASIF");
        auto taken = rules.save(twin);
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.error().kind() == Error::Kind::Duplicate);
        SETIA_REQUIRE_OK(rules.remove(id));
        CHECK(rules.find(id).error().kind() == Error::Kind::NotFound);
    }
    SECTION("a rule that fired stays, switched off, and then fires no more")
    {
        r.task = QStringLiteral("Telepon");
        r.includeCurrent = true;
        const qint64 id = saveRule(shop, r);
        const qint64 p = shop.customer(QStringLiteral("Puspa"));
        shop.sell(p, 200, shop.beras, 1'000);
        REQUIRE(runOn(shop, FixedClock::defaultNow().date()).fired.size() == 1);
        CHECK_FALSE(rules.remove(id).ok());
        BusinessRule off = *rules.find(id);
        off.enabled = false;
        saveRule(shop, off);
        const qint64 q = shop.customer(QStringLiteral("Qori"));
        shop.sell(q, 200, shop.beras, 1'000);
        BusinessRuleService::Run quiet = runOn(shop, FixedClock::defaultNow().date());
        CHECK(quiet.rules == 0);
        CHECK(quiet.fired.isEmpty());
        CHECK(rules.firings()->size() == 1);
    }
}
