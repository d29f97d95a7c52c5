#pragma once

#include "analytics/BusinessRule.h"

#include <QGroupBox>
#include <QList>

class QPushButton;
class QTableWidget;

namespace setia {

class BusinessRuleService;
class Clock;
class SegmentService;
class UserPrompter;

// The business rules ("when → then", seed 001): each one's name, condition, what it does and
// whether it is on. New, Change, On/off and Remove are saved at once; "Run now" runs them as
// of today (Setia also does after changes and once a day) and "Log" shows every firing with
// why and what it did.
class BusinessRulesBox : public QGroupBox
{
    Q_OBJECT

public:
    struct Services
    {
        BusinessRuleService& rules;
        const SegmentService& segments;
        const Clock& clock;
    };

    BusinessRulesBox(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Reads the rules again; false (and a message) when they cannot be.
    bool reload();
    void newRule();
    void changeRule();
    void toggleRule();
    void removeRule();
    void runNow();
    void showLog();
    QTableWidget* table() const { return m_table; }

private:
    const BusinessRule* chosenRule() const;
    void updateButtons();

    Services m_services;
    UserPrompter& m_prompter;
    QList<BusinessRule> m_rules;
    QTableWidget* m_table = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace setia
