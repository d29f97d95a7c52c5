#include "settings/SettingsView.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "services/SettingsService.h"
#include "support/TempDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace setia;
using namespace setia::test;

TEST_CASE("Settings saves the business details into the database file", "[ui]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    {
        auto backend = temp.open(path);
        ScriptedPrompter prompter;
        SettingsView view(*backend, prompter, QStringLiteral("info"));
        view.show();
        QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("businessName")),
                         QStringLiteral("Warung Bu Sri"));
        view.findChild<QPlainTextEdit*>(QStringLiteral("businessAddress"))
            ->setPlainText(QStringLiteral("Jl. Melati No. 5\nBandung"));
        QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("businessPhone")),
                         QStringLiteral("0813-2222-3333"));
        view.save();
        CHECK(prompter.notices.isEmpty());
    }
    auto reopened = temp.open(path);
    auto profile = reopened->settings().businessProfile();
    REQUIRE(profile.ok());
    CHECK(profile->name == QStringLiteral("Warung Bu Sri"));
    CHECK(profile->address == QStringLiteral("Jl. Melati No. 5\nBandung"));
    CHECK(profile->phone == QStringLiteral("0813-2222-3333"));
}

TEST_CASE("Settings: the loyalty rules change what the next sale earns", "[ui][loyalty]")
{
    TempDatabase temp;
    const QString path = temp.freshPath();
    {
        auto backend = temp.open(path);
        ScriptedPrompter prompter;
        SettingsView view(*backend, prompter, QStringLiteral("info"));
        view.show();
        // SPEC §6's defaults to begin with.
        CHECK(view.findChild<QLineEdit*>(QStringLiteral("rupiahPerPoint"))->text() ==
              QStringLiteral("10.000"));
        CHECK(view.findChild<QSpinBox*>(QStringLiteral("goldPercent"))->value() == 150);

        retype(view.findChild<QLineEdit*>(QStringLiteral("rupiahPerPoint")),
               QStringLiteral("5.000"));
        view.findChild<QSpinBox*>(QStringLiteral("silverPercent"))->setValue(200);
        QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("birthdayReward")),
                         QStringLiteral("gratis 1 kopi"));
        view.save();
        CHECK(prompter.notices.isEmpty());

        // Gold below Silver is refused with the reason; nothing of it is kept.
        retype(view.findChild<QLineEdit*>(QStringLiteral("goldSpend")), QStringLiteral("500.000"));
        view.save();
        REQUIRE(prompter.notices.size() == 1);
        CHECK(prompter.notices.first().contains(QStringLiteral("Gold")));
    }
    auto reopened = temp.open(path);
    auto rules = reopened->settings().loyaltySettings();
    REQUIRE(rules.ok());
    CHECK(rules->rupiahPerPoint == 5'000);
    CHECK(rules->silverPermille == 2000);
    CHECK(rules->goldSpend == 5'000'000);
    CHECK(rules->birthdayReward == QStringLiteral("gratis 1 kopi"));
}
