#pragma once

#include "reports/PaperSize.h"
#include "reports/ReportDocument.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QListWidget;

namespace setia {

class Clock;
class CsvWriter;
class CustomerService;
class ProfitabilityService;
class ReportService;
class RuleSegmentService;
class SearchPicker;
class SegmentService;
class SettingsService;
class SurveyService;
class TicketService;
class UserPrompter;

// The report centre: every report with its parameters, each to print preview, PDF or CSV on
// the paper chosen. Customer list (a search or a saved segment), record cards (chosen
// customers, or a saved segment, one per page), receivables aging, profitability, sales by
// customer, product, day or month, loyalty members and points, complaints, and satisfaction
// (NPS and CSAT).
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    enum class Report {
        Customers,
        RecordCards,
        Aging,
        Profitability,
        SalesByCustomer,
        SalesByProduct,
        SalesByDay,
        SalesByMonth,
        Members,
        Complaints,
        Satisfaction,
    };

    // What the report centre uses: the reports, the customers and saved segments they cover,
    // profitability, complaints and survey answers, and the business's letterhead.
    struct Services
    {
        const ReportService& reports;
        const CustomerService& customers;
        const RuleSegmentService& ruleSegments;
        const SegmentService& segments;
        const ProfitabilityService& profitability;
        const TicketService& tickets;
        const SurveyService& surveys;
        const SettingsService& settings;
        const Clock& clock;
    };

    ReportsView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    void choose(Report report);
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* searchEdit() const { return m_search; }
    SearchPicker* cardPicker() const { return m_cardPicker; }
    QListWidget* chosenCustomers() const { return m_chosen; }

    void preview();
    QString savePdf();
    QString exportCsv();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // A report ready to go out: the document, and how to write its CSV.
    struct Output
    {
        ReportDocument document;
        std::function<void(CsvWriter&)> csv;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
    };
    std::optional<Output> build();
    // The period chosen, or nullopt (and a message) when it starts after it ends.
    bool periodChosen();
    Report current() const;
    void updateParameters();
    void reloadSegments();
    // The ids of the saved segment chosen (as of the report's date); nullopt when none is
    // chosen or it failed (the user was told).
    std::optional<QList<qint64>> segmentMembers();
    QList<qint64> cardCustomers();
    QString fileStem() const;

    Services m_services;
    UserPrompter& m_prompter;
    QListWidget* m_reports = nullptr;
    QFormLayout* m_form = nullptr;
    QDateEdit* m_asOf = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_segment = nullptr;
    SearchPicker* m_cardPicker = nullptr;
    QListWidget* m_chosen = nullptr;
    QComboBox* m_paper = nullptr;
};

} // namespace setia
