#pragma once

#include "analytics/SegmentRule.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QVBoxLayout;

namespace setia {

class RuleGroupBox;

// The rule builder (SPEC §5): groups of field–operator–value conditions, each group's joined
// by AND or OR, and the groups joined by AND or OR — for a saved segment, and for the "when"
// of a business rule.
class RuleBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit RuleBuilder(QWidget* parent = nullptr);

    // Shows `rule`; one empty condition when it has none.
    void setRule(const SegmentRule& rule);
    SegmentRule rule() const;
    // "Customers who match:" all or any group.
    QComboBox* matchChooser() const { return m_match; }

Q_SIGNALS:
    void changed();

private:
    RuleGroupBox* addGroup();
    void removeGroup(RuleGroupBox* box);
    void renumber();

    QComboBox* m_match = nullptr;
    QVBoxLayout* m_groups = nullptr;
    QList<RuleGroupBox*> m_boxes;
};

} // namespace setia
