// The one Catch2 main of every Setia test binary; kept alone and untouched because it is
// the slowest file to compile. It creates the Qt application the tests need, on the
// offscreen platform (so test discovery during the build needs no display): a QApplication
// for UI tests, a QGuiApplication otherwise, because printed documents (core/reports) lay
// out text and Qt's fonts need one.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <catch2/catch.hpp>

#include <memory>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef SETIA_TEST_WIDGETS
    auto app = std::make_unique<QApplication>(argc, argv);
#else
    auto app = std::make_unique<QGuiApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("setia-tests"));
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    return Catch::Session().run(argc, argv);
}
