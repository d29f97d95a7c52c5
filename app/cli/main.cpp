// setia-cli: Setia's core without a window, for automation, support and tests (SPEC §8).
#include "cli/CliRunner.h"
#include "i18n/Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char* argv[])
{
    // Commands that print documents lay out text, which needs fonts and so a QGuiApplication
    // (on the offscreen platform: the CLI never shows a window). The others stay on a plain
    // QCoreApplication, which starts faster and says nothing about displays.
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (setia::CliRunner::printsDocuments(words)) {
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
