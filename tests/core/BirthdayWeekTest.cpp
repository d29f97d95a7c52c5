// Birthday week (SPEC §6): the Monday–Sunday week holding the birthday, across year ends
// and for 29 February.
#include "domain/BirthdayWeek.h"

#include "support/CatchQt.h"

using namespace setia;

TEST_CASE("The birthday week is the Monday–Sunday week that holds the birthday", "[loyalty]")
{
    const QDate birthday(1990, 11, 25);                                   // a Wednesday in 2026
    CHECK(birthday::isBirthdayWeek(birthday, QDate(2026, 11, 23)));       // Monday
    CHECK(birthday::isBirthdayWeek(birthday, QDate(2026, 11, 29)));       // Sunday
    CHECK_FALSE(birthday::isBirthdayWeek(birthday, QDate(2026, 11, 22))); // Sunday before
    CHECK_FALSE(birthday::isBirthdayWeek(birthday, QDate(2026, 11, 30))); // Monday after
    CHECK_FALSE(birthday::isBirthdayWeek(QDate(), QDate(2026, 11, 25)));
}

TEST_CASE("A birthday week across a year end counts days of both years", "[loyalty]")
{
    // Monday 29 December 2025 to Sunday 4 January 2026.
    CHECK(birthday::isBirthdayWeek(QDate(1985, 1, 2), QDate(2025, 12, 29)));
    CHECK(birthday::isBirthdayWeek(QDate(1985, 12, 30), QDate(2026, 1, 4)));
    CHECK(birthday::isBirthdayWeek(QDate(1985, 12, 31), QDate(2026, 1, 1)));
    CHECK_FALSE(birthday::isBirthdayWeek(QDate(1985, 1, 5), QDate(2025, 12, 31)));
    CHECK_FALSE(birthday::isBirthdayWeek(QDate(1985, 12, 28), QDate(2026, 1, 1)));
}

TEST_CASE("29 February is the 28th in a common year", "[loyalty]")
{
    const QDate leapling(2000, 2, 29);
    CHECK(birthday::inYear(leapling, 2027) == QDate(2027, 2, 28));
    CHECK(birthday::inYear(leapling, 2028) == QDate(2028, 2, 29));
    CHECK(birthday::isBirthdayWeek(leapling, QDate(2027, 2, 22))); // Monday of that week
    CHECK_FALSE(birthday::isBirthdayWeek(leapling, QDate(2027, 3, 1)));
}
