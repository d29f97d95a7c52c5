#include "common/ProgressJob.h"

#include <QEventLoop>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace setia {
namespace {

// How long the work may run before the dialog shows: what feels instant.
constexpr int quietMs = 300;
constexpr int tickMs = 100;

} // namespace

Status ProgressJob::run(QWidget* parent, const QString& label, const Work& work)
{
    std::atomic<int> painted{0};
    std::atomic<int> pages{0};
    std::atomic<bool> stop{false};
    std::optional<Status> result;
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        result = work([&](int done, int total) {
            painted = done;
            pages = total;
            return !stop.load();
        });
    }));
    thread->start();
    if (!thread->wait(quietMs)) {
        QProgressDialog dialog(label, tr("Stop"), 0, 0, parent);
        dialog.setWindowTitle(label);
        dialog.setWindowModality(Qt::ApplicationModal);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        dialog.setMinimumDuration(0);
        dialog.setMinimumWidth(360);
        QEventLoop loop;
        QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
        QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
            stop = true;
            dialog.setLabelText(tr("Stopping…"));
        });
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &dialog, [&] {
            if (stop || pages == 0)
                return;
            dialog.setMaximum(pages);
            dialog.setValue(painted);
            dialog.setLabelText(tr("%1\nPage %2 of %3")
                                    .arg(label, QLocale().toString(painted.load()),
                                         QLocale().toString(pages.load())));
        });
        tick.start(tickMs);
        dialog.show();
        if (thread->isRunning())
            loop.exec();
        thread->wait();
    }
    // Work that ended before it saw the Stop is done, and says so.
    return result.value_or(Status());
}

} // namespace setia
