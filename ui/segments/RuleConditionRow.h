#pragma once

#include "analytics/SegmentRule.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace setia {

// One condition of a rule segment: field, operator and value. The value is a list for
// fields with fixed choices and typed text otherwise.
class RuleConditionRow : public QWidget
{
    Q_OBJECT

public:
    explicit RuleConditionRow(QWidget* parent = nullptr);

    void setCondition(const RuleCondition& condition);
    RuleCondition condition() const;

Q_SIGNALS:
    void changed();
    void removeRequested(RuleConditionRow* row);

private:
    void fillForField();

    QComboBox* m_field = nullptr;
    QComboBox* m_operator = nullptr;
    QStackedWidget* m_value = nullptr;
    QComboBox* m_choice = nullptr;
    QLineEdit* m_text = nullptr;
    QToolButton* m_remove = nullptr;
};

} // namespace setia
