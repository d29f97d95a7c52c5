// Dates typed as people type them (17/08/2024, 17082024, 17/8/2024) land in the date field.
#include "common/OptionalDateEdit.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace setia;

namespace {

QDate typed(const QString& keys)
{
    OptionalDateEdit edit;
    edit.show();
    edit.setFocus();
    edit.setOptionalDate(QDate(2000, 1, 1));
    edit.setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(&edit, keys);
    QTest::keyClick(&edit, Qt::Key_Tab);
    return edit.optionalDate();
}

} // namespace

TEST_CASE("A date field takes 17/08/2024, 17082024 and 17/8/2024 as typed", "[ui][dates]")
{
    CHECK(typed(QStringLiteral("17/08/2024")) == QDate(2024, 8, 17));
    CHECK(typed(QStringLiteral("17082024")) == QDate(2024, 8, 17));
    CHECK(typed(QStringLiteral("17/8/2024")) == QDate(2024, 8, 17));
    CHECK(typed(QStringLiteral("17-08-2024")) == QDate(2024, 8, 17));
    CHECK(typed(QStringLiteral("1.8.2024")) == QDate(2024, 8, 1));
    CHECK(typed(QStringLiteral("01/12/2024")) == QDate(2024, 12, 1));
}
