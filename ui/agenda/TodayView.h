#pragma once

#include "common/ListPage.h"
#include "customers/CustomerCardDialog.h"
#include "reports/ReportDocument.h"

#include <optional>

class QComboBox;
class QPrinter;
class QPushButton;

namespace setia {

class AgendaModel;
class AgendaService;
class BusinessRuleService;
class Clock;
class DateEdit;
class FollowUpService;
class InteractionService;
class SettingsService;
class UserPrompter;
class WhatsAppService;

// Hari ini (SPEC §13): the day's agenda for everyone or one staff member — follow-ups due,
// complaints past a deadline, birthdays of the coming week, receivables falling due or
// overdue, customers out of touch — each row actionable (Enter: the record card, or the
// complaint of a complaint's row; Ctrl+L: log a contact; Ctrl+D: a follow-up
// done; Alt+W: a WhatsApp message), and the list printed on A4 as the day's work list. The first
// view for staff who are not at the counter.
class TodayView : public ListPage
{
    Q_OBJECT

public:
    // What the view uses: the agenda, the contact and follow-up forms, the shop's letterhead
    // for the printed list, and the record card of each customer.
    struct Services
    {
        const AgendaService& agenda;
        InteractionService& interactions;
        FollowUpService& followUps;
        WhatsAppService& whatsApp;
        const SettingsService& settings;
        const BusinessRuleService& rules; // its follow-ups change the agenda
        CustomerCardDialog::Services recordCard;
        const Clock& clock;
    };

    TodayView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Reads the agenda of the date and staff member chosen; false (and a message) when it
    // cannot.
    bool reload();
    void openRow(int row) override;
    // The row's customer: a contact logged (a call), or its follow-up done; true when saved.
    bool logContact(int row);
    bool completeFollowUp(int row);
    // A WhatsApp message to the row's customer, its template chosen by the row's kind (a
    // birthday greeting, a debt reminder, "we miss you"); true when it was opened and logged.
    bool messageOnWhatsApp(int row);
    // The rows shown as the day's work list on A4, onto `printer` (a queue, a PDF); false
    // (and a message) when it cannot.
    bool printList(QPrinter& printer);
    // Asks where, then writes the work list as PDF; the path written, empty when not.
    QString saveListPdf();
    void setDay(const QDate& day);
    void setStaff(const QString& staff);

    AgendaModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void dataChanged();
    void updateCount();
    void updateButtons();
    // The rows shown as the printed day list; nullopt (and a message) when it cannot be made.
    std::optional<ReportDocument> listDocument();
    void previewList();
    void saveListCsv();
    QString chosenStaff() const;

    Services m_services;
    UserPrompter& m_prompter;
    AgendaModel* m_model = nullptr;
    DateEdit* m_day = nullptr;
    QComboBox* m_staff = nullptr;
    QComboBox* m_kind = nullptr;
    QPushButton* m_logButton = nullptr;
    QPushButton* m_doneButton = nullptr;
    QPushButton* m_whatsAppButton = nullptr;
    bool m_stale = true;
};

} // namespace setia
