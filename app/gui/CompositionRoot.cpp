#include "gui/CompositionRoot.h"

#include "common/Clock.h"
#include "common/MessageBoxPrompter.h"
#include "counter/CounterView.h"
#include "customers/CustomersView.h"
#include "dataexchange/DataExchangeView.h"
#include "gui/ViewWiring.h"
#include "main/MainWindow.h"
#include "products/ProductsView.h"
#include "receivables/ReceivablesView.h"
#include "reportcentre/ReportsView.h"
#include "sales/SalesView.h"
#include "segments/SegmentsView.h"
#include "services/Backend.h"
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
    m_maintenance.reset();
    m_backend.reset();
}

Status CompositionRoot::start(const QString& databasePath)
{
    const QString staff = qEnvironmentVariable("USER", QStringLiteral("setia"));
    auto backend = Backend::open(databasePath, *m_clock, staff);
    if (!backend)
        return backend.error();
    m_backend = std::move(backend).value();
    m_maintenance = m_backend->startMaintenance();
    Backend& b = *m_backend;
    const Clock& clock = *m_clock;
    UserPrompter& prompter = *m_prompter;

    // Each view gets the services it uses, and no more; the views announce nothing to each
    // other: each model reads its rows again when the service behind it says they changed.
    const ViewWiring wiring(b, clock);
    m_window = std::make_unique<MainWindow>();
    const auto add = [this](const char* id, const char* name, const char* icon, QWidget* view) {
        m_window->addView(QLatin1String(id), QCoreApplication::translate("CompositionRoot", name),
                          QLatin1String(icon), view);
    };
    add("customers", QT_TRANSLATE_NOOP("CompositionRoot", "Customers"), ":/icons/customers",
        new CustomersView(wiring.customers(), prompter));
    auto* counter = new CounterView(wiring.counter(), prompter);
    add("counter", QT_TRANSLATE_NOOP("CompositionRoot", "Counter"), ":/icons/counter", counter);
    // F2 from anywhere: the counter, ready for the next customer.
    auto* toCounter = new QAction(m_window.get());
    toCounter->setShortcut(QKeySequence(Qt::Key_F2));
    toCounter->setShortcutContext(Qt::ApplicationShortcut);
    m_window->addAction(toCounter);
    QObject::connect(toCounter, &QAction::triggered, counter, [this, counter] {
        m_window->showView(QStringLiteral("counter"));
        counter->startSearch();
    });
    add("sales", QT_TRANSLATE_NOOP("CompositionRoot", "Sales"), ":/icons/sales",
        new SalesView(wiring.sales(), prompter));
    add("receivables", QT_TRANSLATE_NOOP("CompositionRoot", "Receivables"), ":/icons/receivables",
        new ReceivablesView(wiring.receivables(), prompter));
    add("segments", QT_TRANSLATE_NOOP("CompositionRoot", "Segments"), ":/icons/segments",
        new SegmentsView(wiring.segments(), prompter));
    add("targets", QT_TRANSLATE_NOOP("CompositionRoot", "Targets"), ":/icons/targets",
        new TargetsView(wiring.targets(), prompter));
    add("reports", QT_TRANSLATE_NOOP("CompositionRoot", "Reports"), ":/icons/reports",
        new ReportsView(wiring.reports(), prompter));
    add("products", QT_TRANSLATE_NOOP("CompositionRoot", "Products"), ":/icons/products",
        new ProductsView(b.products(), prompter));
    add("data", QT_TRANSLATE_NOOP("CompositionRoot", "Import & export"), ":/icons/data",
        new DataExchangeView(wiring.exchange(), prompter));
    const QString databaseInfo =
        QCoreApplication::translate("CompositionRoot", "Database file: %1\nData version: %2")
            .arg(QDir::toNativeSeparators(b.databasePath()))
            .arg(b.schemaVersion());
    add("settings", QT_TRANSLATE_NOOP("CompositionRoot", "Settings"), ":/icons/settings",
        new SettingsView(b.settings(), wiring.stampCards(), prompter, databaseInfo));
    return {};
}

} // namespace setia
