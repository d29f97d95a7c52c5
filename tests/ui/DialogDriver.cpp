#include "DialogDriver.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <memory>

namespace setia::test {
namespace {

struct Poll
{
    std::function<void(QDialog&)> drive;
    bool driven = false;
    bool finished = false; // open() returned: stop polling
    int attempts = 0;
};

void pollOnce(const std::shared_ptr<Poll>& state)
{
    if (state->finished || state->driven)
        return;
    auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
    if (dialog && dialog->isVisible()) {
        state->driven = true;
        state->drive(*dialog);
        return;
    }
    if (++state->attempts < 200)
        QTimer::singleShot(10, [state] { pollOnce(state); });
}

} // namespace

bool driveModal(const std::function<void()>& open, const std::function<void(QDialog&)>& drive)
{
    auto state = std::make_shared<Poll>();
    state->drive = drive;
    QTimer::singleShot(0, [state] { pollOnce(state); });
    open();
    state->finished = true;
    return state->driven;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace setia::test
