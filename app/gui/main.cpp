// setia: the desktop application.
#include "gui/CompositionRoot.h"
#include "gui/FirstPaintScreenshot.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "services/Backend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>
#include <QStyleFactory>
#include <QTextStream>

#include <algorithm>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("setia"));
    QApplication::setApplicationDisplayName(QStringLiteral("Setia"));
    QApplication::setApplicationVersion(QStringLiteral(SETIA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("setia"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Setia — customers, sales and loyalty"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Language: id or en."), QStringLiteral("CODE"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the main window as PNG after its first paint, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QStringLiteral("View to show: customers, counter, "
                                                       "sales, receivables, segments, targets, "
                                                       "reports, products, data, settings."),
                                        QStringLiteral("NAME"));
    parser.addOptions({dbOption, langOption, shotOption, viewOption});
    parser.process(app);

    setia::Translations::install(app, parser.isSet(langOption)
                                          ? parser.value(langOption)
                                          : setia::Translations::storedChoice());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/setia.png")));
    QFile style(QStringLiteral(":/style/setia.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    const bool screenshot = parser.isSet(shotOption);
    setia::CompositionRoot root;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : setia::Backend::defaultDatabasePath();
    const QString title = QCoreApplication::translate("main", "Setia cannot open its data");
    if (screenshot) { // opens what is there and asks nothing
        if (setia::Status status = root.start(path); !status) {
            QTextStream(stderr) << title << ": " << status.error().message() << '\n';
            return 1;
        }
    } else {
        const setia::Result<bool> launched = root.launch(path, parser.isSet(dbOption));
        if (!launched) {
            QMessageBox::critical(nullptr, title, launched.error().message());
            return 1;
        }
        if (!*launched)
            return 0; // the user made no database
    }

    setia::MainWindow& window = root.window();
    if (parser.isSet(viewOption) && !window.showView(parser.value(viewOption))) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Unknown view %1; views: %2")
                                   .arg(parser.value(viewOption),
                                        window.viewIds().join(QStringLiteral(", ")))
                            << '\n';
        return 2;
    }
    // The first window fits the screen's free area (not under a taskbar), up to 1280 × 760.
    const QRect screen = window.screen()->availableGeometry();
    window.resize(std::min(1280, screen.width()), std::min(760, screen.height()));
    if (screenshot)
        new setia::FirstPaintScreenshot(window, parser.value(shotOption), sinceStart);
    window.show();
    return app.exec();
}
