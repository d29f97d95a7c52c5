// The date and time fields of CSV imports (SPEC §8): the formats accepted, and the years
// refused — before 1900 a date is a typing slip, with or without a time of day.
#include "io/CsvFields.h"

#include "support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace setia;

TEST_CASE("A date with a time of day is read in the formats of SPEC 8", "[csv][date]")
{
    const QString column = QStringLiteral("date");
    QString reason;
    for (const char* text :
         {"2026-11-22 04:30", "2026-11-22T04:30", "2026-11-22 04:30:00", "22/11/2026 04:30"}) {
        INFO(text);
        const auto at = CsvFields::dateAndTime(QLatin1String(text), column, reason);
        REQUIRE(at);
        CHECK(at->date == QDate(2026, 11, 22));
        CHECK(at->time == QTime(4, 30));
    }
    const auto day = CsvFields::dateAndTime(QStringLiteral("22/11/2026"), column, reason);
    REQUIRE(day);
    CHECK(day->time == QTime(0, 0));
}

TEST_CASE("A year before 1900 is refused, with a time of day too", "[csv][date]")
{
    const QString column = QStringLiteral("date");
    // regressions/date/year-26-with-time in tests/fuzz: the year 26 was accepted with a time.
    for (const char* text : {"0026-11-22T04:30", "0026-11-22 04:30", "1899-12-31 23:59",
                             "0026-11-22", "31/12/1899 10:00"}) {
        INFO(text);
        QString reason;
        CHECK_FALSE(CsvFields::dateAndTime(QLatin1String(text), column, reason));
        CHECK(reason.contains(QStringLiteral("is not a date")));
    }
    QString reason;
    CHECK(CsvFields::dateAndTime(QStringLiteral("1900-01-01 00:00"), column, reason));
}
