#pragma once

#include "services/SurveyService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace setia {

class Clock;
class DateEdit;
class NpsTallyModel;
class SegmentService;
class UserPrompter;

// Kepuasan (SPEC §14): NPS and CSAT of a period — the last 90 days unless chosen — overall and
// broken down by lifecycle, tier, RFM segment, customer type or area, each with its number of
// answers and margin ("not enough data" under the minimum). The report centre prints it.
class SatisfactionView : public QWidget
{
    Q_OBJECT

public:
    struct Services
    {
        const SurveyService& surveys;
        const SegmentService& segments; // the groupings' segments at the period's end
        const Clock& clock;
    };

    SatisfactionView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Reads the answers of the period again; false (and a message) when it cannot.
    bool reload();
    void setPeriod(const QDate& from, const QDate& to);
    void setGrouping(NpsGrouping by);

    NpsTallyModel* model() const { return m_model; }
    QLabel* summary() const { return m_summary; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void dataChanged();

    Services m_services;
    UserPrompter& m_prompter;
    NpsTallyModel* m_model = nullptr;
    DateEdit* m_from = nullptr;
    DateEdit* m_to = nullptr;
    QComboBox* m_by = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    bool m_stale = true;
};

} // namespace setia
