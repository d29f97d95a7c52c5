#include "relationships/RuleRunner.h"

#include "common/BusyNote.h"
#include "common/Clock.h"
#include "services/BusinessRuleService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/PaymentService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace setia {

RuleRunner::RuleRunner(const Services& services, QWidget* window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_quiet(new QTimer(this))
    , m_day(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(quietMs);
    connect(m_quiet, &QTimer::timeout, this, &RuleRunner::runNow);
    // A minute's look at the date: the day's run when it turned.
    m_day->setInterval(60'000);
    connect(m_day, &QTimer::timeout, this, [this] {
        if (m_lastRun.isValid() && m_services.clock.today() != m_lastRun)
            runNow();
    });
    const auto changedSignal = [this](auto* sender, auto signal) {
        connect(sender, signal, this, &RuleRunner::changed);
    };
    changedSignal(&services.sales, &SaleService::saleRecorded);
    changedSignal(&services.sales, &SaleService::saleVoided);
    changedSignal(&services.sales, &SaleService::salesChanged);
    changedSignal(&services.payments, &PaymentService::paymentRecorded);
    changedSignal(&services.payments, &PaymentService::paymentVoided);
    changedSignal(&services.payments, &PaymentService::paymentsChanged);
    changedSignal(&services.customers, &CustomerService::customerAdded);
    changedSignal(&services.customers, &CustomerService::customerChanged);
    changedSignal(&services.customers, &CustomerService::customersChanged);
    changedSignal(&services.interactions, &InteractionService::interactionLogged);
    changedSignal(&services.followUps, &FollowUpService::followUpsChanged);
    changedSignal(&services.settings, &SettingsService::segmentationRulesChanged);
    changedSignal(&services.settings, &SettingsService::loyaltySettingsChanged);
    changedSignal(&services.rules, &BusinessRuleService::rulesChanged);
    qApp->installEventFilter(this);
}

bool RuleRunner::eventFilter(QObject* watched, QEvent* event)
{
    if (m_quiet->isActive() &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress))
        m_quiet->start();
    return QObject::eventFilter(watched, event);
}

void RuleRunner::start()
{
    QTimer::singleShot(startMs, this, &RuleRunner::runNow);
    m_day->start();
}

void RuleRunner::changed()
{
    m_quiet->start();
}

bool RuleRunner::runNow()
{
    m_quiet->stop();
    const QDate today = m_services.clock.today();
    std::optional<BusyNote> note;
    if (!m_services.rules.isReady(today))
        note.emplace(m_window, tr("Business rules"),
                     tr("Running the business rules on every customer…"));
    auto run = m_services.rules.run(today);
    note.reset();
    m_lastRun = today;
    if (!run) {
        Q_EMIT failed(tr("The business rules could not run: %1 They run again after the next "
                         "change.")
                          .arg(run.error().message()));
        return false;
    }
    return true;
}

} // namespace setia
