#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QWidget;

namespace setia {

// For `setia --screenshot FILE`: waits for the window's first paint, saves the window as
// a PNG, prints the time since start and quits the application (exit code 1 if the file
// cannot be written).
class FirstPaintScreenshot : public QObject
{
    Q_OBJECT

public:
    FirstPaintScreenshot(QWidget& window, QString file, const QElapsedTimer& sinceStart);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void capture();

    QWidget& m_window;
    QString m_file;
    const QElapsedTimer& m_sinceStart;
    bool m_armed = true;
};

} // namespace setia
