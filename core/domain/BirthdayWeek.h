#pragma once

#include <QDate>

// Birthday week (SPEC §6): the counter shows a birthday reward in the Monday–Sunday week
// that holds the customer's birthday, across a year end too. The day's agenda (SPEC §13)
// lists the birthdays of the coming seven days.
namespace setia::birthday {

// The birthday in `year`; 29 February falls on the 28th in a common year.
QDate inYear(const QDate& birthday, int year);
// True when the birthday falls in the Monday–Sunday week of `today`. False for an unknown
// birthday.
bool isBirthdayWeek(const QDate& birthday, const QDate& today);
// The birthday's day within `from` … `from` + `days` − 1 (across a year end too), or an
// invalid date when it falls outside or is unknown.
QDate within(const QDate& birthday, const QDate& from, int days);

} // namespace setia::birthday
