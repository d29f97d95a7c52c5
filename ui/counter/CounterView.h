#pragma once

#include "customers/CustomerCardDialog.h"

#include <QWidget>

class QLineEdit;
class QTableView;

namespace setia {

class Clock;
class CounterService;
class CustomerListModel;
class CustomerService;
class MemberPanel;
class SettingsService;
class UserPrompter;

// The counter (F2 from anywhere): one search field for the last phone digits, name words
// or a member code, results on every keystroke, and the member found beside them. Enter
// opens the only match, a scanned member code opens its member at once, arrows choose
// among several; Esc starts again.
class CounterView : public QWidget
{
    Q_OBJECT

public:
    // What the counter uses: it finds members, logs their purchases and rewards through the counter
    // service, adds new members, prints their cards and slips and opens the record card.
    struct Services
    {
        CounterService& counter;
        CustomerService& customers;
        const SettingsService& settings;
        CustomerCardDialog::Services recordCard;
        const Clock& clock;
    };

    CounterView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Clears the search and puts the cursor in it, for the next customer.
    void startSearch();
    // Shows the member with this id; false (and a message) when they cannot be read.
    bool openMember(qint64 customerId);
    // A cash purchase of the amount typed in the member panel, with its points.
    bool logAmount();
    // A purchase with items from the catalogue, in the sale form.
    void logPurchase();
    // F8: the stamp reward chosen in the member panel, given free in a sale of its own.
    bool takeReward();
    // Ctrl+N: a new member from a name and a phone number, shown at once.
    void newMember();
    // Saves the member's card (barcode and QR code) as a PDF to print and cut.
    void saveMemberCard();
    // Saves the member's points slip for a 58 or 80 mm receipt printer as a PDF.
    void saveSlip();

    QLineEdit* searchField() const { return m_search; }
    CustomerListModel* results() const { return m_model; }
    MemberPanel* member() const { return m_member; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Enter in the search field: a whole member code, the only match, or the list.
    void searchEntered();
    void showRecordCard();
    void previewAmount();

    Services m_services;
    UserPrompter& m_prompter;
    CustomerListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    MemberPanel* m_member = nullptr;
    qint64 m_pointValue = 0; // of the rules the member was opened under
};

} // namespace setia
