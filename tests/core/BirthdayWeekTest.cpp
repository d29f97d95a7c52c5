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

TEST_CASE("The agenda's birthdays are those of the coming seven days, 29 February on the 28th",
          "[agenda][birthday]")
{
    using birthday::within;
    const QDate today(2027, 2, 22); // 2027 is not a leap year
    // 6 days ahead is in, 7 is not.
    CHECK(within(QDate(1990, 2, 28), today, 7) == QDate(2027, 2, 28));
    CHECK(!within(QDate(1990, 3, 1), today, 7).isValid());
    CHECK(within(QDate(1990, 2, 22), today, 7) == today);
    CHECK(!within(QDate(1990, 2, 21), today, 7).isValid());
    // Born on 29 February: the 28th in a common year, the 29th in a leap one.
    CHECK(within(QDate(1992, 2, 29), today, 7) == QDate(2027, 2, 28));
    CHECK(within(QDate(1992, 2, 29), QDate(2028, 2, 23), 7) == QDate(2028, 2, 29));
    CHECK(!within(QDate(1992, 2, 29), QDate(2028, 3, 1), 7).isValid());
    // Across a year end.
    CHECK(within(QDate(1985, 1, 2), QDate(2026, 12, 28), 7) == QDate(2027, 1, 2));
    CHECK(within(QDate(1985, 12, 31), QDate(2026, 12, 28), 7) == QDate(2026, 12, 31));
    CHECK(!within(QDate(), today, 7).isValid());
}
