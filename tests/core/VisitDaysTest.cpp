// VisitDays: the weekdays a salesperson calls, written "mon,thu" (SPEC §8) and read in
// English or Indonesian.
#include "domain/VisitDays.h"

#include "support/CatchQt.h"

#include <catch2/catch.hpp>

#include <vector>

using setia::VisitDays;

namespace {

VisitDays days(std::initializer_list<int> weekdays)
{
    VisitDays result;
    for (int day : weekdays)
        result.set(day, true);
    return result;
}

} // namespace

TEST_CASE("VisitDays::parse reads English and Indonesian names", "[visitdays]")
{
    const std::vector<std::pair<QString, VisitDays>> cases = {
        {QStringLiteral("mon,thu"), days({Qt::Monday, Qt::Thursday})},
        {QStringLiteral("Sen, Kam"), days({Qt::Monday, Qt::Thursday})},
        {QStringLiteral("senin;kamis"), days({Qt::Monday, Qt::Thursday})},
        {QStringLiteral("Monday / Thursday"), days({Qt::Monday, Qt::Thursday})},
        {QStringLiteral("SELASA RABU"), days({Qt::Tuesday, Qt::Wednesday})},
        {QStringLiteral("tue,wed,fri"), days({Qt::Tuesday, Qt::Wednesday, Qt::Friday})},
        {QStringLiteral("Jum'at"), days({Qt::Friday})},
        {QStringLiteral("jum,sab,min"), days({Qt::Friday, Qt::Saturday, Qt::Sunday})},
        {QStringLiteral("Sabtu, Minggu"), days({Qt::Saturday, Qt::Sunday})},
        {QStringLiteral("saturday,SUNDAY"), days({Qt::Saturday, Qt::Sunday})},
        {QStringLiteral("mon,,thu;"), days({Qt::Monday, Qt::Thursday})},
        {QStringLiteral("mon,senin,Monday"), days({Qt::Monday})},
        {QStringLiteral("Wednesday\tFriday"), days({Qt::Wednesday, Qt::Friday})},
        {QStringLiteral(""), VisitDays()},
        {QStringLiteral(" , "), VisitDays()},
    };
    for (const auto& [text, expected] : cases) {
        INFO("text: \"" << text.toStdString() << '"');
        const auto parsed = VisitDays::parse(text);
        REQUIRE(parsed.has_value());
        CHECK(parsed->mask() == expected.mask());
    }
}

TEST_CASE("VisitDays::parse refuses what is not a weekday", "[visitdays]")
{
    for (const QString& text :
         {QStringLiteral("xyz"), QStringLiteral("mon,xyz"), QStringLiteral("mo"),
          QStringLiteral("1"), QStringLiteral("mon-thu"), QStringLiteral("everyday")}) {
        INFO("text: \"" << text.toStdString() << '"');
        CHECK_FALSE(VisitDays::parse(text).has_value());
    }
}

TEST_CASE("VisitDays::toCsv writes English ids, Monday first", "[visitdays]")
{
    CHECK(VisitDays().toCsv().isEmpty());
    CHECK(days({Qt::Sunday, Qt::Monday, Qt::Wednesday}).toCsv() == QStringLiteral("mon,wed,sun"));
    CHECK(days({Qt::Thursday}).toCsv() == QStringLiteral("thu"));
    CHECK(VisitDays::fromMask(0x7f).toCsv() == QStringLiteral("mon,tue,wed,thu,fri,sat,sun"));
    // Bits beyond Sunday are not days.
    CHECK(VisitDays::fromMask(0xff).mask() == 0x7f);

    // Every set of days survives a trip through its text.
    for (int mask = 0; mask < 128; ++mask) {
        INFO("mask: " << mask);
        const VisitDays original = VisitDays::fromMask(mask);
        const auto parsed = VisitDays::parse(original.toCsv());
        REQUIRE(parsed.has_value());
        CHECK(*parsed == original);
    }
}

TEST_CASE("VisitDays::set and contains", "[visitdays]")
{
    VisitDays visit;
    visit.set(Qt::Tuesday, true);
    visit.set(Qt::Saturday, true);
    CHECK(visit.contains(Qt::Tuesday));
    CHECK(visit.contains(Qt::Saturday));
    CHECK_FALSE(visit.contains(Qt::Monday));
    visit.set(Qt::Tuesday, false);
    CHECK_FALSE(visit.contains(Qt::Tuesday));
    CHECK_FALSE(visit.isEmpty());
    visit.set(Qt::Saturday, false);
    CHECK(visit.isEmpty());
}
