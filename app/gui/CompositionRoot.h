#pragma once

#include "common/Result.h"

#include <QObject>

#include <memory>

namespace setia {

class Backend;
class MainWindow;
class MessageBoxPrompter;
class SystemClock;

// Wires the GUI: the Backend (database, stores and services) → views → main window. Each view
// gets the services it uses; the services tell the models what changed. Owns all of them;
// nothing else creates any.
class CompositionRoot
{
public:
    CompositionRoot();
    ~CompositionRoot();

    // Opens the database at `databasePath` and builds the window. The error says why the
    // data cannot be opened and what to do.
    Status start(const QString& databasePath);
    MainWindow& window() { return *m_window; }

private:
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<MessageBoxPrompter> m_prompter;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<QObject> m_maintenance; // keeps the file's log short
    std::unique_ptr<MainWindow> m_window;
};

} // namespace setia
