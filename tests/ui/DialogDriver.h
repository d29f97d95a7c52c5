#pragma once

#include <QDialog>
#include <QLineEdit>
#include <QString>

#include <functional>
#include <vector>

namespace setia::test {

// Runs `open` (which shows a modal dialog with exec()) and, once the dialog is up, calls
// `drive` with it. `drive` must close the dialog (accept, reject or a key that does).
// Returns false if no modal dialog appeared within two seconds.
bool driveModal(const std::function<void()>& open, const std::function<void(QDialog&)>& drive);

// The same for modal dialogs that follow each other (a question, then the dialog it leads
// to): `drives[i]` drives the i-th. True when every one of them appeared.
bool driveModals(const std::function<void()>& open,
                 const std::vector<std::function<void(QDialog&)>>& drives);

// The child of `dialog` with this object name, typed; fails the test when missing.
template <typename T>
T* field(QDialog& dialog, const QString& name)
{
    return dialog.findChild<T*>(name);
}

// Replaces the text of a line edit the way a user does: select all, type.
void retype(QLineEdit* edit, const QString& text);

} // namespace setia::test
