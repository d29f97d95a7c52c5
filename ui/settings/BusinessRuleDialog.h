#pragma once

#include "analytics/BusinessRule.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace setia {

class BusinessRuleService;
class RuleBuilder;
class SegmentService;
class UserPrompter;

// A business rule, "when → then": its name, the rule builder's condition a customer comes to
// match (with how many match today, counted as it changes), and what Setia then does — give
// them a salesperson of a list, or make a follow-up for theirs —, whether those who match
// already count, and whether it is on.
class BusinessRuleDialog : public QDialog
{
    Q_OBJECT

public:
    struct Services
    {
        BusinessRuleService& rules;
        const SegmentService& segments;
    };

    BusinessRuleDialog(const Services& services, UserPrompter& prompter, const BusinessRule& rule,
                       const QDate& today, QWidget* parent = nullptr);

    BusinessRule rule() const;
    QString countText() const;
    void accept() override;

private:
    void recount();

    Services m_services;
    UserPrompter& m_prompter;
    BusinessRule m_rule;
    QDate m_today;
    QLineEdit* m_name = nullptr;
    RuleBuilder* m_builder = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_action = nullptr;
    QStackedWidget* m_actionForm = nullptr;
    QLineEdit* m_salespeople = nullptr;
    QLineEdit* m_task = nullptr;
    QSpinBox* m_dueIn = nullptr;
    QLineEdit* m_staff = nullptr;
    QCheckBox* m_includeCurrent = nullptr;
    QCheckBox* m_enabled = nullptr;
    QTimer* m_recount = nullptr;
};

} // namespace setia
