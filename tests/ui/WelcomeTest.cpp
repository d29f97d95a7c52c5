// A new shop's first start: its details asked for once, or demo data in a file of its own.
#include "DialogDriver.h"
#include "gui/CompositionRoot.h"
#include "main/MainWindow.h"
#include "main/WelcomeDialog.h"
#include "services/Backend.h"
#include "services/CustomerService.h"
#include "services/SettingsService.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

TEST_CASE("The welcome asks for the business's name and saves its details", "[ui][welcome]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    SettingsService& settings = backend->settings();
    WelcomeDialog welcome(
        [&settings](const BusinessProfile& profile) {
            return settings.setBusinessProfile(profile);
        },
        temp.path(QStringLiteral("setia-contoh.db")));
    auto* name = welcome.findChild<QLineEdit*>(QStringLiteral("name"));
    auto* error = welcome.findChild<QLabel*>(QStringLiteral("formError"));
    REQUIRE(name);
    REQUIRE(error);
    welcome.show();

    // Blank, or only spaces: asked again, nothing saved.
    QTest::keyClicks(name, QStringLiteral("  "));
    welcome.accept();
    CHECK(welcome.isVisible());
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("business's name")));
    CHECK(backend->settings().businessProfile()->name.isEmpty());

    retype(name, QStringLiteral("Warung Bu Sri"));
    QTest::keyClicks(welcome.findChild<QLineEdit*>(QStringLiteral("address")),
                     QStringLiteral("Jl. Kaliurang km 5, Yogyakarta"));
    QTest::keyClicks(welcome.findChild<QLineEdit*>(QStringLiteral("phone")),
                     QStringLiteral("0274-555-123"));
    welcome.accept();
    CHECK(welcome.result() == QDialog::Accepted);
    const BusinessProfile saved = backend->settings().businessProfile().value();
    CHECK(saved.name == QStringLiteral("Warung Bu Sri"));
    CHECK(saved.address == QStringLiteral("Jl. Kaliurang km 5, Yogyakarta"));
    CHECK(saved.phone == QStringLiteral("0274-555-123"));
}

TEST_CASE("Only a new shop is welcomed, and the demo opens in a file of its own", "[ui][welcome]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    temp.open(path).reset(); // a new, empty file
    CompositionRoot root;
    SETIA_REQUIRE_OK(root.start(path));

    bool tryDemo = false;
    REQUIRE(driveModal([&] { tryDemo = root.welcomeNewShop(); },
                       [](QDialog& dialog) {
                           dialog.findChild<QPushButton*>(QStringLiteral("tryDemo"))->click();
                       }));
    REQUIRE(tryDemo);
    SETIA_REQUIRE_OK(root.startDemo());
    const QString demo = CompositionRoot::demoPath(path);
    CHECK(QFileInfo(demo).dir() == QFileInfo(path).dir());
    CHECK(root.window().windowTitle().contains(QFileInfo(demo).fileName()));
    {
        auto demoShop = temp.open(demo);
        CHECK(demoShop->customers().count(CustomerFilter{QString(), false}).value() == 3000);
        auto own = temp.open(path);
        CHECK(own->customers().count(CustomerFilter{QString(), false}).value() == 0);
    }

    // A shop with customers is not welcomed, even without a name.
    SETIA_REQUIRE_OK(root.start(path));
    {
        auto own = temp.open(path);
        REQUIRE(own->customers().create(customerDraft(QStringLiteral("Ani Lestari"))).ok());
    }
    SETIA_REQUIRE_OK(root.start(path));
    CHECK_FALSE(root.welcomeNewShop()); // returns at once: no dialog
}

TEST_CASE("Where no database is, the app makes one only when asked to", "[ui][welcome]")
{
    TempDatabase temp;
    const QString path = temp.path(QStringLiteral("salah-ketik.db"));
    const auto clickButton = [](QDialog& dialog, const QString& text) {
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->text().remove(QLatin1Char('&')) == text) {
                button->click();
                return;
            }
        }
        FAIL("no button " << text.toStdString());
    };

    // A path given on the command line: asked first; Cancel makes nothing.
    {
        CompositionRoot root;
        Result<bool> launched = false;
        REQUIRE(driveModal([&] { launched = root.launch(path, true); },
                           [&](QDialog& box) { clickButton(box, QStringLiteral("Cancel")); }));
        SETIA_REQUIRE_OK(launched);
        CHECK_FALSE(*launched);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    // Confirmed, then the welcome closed without details: still nothing.
    {
        CompositionRoot root;
        Result<bool> launched = false;
        REQUIRE(driveModals(
            [&] { launched = root.launch(path, true); },
            {[&](QDialog& box) { clickButton(box, QStringLiteral("Make a new database")); },
             [](QDialog& welcome) { welcome.reject(); }}));
        SETIA_REQUIRE_OK(launched);
        CHECK_FALSE(*launched);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    // Setia's own path (no question) and the welcome's details: the shop's file is made,
    // private to its owner, with the business's name in it.
    {
        CompositionRoot root;
        Result<bool> launched = false;
        REQUIRE(driveModal([&] { launched = root.launch(path, false); },
                           [](QDialog& welcome) {
                               retype(welcome.findChild<QLineEdit*>(QStringLiteral("name")),
                                      QStringLiteral("Toko Makmur"));
                               welcome.accept();
                           }));
        SETIA_REQUIRE_OK(launched);
        CHECK(*launched);
        REQUIRE(QFileInfo::exists(path));
        CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
    auto shop = temp.open(path);
    CHECK(shop->settings().businessProfile()->name == QStringLiteral("Toko Makmur"));
}
