#pragma once

#include "common/Result.h"

#include <QObject>
#include <QThread>

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

    // The app's start. Opens the database at `databasePath` and builds the window; a new,
    // empty shop is welcomed (welcomeNewShop()). Where no file is, nothing is made unasked:
    // when `askBeforeCreating` (the path was given, not Setia's own) the user confirms that
    // a new database belongs there, then the welcome's details make it — or the demo is made
    // in its own file instead. False when the user made nothing (then quit); the error says
    // why the data cannot be opened and what to do.
    Result<bool> launch(const QString& databasePath, bool askBeforeCreating);

    // Opens the existing database at `databasePath` and builds the window (anew when
    // started before). The error says why the data cannot be opened and what to do.
    Status start(const QString& databasePath);

    // A new shop — no business name and no customers yet — is welcomed before the window
    // shows: its details are asked for, or demo data is offered instead. Returns true when
    // the user chose the demo: then startDemo().
    bool welcomeNewShop();
    // Makes the demo shop in its own file next to the shop's (once; later it is opened as
    // it is), with a progress dialog, and starts on it. The window's title says it is demo
    // data.
    Status startDemo();
    // The demo's file: setia-contoh.db in the folder of `databasePath`.
    static QString demoPath(const QString& databasePath);
    MainWindow& window() { return *m_window; }

private:
    // Who records consents: the account's user name.
    static QString staffName();
    void startDailyBackup();
    // Waits for what runs on other threads against the backend (the daily backup).
    void stopBackgroundWork();
    // Builds everything again on the same file (after a restore), in the same place.
    void restart();

    QString m_databasePath;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<MessageBoxPrompter> m_prompter;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<QObject> m_maintenance; // keeps the file's log short
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QThread> m_dailyBackup;
};

} // namespace setia
