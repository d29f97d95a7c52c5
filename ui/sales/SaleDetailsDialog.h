#pragma once

#include "domain/Sale.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace setia {

class Clock;
class ReceiptService;
class SaleService;
class TicketService;
class UserPrompter;

// One sale as it was saved: its lines, totals and payment; voiding it with a reason (a sale
// is never deleted: it stays, marked, and leaves every total); and a complaint about it (or
// the line selected), linked to it from the start.
class SaleDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    SaleDetailsDialog(SaleService& sales, const ReceiptService& receipts, TicketService& tickets,
                      const Clock& clock, UserPrompter& prompter, const Sale& sale,
                      const QString& customerName, QWidget* parent = nullptr);

    // Asks for the reason and voids the sale; false when cancelled or refused.
    bool voidSale();
    // Prints the sale's receipt again (marked as a copy) on this PC's receipt printer.
    bool printReceipt();
    // A complaint about the sale (the line selected, if any); true when saved. A walk-in's
    // sale has nobody to answer: the button is off.
    bool complain();

private:
    void showSale();

    SaleService& m_sales;
    const ReceiptService& m_receipts;
    TicketService& m_tickets;
    const Clock& m_clock;
    UserPrompter& m_prompter;
    Sale m_sale;
    QString m_customerName;
    QLabel* m_header = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_lines = nullptr;
    QPushButton* m_voidButton = nullptr;
};

} // namespace setia
