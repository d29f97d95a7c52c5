#pragma once

#include "domain/Sale.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace setia {

class ReceiptService;
class SaleService;
class UserPrompter;

// One sale as it was saved: its lines, totals and payment; and voiding it with a reason
// (a sale is never deleted: it stays, marked, and leaves every total).
class SaleDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    SaleDetailsDialog(SaleService& sales, const ReceiptService& receipts, UserPrompter& prompter,
                      const Sale& sale, const QString& customerName, QWidget* parent = nullptr);

    // Asks for the reason and voids the sale; false when cancelled or refused.
    bool voidSale();
    // Prints the sale's receipt again (marked as a copy) on this PC's receipt printer.
    bool printReceipt();

private:
    void showSale();

    SaleService& m_sales;
    const ReceiptService& m_receipts;
    UserPrompter& m_prompter;
    Sale m_sale;
    QString m_customerName;
    QLabel* m_header = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_lines = nullptr;
    QPushButton* m_voidButton = nullptr;
};

} // namespace setia
