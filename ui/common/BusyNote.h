#pragma once

#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

namespace setia {

// Feedback for work that must run on the UI thread because it reads the database through
// the UI thread's connection (working out every customer's segments, a day's target sheet):
// from construction to destruction, a wait cursor and a note that says what is being done,
// painted before the work starts, and no keys or clicks taken in the meantime.
class BusyNote
{
public:
    BusyNote(QWidget* parent, const QString& title, const QString& text);
    ~BusyNote();
    BusyNote(const BusyNote&) = delete;
    BusyNote& operator=(const BusyNote&) = delete;

private:
    std::unique_ptr<QProgressDialog> m_dialog;
};

} // namespace setia
