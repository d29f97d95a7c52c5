// CustomerService::validated through create(): what each field accepts, how it is tidied,
// and which field a refusal names (SPEC §1, §2).
#include "domain/Money.h"
#include "services/CustomerService.h"
#include "support/Builders.h"
#include "support/CustomerHelpers.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace setia;
using namespace setia::test;

TEST_CASE("A customer needs a plausible name", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    CHECK(refusedField(*backend, customerDraft(QString())) == QStringLiteral("name"));
    CHECK(refusedField(*backend, customerDraft(QStringLiteral(" \t "))) == QStringLiteral("name"));
    CHECK(refusedField(*backend, customerDraft(QString(121, QLatin1Char('a')))) ==
          QStringLiteral("name"));
    CHECK(refusedField(*backend, customerDraft(QStringLiteral("Budi\u0007"))) ==
          QStringLiteral("name"));
    CHECK(refusedField(*backend, customerDraft(QStringLiteral("Budi\u001bSantoso"))) ==
          QStringLiteral("name"));

    CHECK(createdCustomer(*backend, customerDraft(QString(120, QLatin1Char('a')))).name.size() ==
          120);
    CHECK(createdCustomer(*backend, customerDraft(QStringLiteral("  Budi \t  Santoso "))).name ==
          QStringLiteral("Budi Santoso"));
}

TEST_CASE("Control characters are refused with the field they are in", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    Customer inAddress = customerDraft(QStringLiteral("Budi"));
    inAddress.address = QStringLiteral("Jl. Merdeka\u0001 No. 5");
    CHECK(refusedField(*backend, inAddress) == QStringLiteral("address"));
    Customer inNotes = customerDraft(QStringLiteral("Budi"));
    inNotes.notes = QStringLiteral("suka kopi\u0007");
    CHECK(refusedField(*backend, inNotes) == QStringLiteral("notes"));
    Customer inCity = customerDraft(QStringLiteral("Budi"));
    inCity.city = QStringLiteral("Ban\u0002dung");
    CHECK(refusedField(*backend, inCity) == QStringLiteral("city"));

    // Line breaks and tabs are fine where several lines are.
    Customer multiLine = customerDraft(QStringLiteral("Budi"));
    multiLine.address = QStringLiteral("Jl. Merdeka No. 5\nRT 03/RW 07");
    multiLine.notes = QStringLiteral("Pesan:\tkopi susu\nTanpa gula");
    const Customer saved = createdCustomer(*backend, multiLine);
    CHECK(saved.address == multiLine.address);
    CHECK(saved.notes == multiLine.notes);
}

TEST_CASE("Phones are stored in E.164 and invalid ones refused", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const Customer budi = createdCustomer(
        *backend, customerDraft(QStringLiteral("Budi"), QStringLiteral(" 0812 3456 7890 ")));
    CHECK(budi.phone == QStringLiteral("+6281234567890"));
    CHECK(storedCustomer(*backend, budi.id).phone == QStringLiteral("+6281234567890"));
    CHECK(
        createdCustomer(*backend, customerDraft(QStringLiteral("Tanpa HP"), QStringLiteral("   ")))
            .phone == QString());

    for (const QString& phone : {QStringLiteral("0812-abc"), QStringLiteral("0812-345"),
                                 QStringLiteral("123456"), QStringLiteral("+")}) {
        INFO("phone: " << phone.toStdString());
        CHECK(refusedField(*backend, customerDraft(QStringLiteral("Siti"), phone)) ==
              QStringLiteral("phone"));
    }
}

TEST_CASE("E-mail addresses are checked and their domain lowercased", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const std::vector<std::pair<QString, QString>> valid = {
        {QStringLiteral("budi@contoh.co.id"), QStringLiteral("budi@contoh.co.id")},
        {QStringLiteral(" sri@toko-sri.id "), QStringLiteral("sri@toko-sri.id")},
        {QStringLiteral("Budi.Santoso+promo@Gmail.COM"),
         QStringLiteral("Budi.Santoso+promo@gmail.com")},
        {QStringLiteral("a_b@sub.domain.com"), QStringLiteral("a_b@sub.domain.com")},
    };
    for (const auto& [typed, kept] : valid) {
        INFO("email: " << typed.toStdString());
        Customer draft = customerDraft(QStringLiteral("Pelanggan"));
        draft.email = typed;
        CHECK(createdCustomer(*backend, draft).email == kept);
    }
    for (const QString& typed :
         {QStringLiteral("budi"), QStringLiteral("budi@"), QStringLiteral("@contoh.co.id"),
          QStringLiteral("budi@contoh"), QStringLiteral("budi@@contoh.co.id"),
          QStringLiteral("budi@contoh..co.id"), QStringLiteral("budi..santoso@contoh.co.id"),
          QStringLiteral("budi santoso@contoh.co.id"), QStringLiteral("budi@contoh.c"),
          QStringLiteral("budi@contoh.co.id."), QStringLiteral("budi@contoh_toko.com")}) {
        INFO("email: " << typed.toStdString());
        Customer draft = customerDraft(QStringLiteral("Pelanggan"));
        draft.email = typed;
        CHECK(refusedField(*backend, draft) == QStringLiteral("email"));
    }
}

TEST_CASE("Every field survives a save and a read", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    Customer draft;
    draft.code = QStringLiteral("TK-017");
    draft.name = QStringLiteral("Warung Bu Sri");
    draft.kind = CustomerKind::Business;
    draft.phone = QStringLiteral("(021) 555-1234");
    draft.whatsApp = false;
    draft.email = QStringLiteral("warung.busri@gmail.com");
    draft.address = QStringLiteral("Jl. Pasar Baru No. 17\nRT 03/RW 07");
    draft.city = QStringLiteral("Jakarta");
    draft.area = QStringLiteral("Tebet");
    draft.type = QStringLiteral("warung");
    draft.source = AcquisitionSource::SalesVisit;
    draft.salesperson = QStringLiteral("Andi Saputra");
    draft.visitDays.set(Qt::Monday, true);
    draft.visitDays.set(Qt::Thursday, true);
    draft.birthday = QDate(1975, 8, 17);
    draft.joined = QDate(2024, 1, 15);
    draft.creditLimit = 5'000'000;
    draft.termsDays = 14;
    draft.tags = {QStringLiteral("langganan"), QStringLiteral("grosir kecil")};
    draft.notes = QStringLiteral("Kirim hari Senin pagi.");
    draft.consent.whatsApp.granted = true;
    draft.consent.email.granted = true;
    draft.bad = true;
    draft.badReason = QStringLiteral("Giro kosong");
    draft.badSince = QDate(2026, 10, 1);

    const Customer saved = createdCustomer(*backend, draft);
    CHECK(saved.phone == QStringLiteral("+62215551234"));
    CHECK(saved.source == AcquisitionSource::SalesVisit);
    CHECK(storedCustomer(*backend, saved.id) == saved);
}

TEST_CASE("Other fields are checked", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const QDate today = temp.clock().today();
    auto draft = [] { return customerDraft(QStringLiteral("Pelanggan")); };

    SECTION("a bad customer needs a reason; the flag is dated")
    {
        Customer bad = draft();
        bad.bad = true;
        CHECK(refusedField(*backend, bad) == QStringLiteral("bad_reason"));
        bad.badReason = QStringLiteral("Tidak membayar 3 bulan");
        const Customer saved = createdCustomer(*backend, bad);
        CHECK(saved.badSince == today);
        // Clearing the flag clears its reason and date.
        Customer good = saved;
        good.bad = false;
        auto result = backend->customers().update(good);
        SETIA_REQUIRE_OK(result);
        CHECK(result->badReason.isEmpty());
        CHECK_FALSE(result->badSince.isValid());
    }

    SECTION("birthday between 1900 and today")
    {
        Customer future = draft();
        future.birthday = today.addDays(1);
        CHECK(refusedField(*backend, future) == QStringLiteral("birthday"));
        future.birthday = QDate(1899, 12, 31);
        CHECK(refusedField(*backend, future) == QStringLiteral("birthday"));
        future.birthday = today;
        CHECK(createdCustomer(*backend, future).birthday == today);
    }

    SECTION("join date defaults to today")
    {
        CHECK(createdCustomer(*backend, draft()).joined == today);
        Customer far = draft();
        far.joined = today.addYears(2);
        CHECK(refusedField(*backend, far) == QStringLiteral("joined"));
    }

    SECTION("credit limit zero or positive")
    {
        Customer credit = draft();
        credit.creditLimit = -1;
        CHECK(refusedField(*backend, credit) == QStringLiteral("credit_limit"));
        credit.creditLimit = money::maxAmount + 1;
        CHECK(refusedField(*backend, credit) == QStringLiteral("credit_limit"));
        credit.creditLimit = 0;
        CHECK(createdCustomer(*backend, credit).creditLimit == 0);
    }

    SECTION("payment terms 0 to 365 days")
    {
        Customer terms = draft();
        CHECK(terms.termsDays == 30);
        terms.termsDays = 366;
        CHECK(refusedField(*backend, terms) == QStringLiteral("terms_days"));
        terms.termsDays = -1;
        CHECK(refusedField(*backend, terms) == QStringLiteral("terms_days"));
        terms.termsDays = 365;
        CHECK(createdCustomer(*backend, terms).termsDays == 365);
    }

    SECTION("short text fields have a limit")
    {
        Customer longCity = draft();
        longCity.city = QString(101, QLatin1Char('x'));
        CHECK(refusedField(*backend, longCity) == QStringLiteral("city"));
        Customer longAddress = draft();
        longAddress.address = QString(301, QLatin1Char('x'));
        CHECK(refusedField(*backend, longAddress) == QStringLiteral("address"));
    }

    SECTION("tags are trimmed and de-duplicated")
    {
        Customer tagged = draft();
        tagged.tags = {QStringLiteral("VIP"),          QStringLiteral("vip"),
                       QStringLiteral("  langganan "), QString(),
                       QStringLiteral("kopi,susu"),    QStringLiteral("Langganan")};
        const Customer saved = createdCustomer(*backend, tagged);
        CHECK(saved.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("langganan"),
                                        QStringLiteral("kopisusu")});
        CHECK(storedCustomer(*backend, saved.id).tags == saved.tags);
        Customer longTag = draft();
        longTag.tags = {QString(41, QLatin1Char('t'))};
        CHECK(refusedField(*backend, longTag) == QStringLiteral("tags"));
    }
}
