#pragma once

#include "domain/CustomerCard.h"
#include "domain/Payment.h"
#include "reports/PaperSize.h"
#include "sales/SaleDialog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPrinter;
class QTableView;

namespace setia {

class CardLedgerModel;
class Clock;
class CustomerCardService;
class CustomerSegmentPanel;
class CustomerService;
class FollowUpService;
class InteractionService;
class LoyaltyService;
class OpenSalesModel;
class PaymentService;
class PointsLedgerModel;
class ReportDocument;
class ReceiptService;
class SaleService;
class SegmentService;
class SurveyService;
class TicketService;
class SettingsService;
class TimelinePanel;
class UserPrompter;
class WhatsAppService;

// A customer's record card on screen (SPEC §4), the customer's main page: details, every
// transaction with the running balance owed, the credit sales still open, totals, favourite
// items and aging, and the timeline of everything about them (SPEC §13) — with print preview,
// print and PDF on A4 or F4 of the same document setia-cli prints; a payment, a new sale, a
// contact (Ctrl+L) or a follow-up (Ctrl+T) recorded in place, and the details edited.
class CustomerCardDialog : public QDialog
{
    Q_OBJECT

public:
    // What the card uses: it reads the card, the points and the segments; records payments,
    // sales (through the sale form), point changes and voids; edits the customer's details.
    struct Services
    {
        const CustomerCardService& cards;
        CustomerService& customers;
        LoyaltyService& loyalty;
        PaymentService& payments;
        SaleService& sales;
        const ReceiptService& receipts;
        const SettingsService& settings;
        const SegmentService& segments;
        InteractionService& interactions;
        FollowUpService& followUps;
        WhatsAppService& whatsApp;
        TicketService& tickets; // complaints about the customer or a sale of theirs
        SurveyService& surveys; // their answer to the survey, by phone or WhatsApp
        SaleDialog::Services saleEntry;
        const Clock& clock;
    };

    CustomerCardDialog(const Services& services, UserPrompter& prompter, qint64 customerId,
                       QWidget* parent = nullptr);

    // False (and a message shown) when the card cannot be read.
    bool load();
    const CustomerCard& card() const { return m_card; }
    CardLedgerModel* ledger() const { return m_ledger; }
    OpenSalesModel* openSales() const { return m_openSales; }
    PointsLedgerModel* points() const { return m_points; }
    TimelinePanel* timeline() const { return m_timeline; }

    // Opens the payment form; the card shows the payment once saved, and its kwitansi prints
    // when the form asks for it.
    void recordPayment();
    // Prints a saved payment's kwitansi on the receipt printer; false (and a message) when
    // it cannot.
    bool printKwitansi(const Payment& payment);
    // The same kwitansi on A5 paper, on `printer` (chosen in the print dialog once the
    // payment is saved); false (and a message) when it cannot.
    bool printKwitansiA5(const Payment& payment, QPrinter& printer);
    // Opens the sale form for this customer; the card shows the sale once saved.
    void newSale();
    // Ctrl+K: a complaint of the customer's; true when saved.
    bool newComplaint();
    // Records their survey answer (channel, scores, comment); true when saved.
    bool newSurveyAnswer();
    // Opens the customer's details in the editor.
    void editDetails();
    // Adds or takes points by hand, with a reason.
    void adjustPoints();
    // The ledger row opened (Enter, double-click): a sale shows its lines, and can be
    // voided there; a payment asks whether to void it, with the reason.
    void openEntry(int row);

    void preview();
    void print();
    // Asks where, through the prompter; returns the path written, empty if none.
    QString savePdf();

private:
    std::optional<ReportDocument> document();
    Paper paper() const;
    void renderTo(QPrinter& printer);

    Services m_services;
    UserPrompter& m_prompter;
    qint64 m_customerId;
    CustomerCard m_card;
    CardLedgerModel* m_ledger = nullptr;
    OpenSalesModel* m_openSales = nullptr;
    PointsLedgerModel* m_points = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_favourites = nullptr;
    QLabel* m_aging = nullptr;
    CustomerSegmentPanel* m_segments = nullptr;
    TimelinePanel* m_timeline = nullptr;
    QComboBox* m_paper = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace setia
