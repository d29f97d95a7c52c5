#pragma once

#include "common/ListPage.h"
#include "common/Result.h"
#include "customers/CustomerCardDialog.h"
#include "domain/BusinessProfile.h"
#include "domain/Customer.h"
#include "services/CustomerSubset.h"

class QCheckBox;
class QComboBox;
class QPrinter;
class QPushButton;

namespace setia {

class BusinessRuleService;
class Clock;
class ContactActions;
class CustomerListModel;
struct CustomerFilter;
class CustomerService;
class MergeService;
class RuleSegmentService;
class SegmentService;
class SettingsService;
class UserPrompter;

// The customer list: search as you type, sort by any column, add, edit, archive and
// restore. Opening a customer shows their record card, the customer's main page. Ctrl+F
// searches, Ctrl+N adds, Enter opens the record card, Ctrl+E edits, Esc clears the search;
// Ctrl+L logs a contact with the selected customer, Ctrl+T plans a follow-up, Alt+W sends a
// WhatsApp message.
class CustomersView : public ListPage
{
    Q_OBJECT

public:
    // What the list uses: it finds, adds, edits and archives customers, finds and merges
    // duplicates, narrows to a saved segment's members, prints member cards and opens the
    // record card.
    struct Services
    {
        CustomerService& customers;
        MergeService& merges;
        const RuleSegmentService& ruleSegments;
        const SegmentService& segments;
        const SettingsService& settings;
        const BusinessRuleService& rules; // it gives customers a salesperson
        CustomerCardDialog::Services recordCard;
        const Clock& clock;
    };

    CustomersView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    void newCustomer();
    // Shows the record card of the customer in `row` of the list.
    void openRow(int row) override;
    // Opens the customer in `row` in the editor.
    void editRow(int row);
    // The member cards of every customer the list shows (at most maxCards), as a PDF, or
    // printed on `printer` (the one chosen in the print dialog the button's menu opens).
    void saveMemberCards();
    // Customers → Duplicates: who may be one person, merging them, undoing a merge.
    void showDuplicates();
    void printMemberCards(QPrinter& printer);
    // The same for paper survey cards (SPEC §14), four to an A4 page.
    void saveSurveyCards();
    void printSurveyCards(QPrinter& printer);

    static constexpr int maxCards = 500;

    CustomerListModel* model() const { return m_model; }
    // The saved segment the list is narrowed to ("Segment:"); 0 for everyone.
    QComboBox* segmentFilter() const { return m_segment; }
    // Reads the saved segments again into the "Segment:" list, keeping the one chosen.
    void reloadSegments();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The selected row, or the only one when a search found one customer.
    int chosenRow() const;
    void applyFilter();
    // What the list says when it is empty under `filter`.
    static QString emptyHint(const CustomerFilter& filter);
    // Narrows the list to the saved segment chosen, read afresh, then filters.
    void applySegment();
    // The members of a saved segment as of today, stored for the list's filter.
    Result<CustomerSubset> segmentSubset(qint64 segmentId);
    void updateCount();
    void updateActions();
    void toggleArchived();
    void selectCustomer(qint64 id);
    // The cards the list shows, with the shop's details on them; nullopt when there are
    // none, too many, or the list cannot be read (the user was told).
    std::optional<std::pair<BusinessProfile, QList<Customer>>> cardsShown(const QString& title);

    Services m_services;
    UserPrompter& m_prompter;
    CustomerListModel* m_model = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QComboBox* m_segment = nullptr;
    CustomerSubset m_subset;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_archiveButton = nullptr;
    QPushButton* m_cardsButton = nullptr;
    ContactActions* m_contacts = nullptr;
    QPushButton* m_contactButton = nullptr;
};

} // namespace setia
