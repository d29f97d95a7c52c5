#include "gui/CompositionRoot.h"

#include "Backend.h"
#include "common/Clock.h"
#include "common/MessageBoxPrompter.h"
#include "counter/CounterView.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersView.h"
#include "dataexchange/DataExchangeView.h"
#include "db/Database.h"
#include "db/sqlite/WalCheckpointer.h"
#include "main/MainWindow.h"
#include "products/ProductListModel.h"
#include "products/ProductsView.h"
#include "receivables/ReceivablesView.h"
#include "reportcentre/ReportsView.h"
#include "sales/SaleListModel.h"
#include "sales/SalesView.h"
#include "segments/SegmentsView.h"
#include "settings/SettingsView.h"
#include "targets/TargetsView.h"

#include <QAction>
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
    auto* customers = new CustomersView(*m_backend, *m_prompter);
    m_window->addView(QStringLiteral("customers"),
                      QCoreApplication::translate("CompositionRoot", "Customers"),
                      QStringLiteral(":/icons/customers"), customers);
    auto* counter = new CounterView(*m_backend, *m_prompter);
    m_window->addView(QStringLiteral("counter"),
                      QCoreApplication::translate("CompositionRoot", "Counter"),
                      QStringLiteral(":/icons/counter"), counter);
    // F2 from anywhere: the counter, ready for the next customer.
    auto* toCounter = new QAction(m_window.get());
    toCounter->setShortcut(QKeySequence(Qt::Key_F2));
    toCounter->setShortcutContext(Qt::ApplicationShortcut);
    m_window->addAction(toCounter);
    QObject::connect(toCounter, &QAction::triggered, counter, [this, counter] {
        m_window->showView(QStringLiteral("counter"));
        counter->startSearch();
    });
    auto* sales = new SalesView(*m_backend, *m_prompter);
    m_window->addView(QStringLiteral("sales"),
                      QCoreApplication::translate("CompositionRoot", "Sales"),
                      QStringLiteral(":/icons/sales"), sales);
    auto* receivables = new ReceivablesView(*m_backend, *m_prompter);
    m_window->addView(QStringLiteral("receivables"),
                      QCoreApplication::translate("CompositionRoot", "Receivables"),
                      QStringLiteral(":/icons/receivables"), receivables);
    m_window->addView(
        QStringLiteral("segments"), QCoreApplication::translate("CompositionRoot", "Segments"),
        QStringLiteral(":/icons/segments"), new SegmentsView(*m_backend, *m_prompter));
    m_window->addView(QStringLiteral("targets"),
                      QCoreApplication::translate("CompositionRoot", "Targets"),
                      QStringLiteral(":/icons/targets"), new TargetsView(*m_backend, *m_prompter));
    m_window->addView(QStringLiteral("reports"),
                      QCoreApplication::translate("CompositionRoot", "Reports"),
                      QStringLiteral(":/icons/reports"), new ReportsView(*m_backend, *m_prompter));
    auto* products =
        new ProductsView(m_backend->products(), m_backend->productStore(), *m_prompter);
    m_window->addView(QStringLiteral("products"),
                      QCoreApplication::translate("CompositionRoot", "Products"),
                      QStringLiteral(":/icons/products"), products);
    auto* data = new DataExchangeView(*m_backend, *m_prompter);
    m_window->addView(QStringLiteral("data"),
                      QCoreApplication::translate("CompositionRoot", "Import & export"),
                      QStringLiteral(":/icons/data"), data);
    // An import writes past the services, which announce single changes only: the lists
    // of what was imported read their rows again.
    QObject::connect(data, &DataExchangeView::imported, customers, [customers](ImportKind kind) {
        if (kind == ImportKind::Customers)
            customers->model()->reload();
    });
    QObject::connect(data, &DataExchangeView::imported, products, [products](ImportKind kind) {
        if (kind == ImportKind::Products)
            products->model()->reload();
    });
    QObject::connect(data, &DataExchangeView::imported, sales,
                     [sales, receivables](ImportKind kind) {
                         if (kind == ImportKind::Sales)
                             sales->model()->reload();
                         if (kind == ImportKind::Sales || kind == ImportKind::Payments)
                             receivables->reload();
                     });
    const QString databaseInfo =
        QCoreApplication::translate("CompositionRoot", "Database file: %1\nData version: %2")
            .arg(QDir::toNativeSeparators(database.path()))
            .arg(database.schemaVersion());
    m_window->addView(QStringLiteral("settings"),
                      QCoreApplication::translate("CompositionRoot", "Settings"),
                      QStringLiteral(":/icons/settings"),
                      new SettingsView(*m_backend, *m_prompter, databaseInfo));
    return {};
}

} // namespace setia
