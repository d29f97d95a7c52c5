#pragma once

#include "analytics/SegmentRule.h"
#include "customers/CustomerCardDialog.h"
#include "reports/PaperSize.h"
#include "reports/ReportDocument.h"
#include "segments/RuleSegmentDialog.h"
#include "services/CustomerSubset.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace setia {

class Clock;
class CustomerListModel;
class CustomerService;
class ProfitabilityService;
class RuleSegmentService;
class SegmentOverview;
class SegmentService;
class SettingsService;
class UserPrompter;

// Segments (SPEC §5): the overview of every segment as of a date on the left; the customers
// of the one chosen on the right, in the lazy customer list, with their CSV, a printed list,
// the profitability report, and tags added or removed in one step. Saved rule segments are
// made, changed and removed here.
class SegmentsView : public QWidget
{
    Q_OBJECT

public:
    // What the view uses: everyone's segments as of a date, the saved rule segments and their
    // builder, the members' list, profitability and tags, and the record card.
    struct Services
    {
        CustomerService& customers;
        const SegmentService& segments;
        RuleSegmentService& ruleSegments;
        const ProfitabilityService& profitability;
        const SettingsService& settings;
        CustomerCardDialog::Services recordCard;
        const Clock& clock;
    };

    SegmentsView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Recomputes (or reuses) everyone's segments and redraws the overview; false when that
    // failed (the user was told).
    bool refresh();
    void choose(const SegmentRule& rule, const QString& name);
    SegmentOverview* overview() const { return m_overview; }
    QTableView* table() const { return m_table; }
    const QString& chosenName() const { return m_chosenName; }
    qint64 chosenCount() const { return m_members.size(); }

    void exportCsv();
    void savePdf();
    void exportProfitabilityCsv();
    void saveProfitabilityPdf();
    void changeTag(bool add);
    void newRuleSegment();
    void editRuleSegment();
    void removeRuleSegment();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<CustomerSegment> chosenOrSelected() const;
    // The printed list and the profitability report of the chosen segment; nullopt when
    // they cannot be made (the user was told why).
    std::optional<ReportDocument> listReport();
    std::optional<ReportDocument> profitabilityReport();
    void previewList();
    void previewProfitability();
    void openCard();
    QString fileStem() const;
    Paper paper() const;
    void updateActions();

    Services m_services;
    RuleSegmentDialog::Services m_ruleBuilder;
    UserPrompter& m_prompter;
    QDateEdit* m_asOf = nullptr;
    SegmentOverview* m_overview = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    CustomerListModel* m_model = nullptr;
    QComboBox* m_paper = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_listButton = nullptr;
    QPushButton* m_profitButton = nullptr;
    QPushButton* m_tagButton = nullptr;
    QPushButton* m_editRule = nullptr;
    QPushButton* m_removeRule = nullptr;
    SegmentRule m_chosenRule;
    QString m_chosenName;
    QList<CustomerSegment> m_members;
    CustomerSubset m_subset;
};

} // namespace setia
