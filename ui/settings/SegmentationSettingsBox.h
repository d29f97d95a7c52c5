#pragma once

#include "analytics/Segmentation.h"

#include <QGroupBox>

class QSpinBox;

namespace setia {

// The segmentation thresholds the owner may change (SPEC §5): when a customer turns
// passive and lost, the tier and profit cut-offs, what counts as growth and as new, and
// how far the lifetime value looks ahead.
class SegmentationSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit SegmentationSettingsBox(QWidget* parent = nullptr);

    void setRules(const SegmentationRules& rules);
    SegmentationRules rules() const;

private:
    QSpinBox* m_activeDays = nullptr;
    QSpinBox* m_passiveDays = nullptr;
    QSpinBox* m_bigPercent = nullptr;
    QSpinBox* m_regularPercent = nullptr;
    QSpinBox* m_majorPercent = nullptr;
    QSpinBox* m_growthPercent = nullptr;
    QSpinBox* m_newcomerDays = nullptr;
    QSpinBox* m_remainingMonths = nullptr;
};

} // namespace setia
