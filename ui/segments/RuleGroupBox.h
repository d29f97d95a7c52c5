#pragma once

#include "analytics/SegmentRule.h"

#include <QGroupBox>

class QComboBox;
class QVBoxLayout;

namespace setia {

class RuleConditionRow;

// One group of a rule segment: its conditions, joined by AND or OR.
class RuleGroupBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit RuleGroupBox(QWidget* parent = nullptr);

    void setGroup(const RuleGroup& group);
    RuleGroup group() const;
    void setNumber(int number);
    RuleConditionRow* addCondition();

Q_SIGNALS:
    void changed();
    void removeRequested(RuleGroupBox* box);

private:
    void removeCondition(RuleConditionRow* row);

    QComboBox* m_match = nullptr;
    QVBoxLayout* m_rows = nullptr;
    QList<RuleConditionRow*> m_conditions;
};

} // namespace setia
