// The one Catch2 main of every Setia test binary; kept alone and untouched because it is
// the slowest file to compile. It creates the Qt application the tests need: a
// QApplication on the offscreen platform for UI tests (so test discovery during the build
// needs no display), a QCoreApplication otherwise.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QCoreApplication>
#include <QLocale>

#include <catch2/catch.hpp>

#include <memory>

int main(int argc, char* argv[])
{
#ifdef SETIA_TEST_WIDGETS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    auto app = std::make_unique<QApplication>(argc, argv);
#else
    auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("setia-tests"));
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    return Catch::Session().run(argc, argv);
}
