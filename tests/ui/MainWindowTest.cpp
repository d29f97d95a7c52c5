#include "main/MainWindow.h"

#include <QLabel>
#include <QListWidget>

#include <catch2/catch.hpp>

using namespace setia;

TEST_CASE("The main window hosts views and shows the one asked for", "[ui]")
{
    MainWindow window;
    auto* first = new QLabel(QStringLiteral("first"));
    auto* second = new QLabel(QStringLiteral("second"));
    window.addView(QStringLiteral("customers"), QStringLiteral("Customers"),
                   QStringLiteral(":/icons/customers"), first);
    window.addView(QStringLiteral("settings"), QStringLiteral("Settings"),
                   QStringLiteral(":/icons/settings"), second);
    CHECK(window.currentView() == first);
    CHECK(window.showView(QStringLiteral("settings")));
    CHECK(window.currentView() == second);
    CHECK_FALSE(window.showView(QStringLiteral("nope")));
    CHECK(window.currentView() == second);
    CHECK(window.viewIds() ==
          QStringList({QStringLiteral("customers"), QStringLiteral("settings")}));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    navigation->setCurrentRow(0);
    CHECK(window.currentView() == first);
}
