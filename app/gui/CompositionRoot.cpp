#include "gui/CompositionRoot.h"

#include "Backend.h"
#include "common/Clock.h"
#include "common/MessageBoxPrompter.h"
#include "customers/CustomersView.h"
#include "db/Database.h"
#include "db/WalCheckpointer.h"
#include "main/MainWindow.h"
#include "products/ProductsView.h"
#include "receivables/ReceivablesView.h"
#include "sales/SalesView.h"
#include "settings/SettingsView.h"

#include <QCoreApplication>
#include <QDir>

namespace setia {

CompositionRoot::CompositionRoot()
    : m_clock(std::make_unique<SystemClock>())
    , m_prompter(std::make_unique<MessageBoxPrompter>())
{}

// The window goes first: its views hold references into the backend.
CompositionRoot::~CompositionRoot()
{
    m_window.reset();
    m_checkpointer.reset();
    m_backend.reset();
}

Status CompositionRoot::start(const QString& databasePath)
{
    const QString staff = qEnvironmentVariable("USER", QStringLiteral("setia"));
    auto backend = Backend::open(databasePath, *m_clock, staff);
    if (!backend)
        return backend.error();
    m_backend = std::move(backend).value();
    Database& database = m_backend->database();
    m_checkpointer = std::make_unique<WalCheckpointer>(database.path());

    m_window = std::make_unique<MainWindow>();
    m_window->addView(
        QStringLiteral("customers"), QCoreApplication::translate("CompositionRoot", "Customers"),
        QStringLiteral(":/icons/customers"), new CustomersView(*m_backend, *m_prompter));
    m_window->addView(QStringLiteral("sales"),
                      QCoreApplication::translate("CompositionRoot", "Sales"),
                      QStringLiteral(":/icons/sales"), new SalesView(*m_backend, *m_prompter));
    m_window->addView(QStringLiteral("receivables"),
                      QCoreApplication::translate("CompositionRoot", "Receivables"),
                      QStringLiteral(":/icons/receivables"),
                      new ReceivablesView(*m_backend, *m_prompter));
    m_window->addView(
        QStringLiteral("products"), QCoreApplication::translate("CompositionRoot", "Products"),
        QStringLiteral(":/icons/products"),
        new ProductsView(m_backend->products(), m_backend->productStore(), *m_prompter));
    const QString databaseInfo =
        QCoreApplication::translate("CompositionRoot", "Database file: %1\nData version: %2")
            .arg(QDir::toNativeSeparators(database.path()))
            .arg(database.schemaVersion());
    m_window->addView(QStringLiteral("settings"),
                      QCoreApplication::translate("CompositionRoot", "Settings"),
                      QStringLiteral(":/icons/settings"),
                      new SettingsView(m_backend->settings(), *m_prompter, databaseInfo));
    return {};
}

} // namespace setia
