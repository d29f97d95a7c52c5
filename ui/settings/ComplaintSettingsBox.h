#pragma once

#include "domain/ComplaintRules.h"

#include <QGroupBox>

#include <array>

class QCheckBox;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace setia {

// How complaints and surveys are handled (SPEC §14): the shop's opening hours, day by day —
// the deadlines count only these —, the hours each deadline allows, the categories offered,
// when to check with the customer afterwards, when to call back a detractor and how many
// answers a margin needs.
class ComplaintSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ComplaintSettingsBox(QWidget* parent = nullptr);

    void setRules(const ComplaintRules& rules);
    ComplaintRules rules() const;

private:
    struct DayRow
    {
        QCheckBox* open = nullptr;
        QTimeEdit* from = nullptr;
        QTimeEdit* to = nullptr;
    };
    std::array<DayRow, 7> m_days{};
    QSpinBox* m_responseHours = nullptr;
    QSpinBox* m_resolutionHours = nullptr;
    QSpinBox* m_urgentResponseHours = nullptr;
    QSpinBox* m_urgentResolutionHours = nullptr;
    QSpinBox* m_checkDays = nullptr;
    QSpinBox* m_detractorDays = nullptr;
    QSpinBox* m_minimumResponses = nullptr;
    QPlainTextEdit* m_categories = nullptr;
};

} // namespace setia
