#include "settings/SettingsView.h"

#include "ScriptedPrompter.h"
#include "services/SettingsService.h"
#include "support/TempDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
        SettingsView view(backend->settings(), prompter, QStringLiteral("info"));
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
