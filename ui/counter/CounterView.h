#pragma once

#include "counter/CounterDocuments.h"
#include "customers/CustomerCardDialog.h"
#include "domain/Sale.h"

#include <QElapsedTimer>
#include <QWidget>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QTableView;

namespace setia {

class Clock;
class CounterMatchModel;
class CounterService;
class CustomerService;
class MemberPanel;
class ReceiptService;
struct Sale;
class SettingsService;
class SurveyService;
class UserPrompter;

// The counter (F2 from anywhere): one search field for the last phone digits, name words
// or a member code, results on every keystroke in the counter's order (SPEC §11), and the
// member found beside them. Enter opens the one phone that ends with the digits (or the only
// match); with several, the list takes focus and 1–9 open a row. A member code scanned opens
// its member wherever the cursor is; Esc starts again; F3 logs a walk-in purchase.
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
        const ReceiptService& receipts;
        const SettingsService& settings;
        SurveyService& surveys; // the question after a sale
        CustomerCardDialog::Services recordCard;
        const Clock& clock;
    };

    CounterView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Clears the search and puts the cursor in it, for the next customer.
    void startSearch();
    // Shows the member with this id; false (and a message) when they cannot be read.
    bool openMember(qint64 customerId);
    // A cash purchase of the amount typed in the member panel, with its points (none for a
    // walk-in purchase).
    bool logAmount();
    // F3: a purchase without a member, by its amount.
    void startWalkIn();
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
    // F9: prints the member's points slip on this PC's receipt printer, on its roll.
    bool printSlip();
    // F12: the one-question survey about the last sale made here (its customer, or anonymous
    // for a walk-in); true when answered.
    bool askSurvey();
    // F10: a complaint of the member shown (about the sale just made for them, if any), or of
    // a customer found in the dialog; true when saved.
    bool newComplaint();

    QLineEdit* searchField() const { return m_search; }
    QTableView* resultsView() const { return m_table; }
    CounterMatchModel* results() const { return m_model; }
    // What the search found, or what to do when it found nobody.
    QLabel* searchNote() const { return m_note; }
    MemberPanel* member() const { return m_member; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    // Enter in the search field: a whole member code, the one phone ending, or the list.
    void searchEntered();
    // The list takes the keys: 1–9 open a row.
    void pick();
    // A key in the results list: a digit opens its row, other text goes back to the search.
    bool resultsKey(const QKeyEvent& key);
    // A key in the amount field: a letter starts a search there, and a member code scanned
    // into it (typed within 50 ms a key, ending in Enter) opens that member.
    bool amountKey(const QKeyEvent& key);
    // The active member with this exact code, or 0.
    qint64 memberWithCode(const QString& code) const;
    void showRecordCard();
    void previewAmount();
    // Prints the receipt of a sale just saved when Settings asks for it; what went wrong, if
    // anything, for the saved note.
    QString printAfterSale(const Sale& sale);

    Services m_services;
    UserPrompter& m_prompter;
    CounterMatchModel* m_model = nullptr;
    CounterDocuments m_documents;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_note = nullptr;
    // The keys typed quickly into the amount field, and what it held before them.
    QString m_burst;
    QString m_beforeBurst;
    QElapsedTimer m_sinceKey;
    MemberPanel* m_member = nullptr;
    qint64 m_pointValue = 0; // of the rules the member was opened under
    // The last sale made here, for the survey that follows it and a complaint about it.
    struct LastSale
    {
        Sale sale;
        QString customerName;
        bool asked = false; // its survey answered
    };
    LastSale m_lastSale;
    void rememberSale(const Sale& sale, const QString& customerName);
};

} // namespace setia
