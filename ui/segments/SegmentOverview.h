#pragma once

#include "analytics/SegmentRule.h"
#include "services/SegmentService.h"

#include <QWidget>

class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace setia {

// Everyone's segments at a glance: for each lifecycle status, tier, RFM segment, profit
// group and saved rule segment, how many customers and what share of the 365-day revenue;
// and the 5 × 5 grid of R by F. Choosing any of them asks for its customers.
class SegmentOverview : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentOverview(QWidget* parent = nullptr);

    void setData(const SegmentSnapshot& snapshot, const QList<RuleSegment>& ruleSegments);
    QTreeWidget* tree() const { return m_tree; }
    QTableWidget* grid() const { return m_grid; }
    // Marks the item of `rule` as chosen, or none when no item has it (a grid cell), without
    // signalling.
    void select(const SegmentRule& rule);
    // The saved segment chosen in the tree; 0 for none.
    qint64 currentRuleSegmentId() const;

Q_SIGNALS:
    // `name` is what the user sees ("Passive", "R 4 · F 2", a saved segment's name).
    void segmentChosen(const SegmentRule& rule, const QString& name);

private:
    void chooseItem(QTreeWidgetItem* item);
    void chooseCell(int row, int column);

    QTreeWidget* m_tree = nullptr;
    QTableWidget* m_grid = nullptr;
};

} // namespace setia
