// Campaigns against a holdout (SPEC §15): who is in the audience, who is held out by the hash,
// what counts as a response, and the result — each checked against a computation done here by
// hand, through setia-cli as a shop's script would run it.
#include "analytics/CampaignOutcome.h"
#include "analytics/Holdout.h"
#include "domain/PhoneNumber.h"
#include "domain/SmsLength.h"
#include "services/CampaignService.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "services/ProductService.h"
#include "services/RuleSegmentService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/CliProcess.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <cmath>

using namespace setia;
using namespace setia::test;

namespace {

QStringList lines(const QString& out)
{
    return out.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
}

// SPEC §15 read literally: the first 8 characters of the lowercase hex digest as a number.
bool heldOutByHand(const QString& code, const QString& memberCode, double share)
{
    const QByteArray hex = QCryptographicHash::hash((code + QLatin1Char(':') + memberCode).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex();
    return double(hex.left(8).toULongLong(nullptr, 16)) < share * 4294967296.0;
}

// Fisher's one-sided p by the hypergeometric sum, in long double binomials.
double fisherByHand(int a, int nT, int c, int nH)
{
    auto choose = [](int n, int k) {
        long double r = 1;
        for (int i = 1; i <= k; ++i)
            r = r * (n - k + i) / i;
        return r;
    };
    const int k = a + c;
    long double p = 0;
    for (int x = a; x <= std::min(k, nT); ++x)
        p += choose(k, x) * choose(nT + nH - k, nT - x);
    return double(p / choose(nT + nH, nT));
}

struct Shop
{
    qint64 product = 0;
    QList<qint64> customers; // by member code M000001 …
};

// Ten customers who may get the message, five who may not (SPEC §15's filters), and their
// sales around a window of 2–15 November 2026.
Shop craftedShop(Backend& backend)
{
    Shop shop;
    auto product = backend.products().create(
        productDraft(QStringLiteral("KOPI"), QStringLiteral("Kopi"), 1, 1));
    REQUIRE(product.ok());
    shop.product = product->id;
    const char* names[] = {"Ani",   "Budi", "Citra", "Dedi", "Eka",  "Fajar", "Gita", "Hadi",
                           "Indah", "Joko", "Kiki",  "Lina", "Maya", "Nina",  "Oki"};
    for (int i = 0; i < 15; ++i) {
        Customer draft =
            customerDraft(QString::fromLatin1(names[i]),
                          QStringLiteral("0812-1000-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        draft.consent.whatsApp.granted = true;
        draft.address = QStringLiteral("Jl. Melati %1").arg(i + 1);
        if (i == 10)
            draft.consent.whatsApp.granted = false; // Kiki: no consent
        if (i == 11) {
            draft.bad = true; // Lina
            draft.badReason = QStringLiteral("Utang macet");
        }
        if (i == 12)
            draft.phone.clear(); // Maya: no phone
        if (i == 13)
            draft.whatsApp = false; // Nina: her phone takes no WhatsApp
        auto saved = backend.customers().create(draft);
        REQUIRE(saved.ok());
        shop.customers.append(saved->id);
    }
    REQUIRE(backend.customers().setArchived(shop.customers.at(14), true).ok()); // Oki
    return shop;
}

qint64 sell(Backend& backend, const Shop& shop, int member, const QDate& day, qint64 amount)
{
    SaleDraft draft;
    draft.customerId = shop.customers.at(member - 1);
    draft.soldAt = QDateTime(day, QTime(11, 0));
    draft.lines = {SaleLineDraft{shop.product, Quantity::fromUnits(1), amount, 0}};
    auto sale = backend.sales().record(draft);
    REQUIRE(sale.ok());
    return sale->id;
}

} // namespace

TEST_CASE("A customer is held out by the first 8 hex digits of SHA-256(code:member code)",
          "[campaign]")
{
    // Digests worked out apart from Setia (Python's hashlib): WA-DES:M000004 → 1750a968,
    // WA-DES:M000001 → 5025e402, WA-DES:M000002 → e34c5255.
    CHECK(holdout::draw(QStringLiteral("WA-DES"), QStringLiteral("M000004")) == 0x1750a968u);
    CHECK(holdout::draw(QStringLiteral("WA-DES"), QStringLiteral("M000001")) == 0x5025e402u);
    CHECK(holdout::draw(QStringLiteral("WA-DES"), QStringLiteral("M000002")) == 0xe34c5255u);
    // 0x1750a968 = 391 162 216 < 0.1 × 2³² = 429 496 729.6; 0x5025e402 is not.
    CHECK(holdout::isHeldOut(QStringLiteral("WA-DES"), QStringLiteral("M000004"), 100'000));
    CHECK_FALSE(holdout::isHeldOut(QStringLiteral("WA-DES"), QStringLiteral("M000001"), 100'000));
    CHECK(holdout::isHeldOut(QStringLiteral("WA-DES"), QStringLiteral("M000001"), 500'000));
    CHECK_FALSE(holdout::isHeldOut(QStringLiteral("WA-DES"), QStringLiteral("M000004"), 0));
    // The exact edge: a draw of 429 496 729 is below 0.1 × 2³², 429 496 730 is not —
    // held out iff draw × 10⁶ < ppm × 2³².
    for (int i = 1; i <= 200; ++i) {
        const QString member = QStringLiteral("M%1").arg(i, 6, 10, QLatin1Char('0'));
        for (int ppm : {0, 100'000, 250'000, 333'333, 500'000})
            CHECK(holdout::isHeldOut(QStringLiteral("K"), member, ppm) ==
                  heldOutByHand(QStringLiteral("K"), member, ppm / 1e6));
    }
    CHECK(holdout::parseShare(QStringLiteral("0.10")) == 100'000);
    CHECK(holdout::parseShare(QStringLiteral("0,25")) == 250'000);
    CHECK(holdout::parseShare(QStringLiteral("10%")) == 100'000);
    CHECK(holdout::parseShare(QStringLiteral("0")) == 0);
    CHECK(holdout::parseShare(QStringLiteral(".5")) == 500'000);
    CHECK(holdout::parseShare(QStringLiteral("0.123456")) == 123'456);
    for (const char* bad : {"", "0.6", "-0.1", "0.1234567", "abc", "1", "0.1.2", "0x1", "51%"})
        CHECK_FALSE(holdout::parseShare(QString::fromLatin1(bad)).has_value());
    CHECK(holdout::formatShare(100'000) == QStringLiteral("0.1"));
    CHECK(holdout::formatShare(0) == QStringLiteral("0"));
}

TEST_CASE("Fisher's one-sided p matches known values for small counts", "[campaign]")
{
    // [[3, 1], [1, 3]]: P(X ≥ 3) = (16 + 1) / 70.
    CHECK(std::abs(CampaignOutcome::fisherOneSided(3, 4, 1, 4) - 17.0 / 70) < 1e-12);
    // [[5, 0], [0, 5]]: 1 / C(10, 5).
    CHECK(std::abs(CampaignOutcome::fisherOneSided(5, 5, 0, 5) - 1.0 / 252) < 1e-12);
    CHECK(CampaignOutcome::fisherOneSided(0, 5, 3, 5) == 1.0);
    CHECK(std::abs(CampaignOutcome::fisherOneSided(1, 10, 0, 10) - 0.5) < 1e-12);
    // 0.0636930636… and 0.0105082941… (Python's math.comb).
    CHECK(std::abs(CampaignOutcome::fisherOneSided(7, 20, 2, 20) - 0.0636930636930637) < 1e-12);
    CHECK(std::abs(CampaignOutcome::fisherOneSided(40, 100, 10, 50) - 0.010508294152742332) <
          1e-10);
    for (auto [a, nT, c, nH] : {std::array{2, 9, 1, 3}, std::array{12, 40, 3, 15},
                                std::array{0, 0, 0, 4}, std::array{6, 6, 1, 1}}) {
        INFO(a << "/" << nT << " against " << c << "/" << nH);
        CHECK(std::abs(CampaignOutcome::fisherOneSided(a, nT, c, nH) - fisherByHand(a, nT, c, nH)) <
              1e-12);
    }
    // Large audiences stay finite and in range.
    const double big = CampaignOutcome::fisherOneSided(9'000, 90'000, 800, 10'000);
    CHECK(big >= 0.0);
    CHECK(big < 1e-6);
}

TEST_CASE("Uplift and incremental revenue are exact, rounded half away", "[campaign]")
{
    const CampaignOutcome o = CampaignOutcome::of({6, 3, 175'000}, {4, 1, 50'001});
    CHECK(o.upliftTenths == 250);
    // (175 000 / 6 − 50 001 / 4) × 6 = 99 998.5 → 99 999.
    CHECK(o.incrementalRevenue == 99'999);
    // 1/3 − 0 = 33.333… points → 33.3; 2/3 → 66.7; −1/6 → −16.7.
    CHECK(CampaignOutcome::of({3, 1, 0}, {2, 0, 0}).upliftTenths == 333);
    CHECK(CampaignOutcome::of({3, 2, 0}, {2, 0, 0}).upliftTenths == 667);
    CHECK(CampaignOutcome::of({6, 0, 0}, {6, 1, 0}).upliftTenths == -167);
    CHECK(CampaignOutcome::of({2, 0, 0}, {4, 0, 3}).incrementalRevenue == -2); // −1.5 → −2
    const CampaignOutcome noHoldout = CampaignOutcome::of({10, 4, 100}, {0, 0, 0});
    CHECK_FALSE(noHoldout.upliftTenths.has_value());
    CHECK_FALSE(noHoldout.incrementalRevenue.has_value());
    CHECK_FALSE(noHoldout.pValue.has_value());
    // The smallest lift: 180 against 20 at a 50 % base rate is about 29 points; 10 times the
    // customers about a third of it.
    CHECK(CampaignOutcome::detectableLiftPoints(180, 20, 500'000) == 29);
    CHECK(CampaignOutcome::detectableLiftPoints(1800, 200, 500'000) == 9);
    CHECK_FALSE(CampaignOutcome::detectableLiftPoints(200, 0, 500'000).has_value());
}

TEST_CASE("setia-cli campaign members and result equal SPEC 15 worked by hand", "[cli][campaign]")
{
    TempDatabase temp;
    const QString db = temp.path(QStringLiteral("kampanye.db"));
    const QDate start(2026, 11, 2); // window of 14 days: 2 … 15 November
    {
        auto backend = temp.open(db);
        const Shop shop = craftedShop(*backend);
        sell(*backend, shop, 1, start, 100'000);              // Ani: on the first day
        sell(*backend, shop, 2, start.addDays(13), 50'000);   // Budi: on the last day
        sell(*backend, shop, 3, start.addDays(14), 70'000);   // Citra: the day after
        sell(*backend, shop, 4, QDate(2026, 10, 20), 80'000); // Dedi: before the start
        const qint64 voided = sell(*backend, shop, 5, start.addDays(3), 90'000); // Eka
        REQUIRE(backend->sales().voidSale(voided, QStringLiteral("Salah input")).ok());
        sell(*backend, shop, 7, start.addDays(-1), 60'000); // Gita: the day before
        sell(*backend, shop, 8, start.addDays(2), 30'001);  // Hadi: twice
        sell(*backend, shop, 8, start.addDays(9), 20'000);
        sell(*backend, shop, 9, start.addDays(5), 10'000); // Indah: twice
        sell(*backend, shop, 9, start.addDays(6), 15'000);
        sell(*backend, shop, 11, start.addDays(1), 40'000); // Kiki: left out anyway
    }
    const QStringList dbArgs{QStringLiteral("--db"), db};
    const CliRun created = runCli(
        temp.folder(),
        dbArgs + args({"campaign", "create", "--code", "WA-DES", "--audience", "all", "--start",
                       "2026-11-02", "--holdout", "0.3", "--channel", "whatsapp", "--message",
                       "Halo {nama}, ada {tawaran} di {toko}!", "--offer", "kopi gratis"}));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("customers: 10\n")));
    CHECK(created.out.contains(QStringLiteral("left_out_bad: 1\n")));
    CHECK(created.out.contains(QStringLiteral("left_out_no_consent: 1\n")));
    CHECK(created.out.contains(QStringLiteral("left_out_unreachable: 2\n")));

    // By hand: M000001 … M000010 reach the message's filters; the hash with H = 0.3 holds out
    // 4, 6, 8 and 10 (1750a968, 1db21690, 3fafef13, 2783c29f are below 0x4ccccccc.cc).
    QStringList expected{QStringLiteral("code,name,group,phone")};
    const char* names[] = {"Ani",   "Budi", "Citra", "Dedi",  "Eka",
                           "Fajar", "Gita", "Hadi",  "Indah", "Joko"};
    for (int i = 1; i <= 10; ++i) {
        const QString code = QStringLiteral("M%1").arg(i, 6, 10, QLatin1Char('0'));
        const bool held = heldOutByHand(QStringLiteral("WA-DES"), code, 0.3);
        CHECK(held == (i == 4 || i == 6 || i == 8 || i == 10));
        expected.append(QStringLiteral("%1,%2,%3,+628121000%4")
                            .arg(code, QString::fromLatin1(names[i - 1]),
                                 held ? QStringLiteral("holdout") : QStringLiteral("treatment"))
                            .arg(i, 4, 10, QLatin1Char('0')));
    }
    const QString membersFile = temp.path(QStringLiteral("anggota.csv"));
    const CliRun members =
        runCli(temp.folder(),
               dbArgs + args({"campaign", "members", "WA-DES", "-o"}) + QStringList{membersFile});
    REQUIRE(members.exitCode == 0);
    QFile file(membersFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString written = QString::fromUtf8(file.readAll());
    if (written.startsWith(QChar(0xFEFF)))
        written.remove(0, 1);
    CHECK(lines(written) == expected);

    // Treatment 1, 2, 3, 5, 7, 9: responders Ani (first day), Budi (last day), Indah — not
    // Citra (the day after), Eka (voided), Gita (the day before). Revenue 100 000 + 50 000 +
    // 25 000. Holdout 4, 6, 8, 10: Hadi only, 50 001.
    const int nT = 6, rT = 3, nH = 4, rH = 1;
    const double uplift = (double(rT) / nT - double(rH) / nH) * 100;  // 25.0
    const double incremental = (175'000.0 / nT - 50'001.0 / nH) * nT; // 99 998.5
    const double p = fisherByHand(rT, nT, rH, nH);                    // 0.4524
    const CliRun result = runCli(temp.folder(), dbArgs + args({"campaign", "result", "WA-DES"}));
    REQUIRE(result.exitCode == 0);
    CHECK(lines(result.out) ==
          QStringList{
              QStringLiteral("treatment_customers: %1").arg(nT),
              QStringLiteral("treatment_responders: %1").arg(rT),
              QStringLiteral("holdout_customers: %1").arg(nH),
              QStringLiteral("holdout_responders: %1").arg(rH),
              QStringLiteral("uplift_points: %1").arg(uplift, 0, 'f', 1),
              QStringLiteral("incremental_revenue: %1")
                  .arg(qint64(std::copysign(std::floor(std::abs(incremental) + 0.5), incremental))),
              QStringLiteral("p_value: %1").arg(p, 0, 'f', 4)});
    CHECK(result.out.contains(QStringLiteral("incremental_revenue: 99999\n")));
    CHECK(result.out.contains(QStringLiteral("p_value: 0.4524\n")));

    // The messages for a bulk sender: the treatment only, filled in, phones as 62….
    const QString messagesFile = temp.path(QStringLiteral("pesan.csv"));
    REQUIRE(runCli(temp.folder(), dbArgs + args({"campaign", "messages", "WA-DES", "-o"}) +
                                      QStringList{messagesFile})
                .exitCode == 0);
    QFile messages(messagesFile);
    REQUIRE(messages.open(QIODevice::ReadOnly));
    const QStringList rows = lines(QString::fromUtf8(messages.readAll()));
    REQUIRE(rows.size() == 7);
    CHECK(rows.at(1).startsWith(QStringLiteral("6281210000001,Ani,")));
    CHECK(rows.at(1).contains(QStringLiteral("Halo Ani, ada kopi gratis di ")));
}

TEST_CASE("setia-cli campaign refuses what it cannot do and writes nothing", "[cli][campaign]")
{
    TempDatabase temp;
    const QString db = temp.path(QStringLiteral("kampanye.db"));
    {
        auto backend = temp.open(db);
        craftedShop(*backend);
    }
    const QStringList dbArgs{QStringLiteral("--db"), db};
    const QStringList base =
        dbArgs + args({"campaign", "create", "--code", "K1", "--start", "2026-11-02", "--channel",
                       "whatsapp", "--message", "Halo {nama}"});
    // Usage errors (exit 2): a missing option, a bad channel, date, window or share.
    for (const QStringList& wrong :
         {args({"campaign"}), args({"campaign", "send", "K1"}), args({"campaign", "result"}),
          args({"campaign", "members", "K1"}), base,
          base + args({"--audience", "all", "--channel", "email"}),
          base + args({"--audience", "all", "--window", "0"}),
          base + args({"--audience", "all", "--holdout", "0.7"}),
          base + args({"--audience", "all", "--start", "2026-13-01"})}) {
        INFO(wrong.join(QLatin1Char(' ')).toStdString());
        CHECK(runCli(temp.folder(), wrong).exitCode == 2);
    }
    // Refused by the service (exit 1): an unknown segment, an unknown token, nobody reachable.
    const CliRun unknown = runCli(temp.folder(), base + args({"--audience", "pelanggan_setia"}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("at_risk")));
    const CliRun token =
        runCli(temp.folder(), dbArgs + args({"campaign", "create", "--code", "K1", "--audience",
                                             "all", "--start", "2026-11-02", "--channel", "sms",
                                             "--message", "Bayar {jatuh_tempo}"}));
    CHECK(token.exitCode == 1);
    CHECK(token.err.contains(QStringLiteral("{jatuh_tempo}")));
    // Nobody agreed to SMS.
    const CliRun nobody =
        runCli(temp.folder(),
               dbArgs + args({"campaign", "create", "--code", "K1", "--audience", "all", "--start",
                              "2026-11-02", "--channel", "sms", "--message", "Halo"}));
    CHECK(nobody.exitCode == 1);
    CHECK(runCli(temp.folder(), dbArgs + args({"campaign", "result", "K1"})).exitCode == 1);
    // Made once; the same code again is refused.
    REQUIRE(runCli(temp.folder(), base + args({"--audience", "all"})).exitCode == 0);
    const CliRun again = runCli(temp.folder(), base + args({"--audience", "all"}));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("K1")));
    RawSqlite file(db);
    CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt() == 1);
    // A customer on both sides cannot be written.
    QSqlQuery both(file.connection());
    CHECK_FALSE(both.exec(QStringLiteral("INSERT INTO campaign_members (campaign_id, customer_id,"
                                         " arm, code, name) SELECT campaign_id, customer_id,"
                                         " 'holdout', code, name FROM campaign_members"
                                         " WHERE arm = 'treatment' LIMIT 1")));
    CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM campaign_members")).toInt() == 10);
}

TEST_CASE("A campaign's audience: consent per channel, reachability, segments as of the start",
          "[campaign]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const Shop shop = craftedShop(*backend);
    // Budi agreed to SMS only; Citra to nothing of marketing but has an address.
    for (int member : {2, 3}) {
        auto c = backend->customers().find(shop.customers.at(member - 1));
        REQUIRE(c.ok());
        Customer changed = **c;
        changed.consent.whatsApp.granted = false;
        changed.consent.sms.granted = member == 2;
        REQUIRE(backend->customers().update(changed).ok());
    }
    sell(*backend, shop, 1, QDate(2026, 10, 1), 10'000); // Ani active on 2 November
    sell(*backend, shop, 2, QDate(2025, 12, 1), 10'000); // Budi passive

    Campaign draft;
    draft.code = QStringLiteral("C1");
    draft.audience = QStringLiteral("all");
    draft.start = QDate(2026, 11, 2);
    draft.message = QStringLiteral("Halo {nama}");
    auto preview = [&](CampaignChannel channel, const QString& audience) {
        draft.channel = channel;
        draft.audience = audience;
        auto a = backend->campaigns().preview(draft);
        REQUIRE(a.ok());
        QStringList codes;
        for (const CampaignMember& m : a->members)
            codes.append(m.code);
        return codes;
    };
    // WhatsApp: consent on WhatsApp and a phone that takes it.
    CHECK(preview(CampaignChannel::WhatsApp, QStringLiteral("all")).size() == 8);
    // SMS: Budi only. A letter or a call: any marketing consent, and an address or a phone.
    CHECK(preview(CampaignChannel::Sms, QStringLiteral("all")) ==
          QStringList{QStringLiteral("M000002")});
    const QStringList letter = preview(CampaignChannel::Letter, QStringLiteral("all"));
    CHECK(letter.contains(QStringLiteral("M000002")));
    CHECK_FALSE(letter.contains(QStringLiteral("M000003")));
    CHECK(letter.contains(QStringLiteral("M000013"))); // Maya: no phone, an address
    CHECK(letter.contains(QStringLiteral("M000014"))); // Nina: no WhatsApp
    CHECK(letter.size() == 11);
    const QStringList call = preview(CampaignChannel::Call, QStringLiteral("all"));
    CHECK_FALSE(call.contains(QStringLiteral("M000013")));
    CHECK(call.contains(QStringLiteral("M000014")));
    // Segments as of the start: Ani active, Budi passive (and WhatsApp-less now).
    CHECK(preview(CampaignChannel::WhatsApp, QStringLiteral("active")) ==
          QStringList{QStringLiteral("M000001")});
    CHECK(preview(CampaignChannel::Sms, QStringLiteral("passive")) ==
          QStringList{QStringLiteral("M000002")});
    CHECK(preview(CampaignChannel::WhatsApp, QStringLiteral("bad")).isEmpty());
    CHECK(preview(CampaignChannel::WhatsApp, QStringLiteral("prospect")).size() == 7);
    // A saved rule segment by its name, in any case.
    RuleSegment rule;
    rule.name = QStringLiteral("Pembeli Oktober");
    rule.rule.groups = {RuleGroup{
        true, {RuleCondition{RuleField::Lifecycle, RuleOperator::Is, QStringLiteral("active")}}}};
    REQUIRE(backend->ruleSegments().save(rule).ok());
    CHECK(preview(CampaignChannel::WhatsApp, QStringLiteral("pembeli oktober")) ==
          QStringList{QStringLiteral("M000001")});

    // Frozen at creation: what changes afterwards does not move anyone.
    draft.channel = CampaignChannel::WhatsApp;
    draft.audience = QStringLiteral("all");
    draft.holdoutPpm = 0;
    auto created = backend->campaigns().create(draft);
    REQUIRE(created.ok());
    CHECK(created->name == QStringLiteral("C1"));
    REQUIRE(backend->customers().setArchived(shop.customers.at(0), true).ok());
    auto frozen = backend->campaigns().members(created->id);
    REQUIRE(frozen.ok());
    CHECK(frozen->size() == 8);
    // Without a holdout there is nothing to compare.
    auto result = backend->campaigns().result(created->id);
    REQUIRE(result.ok());
    CHECK(result->overall.treatment.customers == 8);
    CHECK_FALSE(result->overall.upliftTenths.has_value());
    CHECK(result->final);
}

TEST_CASE("A campaign's message: checked, filled in per customer, logged once when sent",
          "[campaign][whatsapp]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const Shop shop = craftedShop(*backend);
    Campaign draft;
    draft.code = QStringLiteral("C2");
    draft.audience = QStringLiteral("all");
    draft.start = QDate(2026, 11, 20);
    draft.holdoutPpm = 0;
    for (const auto& [message, field] : {std::pair{QStringLiteral(" \u200b "), "message"},
                                         std::pair{QStringLiteral("Halo\u0007"), "message"},
                                         std::pair{QString(1001, QLatin1Char('x')), "message"},
                                         std::pair{QStringLiteral("Halo {Nama}"), "message"}}) {
        draft.message = message;
        auto refused = backend->campaigns().create(draft);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field() == QLatin1String(field));
    }
    draft.message = QStringLiteral("Halo {nama} ({kode})");
    draft.code = QStringLiteral("dua kata");
    CHECK(backend->campaigns().create(draft).error().field() == QLatin1String("code"));
    draft.code = QStringLiteral("C2");
    draft.message = QString(995, QLatin1Char('x')) + QStringLiteral("{nama}");
    // Filled in, the longest names (Citra, Fajar, Indah) make 1 000 characters: allowed.
    CHECK(backend->campaigns().create(draft).ok());
    draft.code = QStringLiteral("C3");
    draft.message = QString(997, QLatin1Char('x')) + QStringLiteral("{nama}");
    auto over = backend->campaigns().create(draft); // Budi's makes 1 001
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().message().contains(QStringLiteral("Budi")));
    CHECK(over.error().message().contains(QStringLiteral("1001")));

    draft.code = QStringLiteral("C4");
    draft.message = QStringLiteral("Halo {nama} & teman #1 + 😀\nSampai jumpa");
    auto created = backend->campaigns().create(draft);
    REQUIRE(created.ok());
    auto messages = backend->campaigns().messages(created->id);
    REQUIRE(messages.ok());
    REQUIRE(messages->size() == 10);
    const CampaignMessage& ani = messages->first();
    CHECK(ani.text == QStringLiteral("Halo Ani & teman #1 + 😀\nSampai jumpa"));
    // SPEC §15: UTF-8 percent-encoded, + as %2B, space as %20.
    CHECK(ani.url == QStringLiteral("https://wa.me/6281210000001?text=Halo%20Ani%20%26%20teman%20"
                                    "%231%20%2B%20%F0%9F%98%80%0ASampai%20jumpa"));
    CHECK(ani.smsParts == 1); // the emoji makes it UCS-2: 36 units of 70
    REQUIRE(backend->campaigns().markSent({ani}).ok());
    REQUIRE(backend->campaigns().markSent({ani}).ok()); // a second Enter logs nothing more
    auto timeline = backend->interactions().forCustomer(shop.customers.at(0));
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 1);
    CHECK(timeline->first().kind == InteractionKind::WhatsApp);
    CHECK(timeline->first().outcome.contains(QStringLiteral("C4")));
    auto members = backend->campaigns().members(created->id);
    REQUIRE(members.ok());
    CHECK(members->first().sentAt.isValid());
    CHECK_FALSE(members->at(1).sentAt.isValid());
    // The first message sent launched it: it can no longer change.
    auto launched = backend->campaigns().find(created->id);
    REQUIRE(launched.ok());
    CHECK(launched->launchedAt == temp.clock().now());
    Campaign changed = *created;
    changed.message = QStringLiteral("Lain");
    CHECK_FALSE(backend->campaigns().update(changed).ok());
    CHECK_FALSE(backend->campaigns().remove(created->id).ok());
}

TEST_CASE("An SMS's parts: 160 GSM-7 characters or 70 others in one, 153 or 67 per part",
          "[campaign]")
{
    CHECK(SmsLength::of(QString()).parts == 0);
    CHECK(SmsLength::of(QString(160, QLatin1Char('a'))).parts == 1);
    CHECK(SmsLength::of(QString(161, QLatin1Char('a'))).parts == 2);
    CHECK(SmsLength::of(QString(306, QLatin1Char('a'))).parts == 2);
    CHECK(SmsLength::of(QString(307, QLatin1Char('a'))).parts == 3);
    // The extension's characters take two septets each.
    CHECK(SmsLength::of(QString(80, QChar(0x20AC))).units == 160);
    CHECK(SmsLength::of(QString(80, QChar(0x20AC))).parts == 1);
    CHECK(SmsLength::of(QString(81, QChar(0x20AC))).parts == 2);
    // One character outside GSM-7 turns the whole text into UCS-2.
    const QString accented = QString(69, QLatin1Char('a')) + QChar(0x00ED); // í
    CHECK_FALSE(SmsLength::of(accented).gsm7);
    CHECK(SmsLength::of(accented).parts == 1);
    CHECK(SmsLength::of(accented + QLatin1Char('a')).parts == 2);
    CHECK(SmsLength::of(QString(134, QChar(0x00ED))).parts == 2);
    CHECK(SmsLength::of(QString(135, QChar(0x00ED))).parts == 3);
    CHECK(SmsLength::of(QStringLiteral("Diskon 10% @Toko: Rp5.000!")).gsm7);
}
