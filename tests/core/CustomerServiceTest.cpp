// CustomerService: the life of a customer (SPEC §2): member codes, duplicate phones,
// updates, archiving, consent stamps, change signals and all-or-nothing saves. The checks of
// single fields are in CustomerValidationTest.cpp.
#include "services/CustomerService.h"

#include "db/Database.h"
#include "stores/CustomerStore.h"
#include "support/BackendProbe.h"
#include "support/Builders.h"
#include "support/CustomerHelpers.h"
#include "support/TempDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

void runSql(Backend& backend, const QString& sql)
{
    QSqlQuery query(BackendProbe::database(backend).connection());
    REQUIRE(query.exec(sql));
}

} // namespace

TEST_CASE("memberCode writes six digits after M", "[customers]")
{
    CHECK(CustomerService::memberCode(1) == QStringLiteral("M000001"));
    CHECK(CustomerService::memberCode(123) == QStringLiteral("M000123"));
    CHECK(CustomerService::memberCode(999999) == QStringLiteral("M999999"));
    CHECK(CustomerService::memberCode(1234567) == QStringLiteral("M1234567"));
}

TEST_CASE("Member codes are generated in sequence and skip codes given by hand", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    CHECK(createdCustomer(*backend, customerDraft(QStringLiteral("Budi Santoso"))).code ==
          QStringLiteral("M000001"));
    const Customer byHand = [&] {
        Customer draft = customerDraft(QStringLiteral("Siti Aminah"));
        draft.code = QStringLiteral(" m000003 ");
        return createdCustomer(*backend, draft);
    }();
    CHECK(byHand.code == QStringLiteral("M000003"));
    CHECK(createdCustomer(*backend, customerDraft(QStringLiteral("Agus"))).code ==
          QStringLiteral("M000002"));
    CHECK(createdCustomer(*backend, customerDraft(QStringLiteral("Dewi"))).code ==
          QStringLiteral("M000004"));

    auto found = backend->customers().findByCode(QStringLiteral("m000003"));
    SETIA_REQUIRE_OK(found);
    REQUIRE(found->has_value());
    CHECK((*found)->id == byHand.id);
    auto missing = backend->customers().findByCode(QStringLiteral("M999999"));
    SETIA_REQUIRE_OK(missing);
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("Member codes given by hand are uppercased, checked and unique", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    auto withCode = [](const QString& code) {
        Customer draft = customerDraft(QStringLiteral("Pelanggan"));
        draft.code = code;
        return draft;
    };
    CHECK(createdCustomer(*backend, withCode(QStringLiteral("ab-12.x"))).code ==
          QStringLiteral("AB-12.X"));
    CHECK(createdCustomer(*backend, withCode(QStringLiteral("K_01"))).code ==
          QStringLiteral("K_01"));
    CHECK(createdCustomer(*backend, withCode(QString(20, QLatin1Char('A')))).code.size() == 20);

    for (const QString& code :
         {QStringLiteral("A B"), QStringLiteral("-A1"), QStringLiteral("KODE#1"),
          QStringLiteral("M/1"), QString(21, QLatin1Char('A'))}) {
        INFO("code: " << code.toStdString());
        CHECK(refusedField(*backend, withCode(code)) == QStringLiteral("code"));
    }

    auto taken = backend->customers().create(withCode(QStringLiteral("AB-12.x")));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().kind() == Error::Kind::Duplicate);
    CHECK(taken.error().field() == QStringLiteral("code"));
    CHECK(customerCount(*backend) == 3);
}

TEST_CASE("A phone of another customer is refused until the user confirms", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const Customer sri = createdCustomer(
        *backend, customerDraft(QStringLiteral("Sri Wahyuni"), QStringLiteral("0812-1111-2222")));

    auto refused = backend->customers().create(
        customerDraft(QStringLiteral("Sri W."), QStringLiteral("+62 812 1111 2222")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Duplicate);
    CHECK(refused.error().field() == QStringLiteral("phone"));
    CHECK(refused.error().message().contains(QStringLiteral("Sri Wahyuni")));
    CHECK(refused.error().message().contains(sri.code));
    CHECK(refused.error().message().contains(QStringLiteral("0812-1111-2222")));
    CHECK(customerCount(*backend) == 1);

    const Customer other = createdCustomer(
        *backend, customerDraft(QStringLiteral("Sri W."), QStringLiteral("+62 812 1111 2222")),
        CustomerService::DuplicatePhone::Allow);
    CHECK(other.phone == sri.phone);
    CHECK(customerCount(*backend) == 2);

    // An archived customer still owns the number, and the message says so.
    SETIA_REQUIRE_OK(backend->customers().setArchived(sri.id, true));
    SETIA_REQUIRE_OK(backend->customers().setArchived(other.id, true));
    auto again = backend->customers().create(
        customerDraft(QStringLiteral("Sri Baru"), QStringLiteral("081211112222")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind() == Error::Kind::Duplicate);
    CHECK(again.error().message().contains(QStringLiteral("Sri Wahyuni")));
    CHECK(again.error().message().contains(QStringLiteral("archived")));
}

TEST_CASE("Updating a customer", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const QDateTime start = temp.clock().now();
    const Customer budi = createdCustomer(
        *backend, customerDraft(QStringLiteral("Budi Santoso"), QStringLiteral("0812-1111-2222")));
    const Customer twin = createdCustomer(
        *backend, customerDraft(QStringLiteral("Budi Junior"), QStringLiteral("0812-1111-2222")),
        CustomerService::DuplicatePhone::Allow);
    const Customer siti = createdCustomer(
        *backend, customerDraft(QStringLiteral("Siti Aminah"), QStringLiteral("0813-9999-0000")));
    CHECK(budi.createdAt == start);
    CHECK(budi.updatedAt == start);

    SECTION("keeps created_at and stamps updated_at")
    {
        temp.clock().advanceSeconds(3600);
        Customer changed = budi;
        changed.name = QStringLiteral("Budi Santoso Putra");
        changed.createdAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0));
        auto result = backend->customers().update(changed);
        SETIA_REQUIRE_OK(result);
        CHECK(result->createdAt == start);
        CHECK(result->updatedAt == start.addSecs(3600));
        const Customer read = storedCustomer(*backend, budi.id);
        CHECK(read.name == QStringLiteral("Budi Santoso Putra"));
        CHECK(read.createdAt == start);
        CHECK(read.updatedAt == start.addSecs(3600));
        CHECK(read.code == budi.code);
    }

    SECTION("an unchanged shared phone is not refused")
    {
        Customer changed = twin;
        changed.city = QStringLiteral("Bandung");
        changed.phone = QStringLiteral("0812 1111 2222"); // the same number, typed again
        auto result = backend->customers().update(changed);
        SETIA_REQUIRE_OK(result);
        CHECK(result->city == QStringLiteral("Bandung"));
    }

    SECTION("a phone changed to another customer's is refused")
    {
        Customer changed = twin;
        changed.phone = siti.phone;
        auto result = backend->customers().update(changed);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind() == Error::Kind::Duplicate);
        CHECK(result.error().field() == QStringLiteral("phone"));
        CHECK(result.error().message().contains(QStringLiteral("Siti Aminah")));
        CHECK(storedCustomer(*backend, twin.id).phone == budi.phone);
        SETIA_REQUIRE_OK(
            backend->customers().update(changed, CustomerService::DuplicatePhone::Allow));
        CHECK(storedCustomer(*backend, twin.id).phone == siti.phone);
    }

    SECTION("a code changed to another customer's is refused; an empty code keeps the old one")
    {
        Customer changed = siti;
        changed.code = budi.code;
        auto result = backend->customers().update(changed);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind() == Error::Kind::Duplicate);
        CHECK(result.error().field() == QStringLiteral("code"));
        changed.code.clear();
        auto kept = backend->customers().update(changed);
        SETIA_REQUIRE_OK(kept);
        CHECK(kept->code == siti.code);
    }

    SECTION("a customer that does not exist is NotFound")
    {
        Customer ghost = siti;
        ghost.id = 9999;
        auto result = backend->customers().update(ghost);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind() == Error::Kind::NotFound);
        auto found = backend->customers().find(9999);
        SETIA_REQUIRE_OK(found);
        CHECK_FALSE(found->has_value());
    }
}

TEST_CASE("Archiving and restoring a customer", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const Customer a = createdCustomer(*backend, customerDraft(QStringLiteral("Agus")));
    createdCustomer(*backend, customerDraft(QStringLiteral("Bambang")));
    createdCustomer(*backend, customerDraft(QStringLiteral("Citra")));
    CHECK(customerCount(*backend, false) == 3);
    CHECK(customerCount(*backend, true) == 0);

    temp.clock().advanceSeconds(60);
    SETIA_REQUIRE_OK(backend->customers().setArchived(a.id, true));
    CHECK(customerCount(*backend, false) == 2);
    CHECK(customerCount(*backend, true) == 1);
    Customer archived = storedCustomer(*backend, a.id);
    CHECK(archived.archived);
    CHECK(archived.updatedAt == a.updatedAt.addSecs(60));

    // Editing an archived customer does not restore them by the way.
    archived.archived = false;
    archived.city = QStringLiteral("Solo");
    SETIA_REQUIRE_OK(backend->customers().update(archived));
    CHECK(storedCustomer(*backend, a.id).archived);
    CHECK(customerCount(*backend, true) == 1);

    SETIA_REQUIRE_OK(backend->customers().setArchived(a.id, false));
    CHECK(customerCount(*backend, false) == 3);
    CHECK(customerCount(*backend, true) == 0);
    CHECK_FALSE(storedCustomer(*backend, a.id).archived);

    const Status missing = backend->customers().setArchived(9999, true);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("Marketing consent is stamped with the time and the staff who recorded it",
          "[customers][consent]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const QDateTime t0 = temp.clock().now();

    Customer draft = customerDraft(QStringLiteral("Dewi Kusuma"));
    draft.consent.whatsApp.granted = true;
    // What a caller puts in the stamp is not trusted.
    draft.consent.whatsApp.recordedAt = QDateTime(QDate(2020, 1, 1), QTime(8, 0));
    draft.consent.whatsApp.recordedBy = QStringLiteral("someone else");
    const Customer saved = createdCustomer(*backend, draft);
    CHECK(saved.consent.whatsApp == Consent{true, t0, TempDatabase::staff()});
    CHECK(saved.consent.sms == Consent{});
    CHECK(saved.consent.email == Consent{});
    CHECK(storedCustomer(*backend, saved.id).consent == saved.consent);

    SECTION("unchanged consent keeps its stamp")
    {
        temp.clock().advanceSeconds(86400);
        Customer changed = storedCustomer(*backend, saved.id);
        changed.city = QStringLiteral("Malang");
        changed.consent.whatsApp.recordedAt = temp.clock().now();
        changed.consent.whatsApp.recordedBy = QStringLiteral("someone else");
        SETIA_REQUIRE_OK(backend->customers().update(changed));
        CHECK(storedCustomer(*backend, saved.id).consent.whatsApp ==
              Consent{true, t0, TempDatabase::staff()});
    }

    SECTION("revoked and newly granted consent get new stamps")
    {
        temp.clock().advanceSeconds(86400);
        const QDateTime t1 = temp.clock().now();
        Customer changed = storedCustomer(*backend, saved.id);
        changed.consent.whatsApp.granted = false;
        changed.consent.email.granted = true;
        SETIA_REQUIRE_OK(backend->customers().update(changed));
        const Customer read = storedCustomer(*backend, saved.id);
        CHECK(read.consent.whatsApp == Consent{false, t1, TempDatabase::staff()});
        CHECK(read.consent.email == Consent{true, t1, TempDatabase::staff()});
        CHECK(read.consent.sms == Consent{});
    }
}

TEST_CASE("Changes are announced after they are committed", "[customers][signals]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    auto backend = temp.open(path);
    CustomerService& customers = backend->customers();
    QSignalSpy added(&customers, &CustomerService::customerAdded);
    QSignalSpy changed(&customers, &CustomerService::customerChanged);

    // Another connection sees the row when the signal arrives: the commit came first.
    QStringList seenByOthers;
    auto look = [&](qint64 id) {
        RawSqlite other(path);
        seenByOthers.append(
            other
                .scalar(
                    QStringLiteral("SELECT name || '/' || archived FROM customers WHERE id = %1")
                        .arg(id))
                .toString());
    };
    QObject::connect(&customers, &CustomerService::customerAdded, &customers, look);
    QObject::connect(&customers, &CustomerService::customerChanged, &customers, look);

    Customer budi = createdCustomer(
        *backend, customerDraft(QStringLiteral("Budi"), QStringLiteral("0812-1111-2222")));
    REQUIRE(added.count() == 1);
    CHECK(added.at(0).at(0).toLongLong() == budi.id);
    CHECK(changed.count() == 0);

    budi.name = QStringLiteral("Budi Santoso");
    SETIA_REQUIRE_OK(customers.update(budi));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == budi.id);

    SETIA_REQUIRE_OK(customers.setArchived(budi.id, true));
    REQUIRE(changed.count() == 2);
    CHECK(seenByOthers == QStringList{QStringLiteral("Budi/0"), QStringLiteral("Budi Santoso/0"),
                                      QStringLiteral("Budi Santoso/1")});

    // Refused saves announce nothing.
    CHECK_FALSE(customers.create(customerDraft(QString())).ok());
    CHECK_FALSE(
        customers.create(customerDraft(QStringLiteral("Lain"), QStringLiteral("0812-1111-2222")))
            .ok());
    Customer invalid = budi;
    invalid.email = QStringLiteral("bukan email");
    CHECK_FALSE(customers.update(invalid).ok());
    CHECK(added.count() == 1);
    CHECK(changed.count() == 2);
}

TEST_CASE("A failed save leaves nothing behind", "[customers]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const Customer first = createdCustomer(*backend, customerDraft(QStringLiteral("Agus Salim")));
    CHECK(first.code == QStringLiteral("M000001"));

    SECTION("a taken code given by hand")
    {
        Customer draft = customerDraft(QStringLiteral("Agus Lain"));
        draft.code = first.code;
        auto result = backend->customers().create(draft);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind() == Error::Kind::Duplicate);
        CHECK(customerCount(*backend) == 1);
        CHECK(createdCustomer(*backend, customerDraft(QStringLiteral("Bayu"))).code ==
              QStringLiteral("M000002"));
    }

    SECTION("the database refuses the customer row after a code was drawn")
    {
        runSql(*backend,
               QStringLiteral("CREATE TEMP TRIGGER refuse_customer BEFORE INSERT ON customers"
                              " WHEN new.name = 'Gagal Simpan'"
                              " BEGIN SELECT RAISE(ABORT, 'refused by test'); END"));
        auto result = backend->customers().create(customerDraft(QStringLiteral("Gagal Simpan")));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind() == Error::Kind::Database);
        CHECK(customerCount(*backend) == 1);
        // The code drawn for the failed save was given back.
        CHECK(createdCustomer(*backend, customerDraft(QStringLiteral("Bayu"))).code ==
              QStringLiteral("M000002"));
    }

    SECTION("the database refuses the consent after the customer row was written")
    {
        runSql(*backend, QStringLiteral("CREATE TEMP TRIGGER refuse_consent BEFORE INSERT ON"
                                        " customer_consents BEGIN"
                                        " SELECT RAISE(ABORT, 'refused by test'); END"));
        Customer draft =
            customerDraft(QStringLiteral("Gagal Simpan"), QStringLiteral("0857-1234-5678"));
        draft.consent.whatsApp.granted = true;
        auto result = backend->customers().create(draft);
        REQUIRE_FALSE(result.ok());
        CHECK(customerCount(*backend) == 1);
        auto search = backend->customers().count(CustomerFilter{QStringLiteral("gagal"), false});
        SETIA_REQUIRE_OK(search);
        CHECK(*search == 0);
        runSql(*backend, QStringLiteral("DROP TRIGGER refuse_consent"));
        // Nothing of the failed save is in the way: same phone, next code.
        const Customer retried = createdCustomer(*backend, draft);
        CHECK(retried.code == QStringLiteral("M000002"));
        CHECK(retried.consent.whatsApp.granted);
    }
}
