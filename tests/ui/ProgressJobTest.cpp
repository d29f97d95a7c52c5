// Slow work off the UI thread: a quick job shows nothing, a slow one a progress dialog that
// counts pages and stops the work when asked.
#include "common/ProgressJob.h"

#include <QApplication>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <atomic>

using namespace setia;

TEST_CASE("A quick job returns its own result without a dialog", "[ui]")
{
    bool dialogSeen = false;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        dialogSeen = dialogSeen || QApplication::activeModalWidget() != nullptr;
    });
    probe.start(10);
    const Status status = ProgressJob::run(nullptr, QStringLiteral("Saving"), [](const auto&) {
        return Status(Error(Error::Kind::Io, QStringLiteral("disk says no")));
    });
    REQUIRE_FALSE(status);
    CHECK(status.error().message() == QStringLiteral("disk says no"));
    CHECK_FALSE(dialogSeen);
}

TEST_CASE("A slow job shows its pages and stops when the user says so", "[ui]")
{
    std::atomic<int> lastPage{0};
    QString shown;
    // Once the dialog is up and has counted a few pages, press Stop.
    QTimer press;
    QObject::connect(&press, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget());
        if (dialog && dialog->maximum() == 1000 && dialog->value() >= 3) {
            shown = dialog->labelText();
            dialog->findChild<QPushButton*>()->click(); // "Stop"
            press.stop();
        }
    });
    press.start(20);
    const Status status =
        ProgressJob::run(nullptr, QStringLiteral("Saving the PDF"), [&](const auto& progress) {
            for (int page = 0; page <= 1000; ++page) {
                if (!progress(page, 1000))
                    return Status(Error(Error::Kind::Cancelled, QStringLiteral("stopped")));
                lastPage = page;
                QThread::msleep(5);
            }
            return Status();
        });
    REQUIRE_FALSE(status);
    CHECK(status.error().kind() == Error::Kind::Cancelled);
    CHECK(lastPage < 1000); // the work itself stopped
    CHECK(shown.startsWith(QStringLiteral("Saving the PDF\nPage ")));
    CHECK(shown.endsWith(QStringLiteral(" of %1").arg(QLocale().toString(1000))));
}
