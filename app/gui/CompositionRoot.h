#pragma once

#include "common/Result.h"

#include <memory>

namespace setia {

class Backend;
class MainWindow;
class MessageBoxPrompter;
class SystemClock;
class WalCheckpointer;

// Wires the GUI: database → stores → services (the Backend) → views → main window.
// Owns all of them; nothing else creates any.
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
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace setia
