#pragma once

#include <QDialog>

class QTableWidget;

namespace setia {

class BusinessRuleService;
class UserPrompter;

// The business rules' log: every time one fired, newest first — when, as of which day, the
// rule, the customer, why (their values that met it) and what Setia did.
class RuleFiringsDialog : public QDialog
{
    Q_OBJECT

public:
    RuleFiringsDialog(const BusinessRuleService& rules, UserPrompter& prompter,
                      QWidget* parent = nullptr);

    // Reads the log; false (and a message) when it cannot be.
    bool load();
    QTableWidget* table() const { return m_table; }

private:
    const BusinessRuleService& m_rules;
    UserPrompter& m_prompter;
    QTableWidget* m_table = nullptr;
};

} // namespace setia
