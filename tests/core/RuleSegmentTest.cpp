// Saved rule segments (SPEC §5): conditions on customer fields and measures joined by AND and
// OR, validation, saving; the thresholds in Settings; the cached segments and what makes
// them stale; tags in one step; the list narrowed to a subset; profitability with rewards.
#include "analytics/SegmentNames.h"
#include "analytics/SegmentRule.h"
#include "analytics/Segmentation.h"
#include "db/Database.h"
#include "services/CustomerCardService.h"
#include "services/LoyaltyService.h"
#include "services/ProfitabilityService.h"
#include "services/RuleSegmentService.h"
#include "services/SettingsService.h"
#include "stores/CustomerStore.h"
#include "support/SegmentShop.h"

using namespace setia;
using namespace setia::test;

namespace {

const QDate today = FixedClock::defaultNow().date();

RuleCondition is(RuleField field, RuleOperator op, const QString& value)
{
    return RuleCondition{field, op, value};
}

SegmentRule oneCondition(RuleField field, RuleOperator op, const QString& value)
{
    return SegmentRule{true, {RuleGroup{true, {is(field, op, value)}}}};
}

CustomerSegment segmentOf(Lifecycle lifecycle, int recencyDays, qint64 revenue)
{
    CustomerSegment s;
    s.lifecycle = lifecycle;
    s.recencyDays = recencyDays;
    s.activity.revenue = revenue;
    s.activity.city = QStringLiteral("Bandung");
    s.activity.area = QStringLiteral("Bandung Utara");
    s.activity.tags = {QStringLiteral("VIP"), QStringLiteral("Grosir")};
    s.activity.joined = QDate(2025, 3, 1);
    return s;
}

QStringList codes(const QList<CustomerSegment>& segments)
{
    QStringList all;
    for (const CustomerSegment& s : segments)
        all.append(s.activity.code);
    return all;
}

} // namespace

TEST_CASE("A condition compares by its field's kind", "[segments][rules]")
{
    const CustomerSegment passive = segmentOf(Lifecycle::Passive, 120, 2'500'000);
    using F = RuleField;
    using O = RuleOperator;
    CHECK(segmentRule::matches(is(F::Lifecycle, O::Is, QStringLiteral("passive")), passive));
    CHECK_FALSE(
        segmentRule::matches(is(F::Lifecycle, O::IsNot, QStringLiteral("passive")), passive));
    // Text ignores case; "contains" finds a part.
    CHECK(segmentRule::matches(is(F::City, O::Is, QStringLiteral("bandung")), passive));
    CHECK(segmentRule::matches(is(F::Area, O::Contains, QStringLiteral("utara")), passive));
    CHECK(segmentRule::matches(is(F::Area, O::LacksText, QStringLiteral("selatan")), passive));
    // A tag is had or not, whole and ignoring case.
    CHECK(segmentRule::matches(is(F::Tag, O::Is, QStringLiteral("vip")), passive));
    CHECK_FALSE(segmentRule::matches(is(F::Tag, O::Is, QStringLiteral("VI")), passive));
    CHECK(segmentRule::matches(is(F::Tag, O::IsNot, QStringLiteral("Eceran")), passive));
    // Numbers and amounts on both sides of the edge; amounts as people type them.
    CHECK(segmentRule::matches(is(F::RecencyDays, O::AtLeast, QStringLiteral("120")), passive));
    CHECK_FALSE(segmentRule::matches(is(F::RecencyDays, O::Above, QStringLiteral("120")), passive));
    CHECK(segmentRule::matches(is(F::Revenue365, O::AtLeast, QStringLiteral("Rp2.500.000")),
                               passive));
    CHECK_FALSE(
        segmentRule::matches(is(F::Revenue365, O::Above, QStringLiteral("2.500.000")), passive));
    CHECK(segmentRule::matches(is(F::Joined, O::Below, QStringLiteral("2025-03-02")), passive));
    CHECK_FALSE(
        segmentRule::matches(is(F::Joined, O::Below, QStringLiteral("2025-03-01")), passive));
    // No purchase means no recency and no scores: only "is not" holds.
    const CustomerSegment prospect = segmentOf(Lifecycle::Prospect, -1, 0);
    CHECK_FALSE(
        segmentRule::matches(is(F::RecencyDays, O::AtMost, QStringLiteral("9999")), prospect));
    CHECK(segmentRule::matches(is(F::RecencyDays, O::IsNot, QStringLiteral("5")), prospect));
    CHECK_FALSE(segmentRule::matches(is(F::R, O::AtLeast, QStringLiteral("1")), prospect));
    // No tier is a choice of its own.
    CHECK(segmentRule::matches(is(F::Tier, O::Is, QString()), prospect));
}

TEST_CASE("Groups join conditions by AND or OR, and groups join the same ways", "[segments][rules]")
{
    const CustomerSegment passive = segmentOf(Lifecycle::Passive, 120, 2'500'000);
    const RuleCondition isPassive{RuleField::Lifecycle, RuleOperator::Is,
                                  QStringLiteral("passive")};
    const RuleCondition isLost{RuleField::Lifecycle, RuleOperator::Is, QStringLiteral("lost")};
    const RuleCondition inJakarta{RuleField::City, RuleOperator::Is, QStringLiteral("Jakarta")};
    const RuleCondition rich{RuleField::Revenue365, RuleOperator::AtLeast,
                             QStringLiteral("1000000")};

    CHECK(
        segmentRule::matches(SegmentRule{true, {RuleGroup{false, {isPassive, isLost}}}}, passive));
    CHECK_FALSE(
        segmentRule::matches(SegmentRule{true, {RuleGroup{true, {isPassive, isLost}}}}, passive));
    // (passive OR lost) AND Jakarta: no; (passive OR lost) OR Jakarta: yes.
    const RuleGroup sleeping{false, {isPassive, isLost}};
    const RuleGroup jakarta{true, {inJakarta}};
    CHECK_FALSE(segmentRule::matches(SegmentRule{true, {sleeping, jakarta}}, passive));
    CHECK(segmentRule::matches(SegmentRule{false, {sleeping, jakarta}}, passive));
    CHECK(segmentRule::matches(SegmentRule{true, {sleeping, RuleGroup{true, {rich}}}}, passive));
    // An empty rule or group selects nobody.
    CHECK_FALSE(segmentRule::matches(SegmentRule{}, passive));
    CHECK_FALSE(segmentRule::matches(SegmentRule{true, {RuleGroup{}}}, passive));
}

TEST_CASE("A rule survives JSON, text that is not a rule is refused", "[segments][rules]")
{
    const SegmentRule rule{
        false,
        {RuleGroup{true,
                   {is(RuleField::Lifecycle, RuleOperator::Is, QStringLiteral("passive")),
                    is(RuleField::Revenue365, RuleOperator::AtLeast, QStringLiteral("1.000.000"))}},
         RuleGroup{false,
                   {is(RuleField::Tag, RuleOperator::IsNot, QStringLiteral("Toko \"A\""))}}}};
    const auto back = segmentRule::fromJson(segmentRule::toJson(rule));
    REQUIRE(back.has_value());
    CHECK(*back == rule);
    CHECK_FALSE(segmentRule::fromJson(QStringLiteral("not json")).has_value());
    CHECK_FALSE(segmentRule::fromJson(
                    QStringLiteral("{\"groups\":[{\"conditions\":[{\"field\":\"shoe_size\","
                                   "\"op\":\"is\",\"value\":\"42\"}]}]}"))
                    .has_value());
    for (RuleField field : segmentRule::fields())
        CHECK(segmentRule::fieldFromId(segmentRule::fieldId(field)) == field);
}

TEST_CASE("Only conditions that can be evaluated are valid", "[segments][rules]")
{
    using F = RuleField;
    using O = RuleOperator;
    CHECK(segmentRule::isValid(is(F::Lifecycle, O::Is, QStringLiteral("lost"))));
    CHECK_FALSE(segmentRule::isValid(is(F::Lifecycle, O::Is, QStringLiteral("sleepy"))));
    CHECK_FALSE(segmentRule::isValid(is(F::Lifecycle, O::AtLeast, QStringLiteral("lost"))));
    CHECK(segmentRule::isValid(is(F::Frequency, O::AtLeast, QStringLiteral("3"))));
    CHECK_FALSE(segmentRule::isValid(is(F::Frequency, O::AtLeast, QStringLiteral("3,5"))));
    CHECK_FALSE(segmentRule::isValid(is(F::Frequency, O::Contains, QStringLiteral("3"))));
    CHECK(segmentRule::isValid(is(F::Margin365, O::Below, QStringLiteral("-Rp50.000"))));
    CHECK_FALSE(segmentRule::isValid(is(F::Margin365, O::Below, QStringLiteral("Rp50.000,50"))));
    CHECK(segmentRule::isValid(is(F::Joined, O::AtLeast, QStringLiteral("2026-02-28"))));
    CHECK_FALSE(segmentRule::isValid(is(F::Joined, O::AtLeast, QStringLiteral("2026-02-30"))));
    CHECK_FALSE(segmentRule::isValid(is(F::City, O::Is, QStringLiteral("   "))));
}

TEST_CASE("Rule segments are saved by a unique name, checked, changed and removed",
          "[segments][rules]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    RuleSegmentService& service = backend->ruleSegments();
    RuleSegment draft{
        0, QStringLiteral("  Pasif   Utara "),
        oneCondition(RuleField::Lifecycle, RuleOperator::Is, QStringLiteral("passive"))};
    auto id = service.save(draft);
    SETIA_REQUIRE_OK(id);
    auto all = service.all();
    SETIA_REQUIRE_OK(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().name == QStringLiteral("Pasif Utara"));
    CHECK(all->first().rule == draft.rule);

    SECTION("a taken name, in any case, is refused")
    {
        RuleSegment other = draft;
        other.name = QStringLiteral("pasif utara");
        auto refused = service.save(other);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind() == Error::Kind::Duplicate);
    }
    SECTION("names: empty, too long")
    {
        RuleSegment other = draft;
        other.name = QStringLiteral("   ");
        CHECK(service.save(other).error().field() == QStringLiteral("name"));
        other.name = QString(RuleSegmentService::maxNameLength + 1, QLatin1Char('x'));
        CHECK(service.save(other).error().field() == QStringLiteral("name"));
    }
    SECTION("rules: no condition, an empty group, a value that does not fit")
    {
        RuleSegment other = draft;
        other.name = QStringLiteral("Lain");
        other.rule = SegmentRule{};
        CHECK(service.save(other).error().field() == QStringLiteral("rule"));
        other.rule.groups = {RuleGroup{}};
        CHECK(service.save(other).error().field() == QStringLiteral("rule"));
        other.rule =
            oneCondition(RuleField::Revenue365, RuleOperator::AtLeast, QStringLiteral("banyak"));
        CHECK(service.save(other).error().field() == QStringLiteral("rule"));
        SETIA_REQUIRE_OK(service.all());
        CHECK(service.all()->size() == 1);
    }
    SECTION("a change keeps the id; a removed segment is gone")
    {
        RuleSegment changed = all->first();
        changed.rule = oneCondition(RuleField::Lifecycle, RuleOperator::Is, QStringLiteral("lost"));
        auto again = service.save(changed);
        SETIA_REQUIRE_OK(again);
        CHECK(*again == *id);
        CHECK(service.all()->first().rule == changed.rule);
        SETIA_REQUIRE_OK(service.remove(*id));
        CHECK(service.all()->isEmpty());
        auto gone = service.save(changed);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error().kind() == Error::Kind::NotFound);
    }
}

TEST_CASE("Thresholds in Settings change every segment, the record card's lifecycle too",
          "[segments][settings]")
{
    Shop shop;
    const qint64 forty = shop.customer(QStringLiteral("Forty"));
    const qint64 newcomer = shop.customer(QStringLiteral("Newcomer"));
    shop.sell(forty, 40, shop.beras, 1000);
    shop.sell(newcomer, 20, shop.beras, 1000);
    SettingsService& settings = shop.backend->settings();

    auto before = shop.backend->segments().segmentOf(forty, today);
    SETIA_REQUIRE_OK(before);
    REQUIRE(before->has_value());
    CHECK((*before)->lifecycle == Lifecycle::Active);

    SegmentationRules rules;
    rules.activeDays = 30;
    rules.passiveDays = 60;
    rules.majorPercent = 40;
    SETIA_REQUIRE_OK(settings.setSegmentationRules(rules));
    auto after = shop.backend->segments().segmentOf(forty, today);
    SETIA_REQUIRE_OK(after);
    CHECK((*after)->lifecycle == Lifecycle::Passive);
    auto card = shop.backend->cards().card(forty, today);
    SETIA_REQUIRE_OK(card);
    CHECK(card->lifecycle == Lifecycle::Passive);
    // Both have a margin of Rp2.000: Forty (M000001) ranks first with nothing before it;
    // Newcomer has half the margin before it, not below 40 %: potential, having grown from
    // nothing in the 90 days before.
    auto first = shop.backend->segments().segmentOf(forty, today);
    auto second = shop.backend->segments().segmentOf(newcomer, today);
    SETIA_REQUIRE_OK(first);
    SETIA_REQUIRE_OK(second);
    CHECK((*first)->profit == ProfitGroup::Major);
    CHECK((*second)->profit == ProfitGroup::Potential);

    SECTION("kept in the file")
    {
        auto read = settings.segmentationRules();
        SETIA_REQUIRE_OK(read);
        CHECK(*read == rules);
    }
    SECTION("nonsense is refused and nothing changes")
    {
        SegmentationRules bad = rules;
        bad.passiveDays = 30; // not beyond active
        CHECK(settings.setSegmentationRules(bad).error().field() == QStringLiteral("passiveDays"));
        bad = rules;
        bad.bigPercent = 95;
        bad.regularPercent = 95;
        CHECK(settings.setSegmentationRules(bad).error().field() ==
              QStringLiteral("regularPercent"));
        bad = rules;
        bad.growthPercent = 99;
        CHECK(settings.setSegmentationRules(bad).error().field() ==
              QStringLiteral("growthPercent"));
        bad = rules;
        bad.remainingMonths = 0;
        CHECK(settings.setSegmentationRules(bad).error().field() ==
              QStringLiteral("remainingMonths"));
        CHECK(*settings.segmentationRules() == rules);
    }
}

TEST_CASE("Value: margin to date, next month's projection and a simple lifetime value",
          "[segments]")
{
    Shop shop;
    const qint64 id = shop.customer(QStringLiteral("Regular"));
    // 400 days ago (outside the window), 60 and 10 days ago: Rp10.000 each, margin 2.000.
    shop.sell(id, 400, shop.beras, 1000);
    shop.sell(id, 60, shop.beras, 1000);
    shop.sell(id, 10, shop.beras, 1000);
    auto segment = shop.backend->segments().segmentOf(id, today);
    SETIA_REQUIRE_OK(segment);
    const CustomerSegment& s = **segment;
    CHECK(s.marginEver == 6'000);
    CHECK(s.margin == 4'000);
    // The last 90 days: Rp20.000 / 3 = 6.666,67 → 6.667.
    CHECK(s.projectedMonth == 6'667);
    // 6.000 over 401 days = 13,37 months; × 24 months = 6.000 × 24 × 30 / 401 = 10.773,07.
    CHECK(s.lifetimeValue == 10'773);
    CHECK(segmentation::divideRounded(-5, 2) == -3);
    CHECK(segmentation::divideRounded(5, 2) == 3);
    CHECK(segmentation::divideRounded(4, -3) == -1);
}

TEST_CASE("Segments are computed once per date and again after any change", "[segments]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    auto backend = temp.open(path);
    const qint64 id = backend->customers().create(customerDraft(QStringLiteral("Ani")))->id;
    const SegmentService& segments = backend->segments();
    auto first = segments.snapshot(today);
    SETIA_REQUIRE_OK(first);
    auto again = segments.snapshot(today);
    CHECK(again->get() == first->get());
    auto otherDay = segments.snapshot(today.addDays(-1));
    CHECK(otherDay->get() != first->get());
    auto back = segments.snapshot(today);
    CHECK((*back)->customers.first().lifecycle == Lifecycle::Prospect);

    SECTION("a change through this Setia")
    {
        SETIA_REQUIRE_OK(backend->customers().changeTag({id}, QStringLiteral("VIP"), true));
        auto changed = segments.snapshot(today);
        CHECK(changed->get() != back->get());
        CHECK((*changed)->customers.first().activity.tags == QStringList{QStringLiteral("VIP")});
    }
    SECTION("a change by another program")
    {
        RawSqlite other(path);
        other.exec(QStringLiteral("UPDATE customers SET bad = 1"));
        auto changed = segments.snapshot(today);
        CHECK((*changed)->customers.first().lifecycle == Lifecycle::Bad);
    }
    SECTION("rule members come from the same numbers")
    {
        auto members = segments.members(
            oneCondition(RuleField::Lifecycle, RuleOperator::Is, QStringLiteral("prospect")),
            today);
        SETIA_REQUIRE_OK(members);
        CHECK(codes(*members) == QStringList{QStringLiteral("M000001")});
        auto none = segments.segmentOf(id + 100, today);
        SETIA_REQUIRE_OK(none);
        CHECK_FALSE(none->has_value());
    }
}

TEST_CASE("A tag is added to or removed from many customers in one step", "[segments][tags]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    CustomerService& customers = backend->customers();
    Customer tagged = customerDraft(QStringLiteral("Budi"));
    tagged.tags = {QStringLiteral("vip")};
    const qint64 budi = customers.create(tagged)->id;
    const qint64 cici = customers.create(customerDraft(QStringLiteral("Cici")))->id;
    const qint64 dodi = customers.create(customerDraft(QStringLiteral("Dodi")))->id;

    auto added = customers.changeTag({budi, cici, dodi}, QStringLiteral("  VIP "), true);
    SETIA_REQUIRE_OK(added);
    CHECK(*added == 2); // Budi had it, in another case
    CHECK(customers.find(budi)->value().tags == QStringList{QStringLiteral("vip")});
    CHECK(customers.find(cici)->value().tags == QStringList{QStringLiteral("VIP")});

    auto removed = customers.changeTag({budi, cici}, QStringLiteral("Vip"), false);
    SETIA_REQUIRE_OK(removed);
    CHECK(*removed == 2);
    CHECK(customers.find(budi)->value().tags.isEmpty());
    CHECK(customers.find(dodi)->value().tags == QStringList{QStringLiteral("VIP")});

    for (const QString& bad : {QString(), QStringLiteral("a,b"), QString(41, QLatin1Char('x'))}) {
        auto refused = customers.changeTag({budi}, bad, true);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field() == QStringLiteral("tags"));
    }
    CHECK(customers.find(budi)->value().tags.isEmpty());
}

TEST_CASE("The customer list narrowed to a subset pages, counts and searches within it",
          "[segments][customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    QList<qint64> ids;
    for (const QString& name :
         {QStringLiteral("Budi Santoso"), QStringLiteral("Budi Hartono"), QStringLiteral("Cici"),
          QStringLiteral("Dodi"), QStringLiteral("Bagus")})
        ids.append(backend->customers().create(customerDraft(name))->id);
    CustomerService& store = backend->customers();
    auto subset = store.subset({ids[0], ids[2], ids[4]});
    SETIA_REQUIRE_OK(subset);
    CustomerFilter filter;
    filter.subset = subset->id();
    CHECK(*store.count(filter) == 3);
    PageRequest request;
    request.limit = 2;
    auto page = store.page(filter, CustomerSort::Name, request);
    SETIA_REQUIRE_OK(page);
    REQUIRE(page->size() == 2);
    CHECK(page->at(0).name == QStringLiteral("Bagus"));
    CHECK(page->at(1).name == QStringLiteral("Budi Santoso"));
    request.after = page->last().key;
    CHECK(store.page(filter, CustomerSort::Name, request)->first().name == QStringLiteral("Cici"));

    filter.search = QStringLiteral("budi"); // the full-text index, narrowed again
    CHECK(*store.count(filter) == 1);
    filter.search = QStringLiteral("b"); // one letter: names starting with it
    CHECK(*store.count(filter) == 2);

    auto other = store.subset({ids[3]});
    SETIA_REQUIRE_OK(other);
    CHECK(other->id() != subset->id());
    SETIA_REQUIRE_OK(subset->drop());
    CHECK(subset->id() == 0);
    filter.search.clear();
    CHECK(*store.count(filter) == 0);
}

TEST_CASE("Profitability: sales − cost of goods − rewards = margin, rewards at cost and points",
          "[segments][profitability]")
{
    Shop shop;
    const qint64 ani = shop.customer(QStringLiteral("Ani"));
    shop.sell(ani, 10, shop.beras, 100'000); // Rp1.000.000, cost 800.000, earns 100 points
    SaleDraft points;
    points.customerId = ani;
    points.soldAt = QDateTime(today.addDays(-5), QTime(10, 0));
    points.lines = {SaleLineDraft{shop.beras, Quantity::fromUnits(1), {}, 0}};
    points.redeemPoints = 4; // Rp2.000 off
    SETIA_REQUIRE_OK(shop.backend->sales().record(points));
    SaleDraft reward;
    reward.customerId = ani;
    reward.soldAt = QDateTime(today.addDays(-3), QTime(10, 0));
    reward.lines = {SaleLineDraft{shop.beras, Quantity::fromUnits(1), {}, 0},
                    SaleLineDraft{shop.gula, Quantity::fromUnits(1), {}, 0, true}};
    SETIA_REQUIRE_OK(shop.backend->sales().record(reward));
    // A voided sale with points used counts for nothing.
    SaleDraft voided = points;
    voided.soldAt = QDateTime(today.addDays(-2), QTime(10, 0));
    auto gone = shop.backend->sales().record(voided);
    SETIA_REQUIRE_OK(gone);
    SETIA_REQUIRE_OK(shop.backend->sales().voidSale(gone->id, QStringLiteral("salah")));

    auto segments = shop.backend->segments().segments(today);
    SETIA_REQUIRE_OK(segments);
    auto rows = shop.backend->profitability().rows(*segments, today);
    SETIA_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    const ProfitabilityRow& row = rows->first();
    CHECK(row.sales == 1'020'000);     // 1.018.000 paid + 2.000 of points
    CHECK(row.costOfGoods == 816'000); // the Gula given free is a reward
    CHECK(row.rewards == 2'111);       // Gula at cost 111 + points 2.000
    CHECK(row.margin == 201'889);      // = margin_365
    CHECK(row.sales - row.costOfGoods - row.rewards == row.margin);
    CHECK(row.margin == segments->first().margin);
    CHECK(ProfitabilityService::marginPermille(row) == 198);
    CHECK(row.revenue90 == 1'018'000);
    CHECK(ProfitabilityService::trendText(row) == ProfitabilityService::tr("new"));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Bom::Without);
    ProfitabilityService::writeCsv(writer, *rows);
    SETIA_REQUIRE_OK(writer.commit());
    CHECK(QString::fromUtf8(bytes) ==
          QStringLiteral("code,name,sales,cost_of_goods,rewards,margin,margin_percent,revenue_90,"
                         "revenue_prev_90,profit_group\r\n"
                         "M000001,Ani,1020000,816000,2111,201889,19.8,1018000,0,major\r\n"));
}

TEST_CASE("The trend compares the last 90 days with the 90 before", "[segments][profitability]")
{
    ProfitabilityRow row;
    CHECK(ProfitabilityService::trendText(row) == QStringLiteral("—"));
    row.revenuePrev90 = 1000;
    row.revenue90 = 1250;
    CHECK(ProfitabilityService::trendText(row).startsWith(QStringLiteral("+25")));
    row.revenue90 = 900;
    CHECK(ProfitabilityService::trendText(row).startsWith(QStringLiteral("−10")));
    row.sales = 1000;
    row.margin = -5;
    CHECK(ProfitabilityService::marginPermille(row) == -5);
}

TEST_CASE("Each segment comes with its reason in words", "[segments]")
{
    const SegmentationRules rules;
    CustomerSegment s;
    s.lifecycle = Lifecycle::Passive;
    s.recencyDays = 120;
    CHECK(SegmentNames::lifecycleReason(s, rules) ==
          QStringLiteral("Last purchase 120 days ago (91 to 365) → passive"));
    s.lifecycle = Lifecycle::Active;
    s.recencyDays = 90;
    CHECK(SegmentNames::lifecycleReason(s, rules) ==
          QStringLiteral("Last purchase 90 days ago (at most 90) → active"));
    s.lifecycle = Lifecycle::Bad;
    CHECK(SegmentNames::lifecycleReason(s, rules).startsWith(QStringLiteral("Flagged")));

    s.activity.revenue = 1'250'000;
    s.tier = ContributionTier::Micro;
    CHECK(SegmentNames::tierReason(s, rules) ==
          QStringLiteral("Revenue Rp1.250.000 in 365 days, among the customers who bring the "
                         "last 5 % of revenue → micro"));
    s.tier = ContributionTier::None;
    CHECK(SegmentNames::tierReason(s, rules) ==
          QStringLiteral("No revenue in the last 365 days → no tier"));

    s.r = 4;
    s.f = 2;
    s.m = 3;
    s.recencyDays = 12;
    s.activity.frequency = 3;
    s.rfm = RfmSegment::PotentialLoyalist;
    CHECK(SegmentNames::rfmReason(s) ==
          QStringLiteral("R 4 (last purchase 12 days ago) · F 2 (3 purchases) · M 3 "
                         "(Rp1.250.000) → potential loyalist"));

    s.margin = 400'000;
    s.profit = ProfitGroup::Low;
    CHECK(SegmentNames::profitReason(s, rules) ==
          QStringLiteral("Margin Rp400.000, not growing → low"));
    s.profit = ProfitGroup::Potential;
    s.activity.firstSale = QDate(2025, 1, 1);
    s.activity.lastSale = today.addDays(-12);
    s.activity.revenue90 = 650'000;
    s.activity.revenuePrev90 = 500'000;
    CHECK(SegmentNames::profitReason(s, rules) ==
          QStringLiteral("Margin Rp400.000; revenue Rp650.000 in the last 90 days against "
                         "Rp500.000 in the 90 before → potential"));
    s.activity.firstSale = today.addDays(-40);
    CHECK(SegmentNames::profitReason(s, rules) ==
          QStringLiteral("Margin Rp400.000; first purchase 40 days ago → potential"));
}
