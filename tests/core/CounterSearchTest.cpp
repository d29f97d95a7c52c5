// The counter's search (SPEC §11): phones that end with the digits first, by most recent
// visit, then member codes that end with them, then every other match; words in name order;
// and `setia-cli find` prints exactly that order.
#include "domain/PhoneNumber.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/CliProcess.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

struct Shop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();

    Customer add(const char* name, const char* phone)
    {
        auto saved = backend->customers().create(
            customerDraft(QString::fromUtf8(name), QString::fromUtf8(phone)),
            CustomerService::DuplicatePhone::Allow);
        REQUIRE(saved.ok());
        return *saved;
    }

    qint64 visit(const Customer& customer, const QDate& day)
    {
        auto draft = backend->sales().amountSale(customer.id, 20'000, PaymentKind::Cash);
        REQUIRE(draft.ok());
        draft->soldAt = QDateTime(day, QTime(10, 0));
        auto sale = backend->sales().record(*draft);
        REQUIRE(sale.ok());
        return sale->id;
    }

    QStringList codes(const QString& text, int limit = 0)
    {
        auto found = backend->counter().find(text, limit);
        REQUIRE(found.ok());
        QStringList list;
        for (const CounterMatches::Row& row : std::as_const(found->rows))
            list.append(row.code);
        return list;
    }
};

} // namespace

TEST_CASE("What the counter compares with the end of a phone", "[counter][search][phone]")
{
    CHECK(PhoneNumber::typedEnding(QStringLiteral("4562")) == QStringLiteral("4562"));
    CHECK(PhoneNumber::typedEnding(QStringLiteral(" 45-62 ")) == QStringLiteral("4562"));
    CHECK(PhoneNumber::typedEnding(QStringLiteral("0812")) == QStringLiteral("0812"));
    CHECK(PhoneNumber::typedEnding(QStringLiteral("0012")) == QStringLiteral("0012"));
    CHECK(PhoneNumber::typedEnding(QStringLiteral("+62 812-3456-7890")) ==
          QStringLiteral("081234567890"));
    CHECK(PhoneNumber::typedEnding(QStringLiteral("6281234567890")) ==
          QStringLiteral("081234567890"));
    CHECK(PhoneNumber::typedEnding(QStringLiteral("0065 9123 4562")) ==
          QStringLiteral("6591234562"));
    CHECK(PhoneNumber::typedEnding(QStringLiteral("45")).isEmpty());
    // The start of a number with its country is not three digits of an ending (fuzz:
    // regressions/phone/ending-of-country-code).
    CHECK(PhoneNumber::typedEnding(QStringLiteral("+628")).isEmpty());
    CHECK(PhoneNumber::typedEnding(QStringLiteral("+6281")) == QStringLiteral("081"));
    CHECK(PhoneNumber::typedEnding(QStringLiteral("budi")).isEmpty());
    CHECK(PhoneNumber::typedEnding(QStringLiteral("M0012")).isEmpty());
    CHECK(PhoneNumber::endingDigits(QStringLiteral("+6281234567890")) ==
          QStringLiteral("081234567890"));
    CHECK(PhoneNumber::endingDigits(QStringLiteral("+6591234562")) == QStringLiteral("6591234562"));
}

TEST_CASE("Counter search: phones ending with the digits first, by last visit, then codes, then "
          "the rest",
          "[counter][search]")
{
    Shop shop;
    const QDate today = shop.temp.clock().today();
    // Codes are given in order: M000001 …
    const Customer old = shop.add("Ani Lama", "0812-1111-4562");       // ends, visited long ago
    const Customer recent = shop.add("Budi Baru", "0813-2222-4562");   // ends, visited today
    const Customer never = shop.add("Citra Belum", "0814-3333-4562");  // ends, never visited
    const Customer inside = shop.add("Dewi Tengah", "0815-4562-1111"); // holds it, not at the end
    const Customer tie = shop.add("Eka Sama", "0816-5555-4562");       // ends, same day as old
    shop.visit(old, today.addDays(-30));
    shop.visit(tie, today.addDays(-30));
    shop.visit(recent, today.addDays(-40));
    shop.visit(recent, today);
    // A voided visit is no visit: Citra still has none.
    const qint64 voided = shop.visit(never, today);
    REQUIRE(shop.backend->sales().voidSale(voided, QStringLiteral("salah input")).ok());
    shop.visit(inside, today);

    auto found = shop.backend->counter().find(QStringLiteral("4562"), 0);
    SETIA_REQUIRE_OK(found);
    CHECK(found->phoneEnds == 4);
    CHECK(found->total == 5);
    QStringList order;
    for (const CounterMatches::Row& row : std::as_const(found->rows))
        order.append(row.code);
    // Budi (today), Ani and Eka (30 days ago: by code), Citra (never), then Dewi.
    CHECK(order == QStringList{recent.code, old.code, tie.code, never.code, inside.code});
    CHECK(found->rows.at(0).reason == CounterMatches::Reason::PhoneEnds);
    CHECK(found->rows.at(0).lastVisit == today);
    CHECK_FALSE(found->rows.at(3).lastVisit.isValid());
    CHECK(found->rows.at(4).reason == CounterMatches::Reason::Other);

    // The whole number, typed any way, finds just that phone at the end.
    CHECK(shop.codes(QStringLiteral("0813-2222-4562")) == QStringList{recent.code});
    CHECK(shop.codes(QStringLiteral("+62 813 2222 4562")) == QStringList{recent.code});
    // More digits refine: one phone ends with 14562.
    auto one = shop.backend->counter().find(QStringLiteral("14562"), 0);
    SETIA_REQUIRE_OK(one);
    CHECK(one->phoneEnds == 1);
    CHECK(one->rows.first().id == old.id);
    // A limit keeps the order and says how many there are.
    auto two = shop.backend->counter().find(QStringLiteral("4562"), 2);
    SETIA_REQUIRE_OK(two);
    CHECK(two->rows.size() == 2);
    CHECK(two->total == 5);
    CHECK(two->rows.at(1).code == old.code);
}

TEST_CASE("Counter search: member codes ending with the digits come after phones",
          "[counter][search]")
{
    Shop shop;
    Customer first;
    for (int i = 0; i < 12; ++i)
        first =
            i == 0 ? shop.add("Pelanggan Satu", "0812-9000-0001")
                   : shop.add(
                         "Pelanggan Lain",
                         QByteArray("0812-9000-2").append(QByteArray::number(100 + i)).constData());
    // M000012 ends with 012, and so does one phone.
    const Customer phone012 = shop.add("Punya 012", "0857-0000-7012");
    auto found = shop.backend->counter().find(QStringLiteral("012"), 0);
    SETIA_REQUIRE_OK(found);
    REQUIRE(found->rows.size() >= 2);
    CHECK(found->rows.at(0).id == phone012.id);
    CHECK(found->rows.at(0).reason == CounterMatches::Reason::PhoneEnds);
    CHECK(found->rows.at(1).code == QStringLiteral("M000012"));
    CHECK(found->rows.at(1).reason == CounterMatches::Reason::CodeEnds);
}

TEST_CASE("Counter search: archived customers, changed phones, words and too few digits",
          "[counter][search]")
{
    Shop shop;
    Customer ani = shop.add("Ani Lestari", "0812-1111-4321");
    const Customer budi = shop.add("Budi Santoso", "0813-2222-4321");
    REQUIRE(shop.backend->customers().setArchived(budi.id, true).ok());
    CHECK(shop.codes(QStringLiteral("4321")) == QStringList{ani.code});

    // A new phone: found by its new ending only.
    ani.phone = QStringLiteral("0856-7777-8888");
    REQUIRE(shop.backend->customers().update(ani).ok());
    CHECK(shop.codes(QStringLiteral("4321")).isEmpty());
    CHECK(shop.codes(QStringLiteral("8888")) == QStringList{ani.code});

    // Words: the customer list's matches, by name, with their last visit.
    shop.add("Ani Wijaya", "0811-0000-0001");
    auto words = shop.backend->counter().find(QStringLiteral("ani"), 0);
    SETIA_REQUIRE_OK(words);
    REQUIRE(words->rows.size() == 2);
    CHECK(words->rows.at(0).name == QStringLiteral("Ani Lestari"));
    CHECK(words->rows.at(1).name == QStringLiteral("Ani Wijaya"));
    CHECK(words->phoneEnds == 0);

    // One or two digits, or nothing: nobody yet (every number holds them).
    CHECK(shop.codes(QStringLiteral("88")).isEmpty());
    CHECK(shop.codes(QString()).isEmpty());
    CHECK(shop.codes(QStringLiteral("   ")).isEmpty());
    CHECK(shop.codes(QStringLiteral("zzzz")).isEmpty());
}

TEST_CASE("setia-cli find prints the counter's matches in its order", "[cli][counter][search]")
{
    Shop shop;
    const Customer old = shop.add("Ani Lama", "0812-1111-4562");
    const Customer recent = shop.add("Budi, Baru", "0813-2222-4562");
    shop.visit(old, shop.temp.clock().today().addDays(-3));
    shop.visit(recent, shop.temp.clock().today());
    const QString db = shop.backend->databasePath();
    shop.backend.reset();
    const QStringList dbArgs{QStringLiteral("--db"), db};

    const CliRun run = runCli(shop.temp.folder(), dbArgs + args({"find", "4562"}));
    CHECK(run.exitCode == 0);
    // RFC 4180: CRLF line ends; a cell opening with + is written '+… (decisions.md).
    CHECK(run.out == QStringLiteral("code,name,phone,last_visit\r\n"
                                    "M000002,\"Budi, Baru\",'+6281322224562,2026-11-22\r\n"
                                    "M000001,Ani Lama,'+6281211114562,2026-11-19\r\n"));
    const CliRun limited =
        runCli(shop.temp.folder(), dbArgs + args({"find", "4562", "--limit", "1"}));
    CHECK(limited.exitCode == 0);
    CHECK(limited.out.count(QLatin1Char('\n')) == 2);
    const CliRun none = runCli(shop.temp.folder(), dbArgs + args({"find", "9999"}));
    CHECK(none.exitCode == 0);
    CHECK(none.out == QStringLiteral("code,name,phone,last_visit\r\n"));

    CHECK(runCli(shop.temp.folder(), dbArgs + args({"find"})).exitCode == 2);
    CHECK(runCli(shop.temp.folder(), dbArgs + args({"find", "4562", "--limit", "0"})).exitCode ==
          2);
    CHECK(runCli(shop.temp.folder(), dbArgs + args({"find", "4562", "extra"})).exitCode == 2);
}
