#include "gui/CompositionRoot.h"

#include "agenda/TodayView.h"
#include "common/Clock.h"
#include "common/MessageBoxPrompter.h"
#include "counter/CounterView.h"
#include "customers/CustomersView.h"
#include "dataexchange/DataExchangeView.h"
#include "demo/DemoGenerator.h"
#include "gui/ViewWiring.h"
#include "main/MainWindow.h"
#include "main/WelcomeDialog.h"
#include "products/ProductsView.h"
#include "receivables/ReceivablesView.h"
#include "reportcentre/ReportsView.h"
#include "sales/SalesView.h"
#include "segments/SegmentsView.h"
#include "services/Backend.h"
#include "services/CustomerService.h"
#include "services/DataSafetyService.h"
#include "services/SettingsService.h"
#include "settings/SettingsView.h"
#include "targets/TargetsView.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace setia {

CompositionRoot::CompositionRoot()
    : m_clock(std::make_unique<SystemClock>())
    , m_prompter(std::make_unique<MessageBoxPrompter>())
{}

// The window goes first: its views hold references into the backend.
CompositionRoot::~CompositionRoot()
{
    stopBackgroundWork();
    m_window.reset();
    m_maintenance.reset();
    m_backend.reset();
}

Result<bool> CompositionRoot::launch(const QString& databasePath, bool askBeforeCreating)
{
    if (databasePath == QLatin1String(":memory:") || QFileInfo::exists(databasePath)) {
        if (Status started = start(databasePath); !started)
            return started.error();
        if (welcomeNewShop()) {
            if (Status demo = startDemo(); !demo)
                return demo.error();
        }
        return true;
    }
    m_databasePath = databasePath;
    const QString shown = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    if (askBeforeCreating &&
        !m_prompter->confirm(
            nullptr, QCoreApplication::translate("CompositionRoot", "No database there"),
            QCoreApplication::translate("CompositionRoot",
                                        "There is no Setia database at %1.\n\nIf the name is "
                                        "mistyped, choose Cancel and start Setia again with the "
                                        "right one. Make a new, empty database there?")
                .arg(shown),
            QCoreApplication::translate("CompositionRoot", "Make a new database")))
        return false;
    const auto makeShop = [this, &databasePath](const BusinessProfile& profile) -> Status {
        auto backend =
            Backend::open(databasePath, *m_clock, staffName(), Backend::Opening::CreateIfMissing);
        if (!backend)
            return backend.error();
        return (*backend)->settings().setBusinessProfile(profile);
    };
    WelcomeDialog welcome(makeShop, demoPath(databasePath));
    const int chosen = welcome.exec();
    if (chosen == WelcomeDialog::TryDemo) {
        if (Status demo = startDemo(); !demo)
            return demo.error();
        return true;
    }
    if (chosen != QDialog::Accepted)
        return false; // closed: nothing was made
    if (Status started = start(databasePath); !started)
        return started.error();
    return true;
}

QString CompositionRoot::staffName()
{
    return qEnvironmentVariable("USER", QStringLiteral("setia"));
}

Status CompositionRoot::start(const QString& databasePath)
{
    stopBackgroundWork();
    m_window.reset();
    m_maintenance.reset();
    m_backend.reset();
    m_databasePath = databasePath;
    auto backend = Backend::open(databasePath, *m_clock, staffName(), Backend::Opening::Existing);
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
    const auto add = [this](const char* id, const char* name, const char* icon, QWidget* view,
                            const char* help) {
        m_window->addView(QLatin1String(id), QCoreApplication::translate("CompositionRoot", name),
                          QLatin1String(icon), view,
                          QCoreApplication::translate("CompositionRoot", help));
    };
    add("customers", QT_TRANSLATE_NOOP("CompositionRoot", "Customers"), ":/icons/customers",
        new CustomersView(wiring.customers(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "Type to search by name, phone digits, member code or city. Enter or "
                          "a double-click opens the customer's record card; Ctrl+N adds a "
                          "customer; the choice above the list narrows it to a segment. "
                          "\"Member cards…\" prints the cards of everyone found."));
    auto* counter = new CounterView(wiring.counter(), prompter);
    add("counter", QT_TRANSLATE_NOOP("CompositionRoot", "Counter"), ":/icons/counter", counter,
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "F2 from anywhere. Type the last digits of the phone (or a name, or "
                          "scan the member card) and press Enter; when several phones end with "
                          "them, press the row's number. Type the amount paid and press Enter: "
                          "the cash purchase is saved with its points.\n\nF3 walk-in purchase · "
                          "F4 purchase with items · F5 record card · F6 member card · F7 points "
                          "slip as PDF · F9 print the points slip · F8 take a stamp reward · "
                          "F10 a complaint · F12 ask the last customer for a score · Ctrl+N new "
                          "member · Esc "
                          "start again."));
    // F2 from anywhere: the counter, ready for the next customer.
    auto* toCounter = new QAction(m_window.get());
    toCounter->setShortcut(QKeySequence(Qt::Key_F2));
    toCounter->setShortcutContext(Qt::ApplicationShortcut);
    m_window->addAction(toCounter);
    QObject::connect(toCounter, &QAction::triggered, counter, [this, counter] {
        m_window->showView(QStringLiteral("counter"));
        counter->startSearch();
    });
    add("today", QT_TRANSLATE_NOOP("CompositionRoot", "Today"), ":/icons/today",
        new TodayView(wiring.today(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "What to do on the date for everyone or one staff member: follow-ups "
                          "due (late ones in red), complaints past a deadline, birthdays of the "
                          "coming week, credit falling due or overdue, customers not contacted "
                          "for longer than their interval. Enter opens the record card (a "
                          "complaint: the complaint); Ctrl+L logs a contact; Ctrl+D "
                          "marks a follow-up done; \"Print the list\" gives the day's work list "
                          "on A4."));
    add("complaints", QT_TRANSLATE_NOOP("CompositionRoot", "Complaints"), ":/icons/complaints",
        new ComplaintsView(wiring.complaints(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "Complaints still to deal with, by the deadline each works towards: "
                          "a first answer within 4 opening hours, a resolution within 48 (urgent "
                          "ones 1 and 24); late ones in red, those waiting for the customer "
                          "last. Enter opens one to take its next step; Ctrl+N writes down a new "
                          "one."));
    add("satisfaction", QT_TRANSLATE_NOOP("CompositionRoot", "Satisfaction"),
        ":/icons/satisfaction", new SatisfactionView(wiring.satisfaction(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "NPS and CSAT of the period chosen, overall or broken down by lifecycle, "
                          "tier, RFM segment, customer type or area, each with its number of "
                          "answers and margin. Answers come from the counter (F12), the record "
                          "card (Ctrl+U) and paper survey cards; Reports → Satisfaction prints "
                          "them."));
    add("sales", QT_TRANSLATE_NOOP("CompositionRoot", "Sales"), ":/icons/sales",
        new SalesView(wiring.sales(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "Every sale, newest first. Choose a period, a customer, cash or credit; "
                          "type a receipt number to find it. Enter opens a sale: its lines, its "
                          "receipt printed again, or voiding it with a reason. Ctrl+N enters a "
                          "new sale."));
    add("receivables", QT_TRANSLATE_NOOP("CompositionRoot", "Receivables"), ":/icons/receivables",
        new ReceivablesView(wiring.receivables(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "Who owes what on the date chosen, with how late it is. Enter opens "
                          "the customer's record card, where a payment is recorded (and its "
                          "kwitansi printed)."));
    add("segments", QT_TRANSLATE_NOOP("CompositionRoot", "Segments"), ":/icons/segments",
        new SegmentsView(wiring.segments(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "Every customer's status, tier, RFM segment and profit group on a "
                          "date. Choose a segment to list its customers: print them, save them "
                          "as PDF or CSV, or tag them. \"New segment\" saves a rule of your "
                          "own."));
    add("targets", QT_TRANSLATE_NOOP("CompositionRoot", "Targets"), ":/icons/targets",
        new TargetsView(wiring.targets(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "The customers each salesperson should visit on the date, with the "
                          "items they usually buy. Change a quantity, take a customer off or "
                          "move them on the route, then print the sheet or save it as PDF or "
                          "CSV."));
    add("reports", QT_TRANSLATE_NOOP("CompositionRoot", "Reports"), ":/icons/reports",
        new ReportsView(wiring.reports(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "Choose a report, its period and its paper; preview it, print it, or "
                          "save it as PDF or CSV."));
    add("products", QT_TRANSLATE_NOOP("CompositionRoot", "Products"), ":/icons/products",
        new ProductsView(b.products(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "The catalogue: SKU, name, category, unit, price and cost. Enter "
                          "changes a product, Ctrl+N adds one; a product no longer sold is "
                          "deactivated, never deleted."));
    add("data", QT_TRANSLATE_NOOP("CompositionRoot", "Import & export"), ":/icons/data",
        new DataExchangeView(wiring.exchange(), prompter),
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "Import customers, products, sales or payments from a CSV file (rows "
                          "that cannot be imported go to a rejects file to correct), or export "
                          "them."));
    const QString databaseInfo =
        QCoreApplication::translate("CompositionRoot", "Database file: %1\nData version: %2")
            .arg(QDir::toNativeSeparators(b.databasePath()))
            .arg(b.schemaVersion());
    auto* settings = new SettingsView(b.settings(), wiring.stampCards(), wiring.businessRules(),
                                      b.safety(), prompter, databaseInfo);
    // The data was replaced: every view is built again on it (after the click that did it).
    QObject::connect(settings, &SettingsView::dataRestored, m_window.get(),
                     [this] { QTimer::singleShot(0, [this] { restart(); }); });
    add("settings", QT_TRANSLATE_NOOP("CompositionRoot", "Settings"), ":/icons/settings", settings,
        QT_TRANSLATE_NOOP("CompositionRoot",
                          "Your business's details for printed pages, the language, the loyalty "
                          "rules, the stamp cards, this computer's receipt printer and the "
                          "data's safety: back up now, the automatic backups, restore one, check "
                          "the file. \"Save settings\" keeps the changes; stamp cards and the "
                          "printer are kept as they are changed."));

    m_prompter->setTargetCheck([&b](const QString& path) { return b.checkTarget(path); });
    m_window->showBanner(b.readOnly());
    startDailyBackup();
    // The business rules' day: soon after the window shows, then after changes (a read-only
    // file keeps what it has).
    if (b.readOnly().isEmpty()) {
        auto* rules = new RuleRunner(wiring.ruleRunner(), m_window.get());
        MainWindow* window = m_window.get();
        QObject::connect(rules, &RuleRunner::failed, window,
                         [window](const QString& message) { window->showBanner(message); });
        rules->start();
    }
    return {};
}

void CompositionRoot::startDailyBackup()
{
    // Today's first start takes the day's backup (SPEC §12), through a connection of its
    // own on a thread of its own: the window opens at once. A failure is said in the banner.
    DataSafetyService& safety = m_backend->safety();
    MainWindow* window = m_window.get();
    m_dailyBackup.reset(QThread::create([&safety, window] {
        auto taken = safety.dailyBackup();
        if (taken)
            return;
        const QString failure =
            QCoreApplication::translate("CompositionRoot",
                                        "Today's automatic backup failed: %1 Use Settings → "
                                        "Data safety → \"Back up now\" to keep a copy elsewhere.")
                .arg(taken.error().message());
        QMetaObject::invokeMethod(
            window, [window, failure] { window->showBanner(failure); }, Qt::QueuedConnection);
    }));
    m_dailyBackup->start(QThread::LowPriority);
}

void CompositionRoot::stopBackgroundWork()
{
    if (m_dailyBackup)
        m_dailyBackup->wait();
    m_dailyBackup.reset();
}

void CompositionRoot::restart()
{
    const QRect geometry = m_window->geometry();
    if (Status started = start(m_databasePath); !started) {
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("main", "Setia cannot open its data"),
                              started.error().message());
        QCoreApplication::exit(1);
        return;
    }
    m_window->setGeometry(geometry);
    m_window->showView(QStringLiteral("settings"));
    m_window->show();
}

bool CompositionRoot::welcomeNewShop()
{
    auto business = m_backend->settings().businessProfile();
    auto customers = m_backend->customers().count(CustomerFilter{QString(), false});
    auto archived = m_backend->customers().count(CustomerFilter{QString(), true});
    const bool newShop = business && customers && archived && business->name.trimmed().isEmpty() &&
                         *customers == 0 && *archived == 0;
    if (!newShop)
        return false;
    SettingsService& settings = m_backend->settings();
    WelcomeDialog welcome(
        [&settings](const BusinessProfile& profile) {
            return settings.setBusinessProfile(profile);
        },
        demoPath(m_databasePath));
    return welcome.exec() == WelcomeDialog::TryDemo;
}

QString CompositionRoot::demoPath(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("setia-contoh.db"));
}

Status CompositionRoot::startDemo()
{
    const QString path = demoPath(m_databasePath);
    if (!QFileInfo::exists(path)) {
        auto backend = Backend::open(path, *m_clock, QStringLiteral("demo"),
                                     Backend::Opening::CreateIfMissing);
        if (!backend)
            return backend.error();
        QProgressDialog progress(
            QCoreApplication::translate("CompositionRoot", "Making the demo shop…"), QString(), 0,
            100);
        progress.setWindowTitle(QCoreApplication::translate("CompositionRoot", "Demo data"));
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(0);
        progress.setMinimumWidth(360);
        DemoOptions options;
        options.customers = 3000;
        options.sales = 40'000;
        options.end = m_clock->today();
        auto made = DemoGenerator(**backend).generate(
            options, [&progress](int percent) { progress.setValue(percent); });
        if (!made) {
            backend->reset();
            QFile::remove(path);
            return made.error();
        }
    }
    if (Status started = start(path); !started)
        return started;
    m_window->setWindowTitle(
        QCoreApplication::translate("CompositionRoot", "Setia — demo data (%1)")
            .arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace setia
