// setia-cli: Setia's core without a window, for automation, support and tests (SPEC §8).
#include "cli/CliRunner.h"
#include "i18n/Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

// Commands that print documents lay out text, which needs fonts and so a QGuiApplication
// (on the offscreen platform: the CLI never shows a window). The others stay on a plain
// QCoreApplication, which starts faster and says nothing about displays.
bool printsDocuments(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "card") == 0 || std::strcmp(argv[i], "targets") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (printsDocuments(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("setia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SETIA_VERSION));

    // --lang is read before anything else speaks; the runner validates the rest.
    QString language = setia::Translations::storedChoice();
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            language = arguments.at(i + 1);
    }
    setia::Translations::install(*app, language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    setia::CliRunner runner(out, err);
    return runner.run(arguments);
}
