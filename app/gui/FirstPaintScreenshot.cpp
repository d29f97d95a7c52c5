#include "gui/FirstPaintScreenshot.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace setia {

FirstPaintScreenshot::FirstPaintScreenshot(QWidget& window, QString file,
                                           const QElapsedTimer& sinceStart)
    : QObject(&window)
    , m_window(window)
    , m_file(std::move(file))
    , m_sinceStart(sinceStart)
{
    m_window.installEventFilter(this);
}

bool FirstPaintScreenshot::eventFilter(QObject* watched, QEvent* event)
{
    if (m_armed && watched == &m_window && event->type() == QEvent::Paint) {
        m_armed = false;
        // Let this paint finish, then grab what it drew.
        QTimer::singleShot(0, this, &FirstPaintScreenshot::capture);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintScreenshot::capture()
{
    const qint64 paintedMs = m_sinceStart.elapsed();
    const bool saved = m_window.grab().save(m_file, "PNG");
    QTextStream out(saved ? stdout : stderr);
    if (saved)
        out << "screenshot: " << m_file << " (first paint " << paintedMs << " ms after start)\n";
    else
        out << QCoreApplication::translate("FirstPaintScreenshot",
                                           "Error: the screenshot could not be written to %1")
                   .arg(m_file)
            << '\n';
    out.flush();
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace setia
