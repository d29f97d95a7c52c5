#pragma once

#include <QDate>
#include <QObject>
#include <QString>

class QTimer;
class QWidget;

namespace setia {

class BusinessRuleService;
class Clock;
class CustomerService;
class FollowUpService;
class InteractionService;
class PaymentService;
class SaleService;
class SettingsService;

// Runs the business rules when they may have something to do: once a day — soon after Setia
// starts, and when the date turns while it runs — and after the changes that move customers
// between segments (sales, payments, customers, contacts, follow-ups, the thresholds, the
// rules themselves), once nothing has changed and nobody has typed or clicked for `quietMs`:
// the counter's rush comes first.
// A run that must work out every customer's segments says so over the window meanwhile.
class RuleRunner : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        BusinessRuleService& rules;
        const SaleService& sales;
        const PaymentService& payments;
        const CustomerService& customers;
        const InteractionService& interactions;
        const FollowUpService& followUps;
        const SettingsService& settings;
        const Clock& clock;
    };

    static constexpr int quietMs = 30'000;
    static constexpr int startMs = 3'000;

    RuleRunner(const Services& services, QWidget* window);

    // The day's run, `startMs` after the window shows.
    void start();
    // Runs now; false when it failed (failed() said why).
    bool runNow();

Q_SIGNALS:
    void failed(const QString& message);

protected:
    // A key or a click while a run waits puts it off again.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed();

    Services m_services;
    QWidget* m_window;
    QTimer* m_quiet;
    QTimer* m_day;
    QDate m_lastRun;
};

} // namespace setia
