#include "DialogDriver.h"

#include <QApplication>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <memory>

namespace setia::test {
namespace {

struct Poll
{
    std::vector<std::function<void(QDialog&)>> drives;
    std::size_t driven = 0;
    QPointer<QDialog> last; // the dialog driven last, while it lives
    bool finished = false;  // open() returned: stop polling
    int attempts = 0;
};

void pollOnce(const std::shared_ptr<Poll>& state)
{
    if (state->finished || state->driven == state->drives.size())
        return;
    auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
    if (dialog && dialog->isVisible() && dialog != state->last.data()) {
        state->last = dialog;
        state->attempts = 0;
        state->drives[state->driven++](*dialog);
    }
    if (state->driven < state->drives.size() && ++state->attempts < 200)
        QTimer::singleShot(10, [state] { pollOnce(state); });
}

} // namespace

bool driveModal(const std::function<void()>& open, const std::function<void(QDialog&)>& drive)
{
    return driveModals(open, {drive});
}

bool driveModals(const std::function<void()>& open,
                 const std::vector<std::function<void(QDialog&)>>& drives)
{
    auto state = std::make_shared<Poll>();
    state->drives = drives;
    QTimer::singleShot(0, [state] { pollOnce(state); });
    open();
    state->finished = true;
    return state->driven == state->drives.size();
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace setia::test
