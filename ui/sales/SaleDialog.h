#pragma once

#include "domain/Customer.h"
#include "domain/Sale.h"
#include "services/SaleService.h"

#include <QDialog>

#include <optional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace setia {

class Clock;
class CustomerService;
class FormErrors;
class LoyaltyService;
class MoneyEdit;
class PaymentService;
class ProductService;
class SaleLinesModel;
class SearchPicker;
class StampService;
class UserPrompter;

// Entering a sale (SPEC §3): a customer or a walk-in; items found by name or SKU (a scanner
// types the SKU and Enter); quantities with up to three decimals, price and line discount;
// a sale discount; cash or credit with the due date from the customer's terms. Totals are
// priced by the sale service as they change. The receipt number is taken when the form
// opens, so saving again after an interrupted save never makes a second sale. A credit sale
// past the customer's limit is saved only after the user confirms it.
class SaleDialog : public QDialog
{
    Q_OBJECT

public:
    // What the form uses: it prices and saves through `sales`, finds customers and products,
    // shows what the customer owes and what the sale earns them.
    struct Services
    {
        SaleService& sales;
        const CustomerService& customers;
        const ProductService& products;
        const PaymentService& payments;
        const LoyaltyService& loyalty;
        const StampService& stamps;
        const Clock& clock;
    };

    // `customerId` 0 starts with a walk-in.
    SaleDialog(const Services& services, UserPrompter& prompter, qint64 customerId = 0,
               QWidget* parent = nullptr);

    // Saves the sale; false (and the reason shown) when it was not saved.
    bool save();
    const Sale& savedSale() const { return m_saved; }
    QString receipt() const { return m_receipt; }

    SearchPicker* customerPicker() const { return m_customer; }
    SearchPicker* productPicker() const { return m_product; }
    SaleLinesModel* lines() const { return m_lines; }

public Q_SLOTS:
    // Asks before discarding items entered.
    void reject() override;

private:
    void customerPicked(qint64 id);
    void productPicked(qint64 id);
    void removeCurrentLine();
    void reprice();
    // Under the total: the points and stamps the member gets for it.
    void showEarnings(const Sale& sale);
    SaleDraft draft() const;

    Services m_services;
    UserPrompter& m_prompter;
    QString m_receipt;
    std::optional<Customer> m_customerRecord;
    Sale m_saved;
    SaleLinesModel* m_lines = nullptr;
    FormErrors* m_errors = nullptr;
    SearchPicker* m_customer = nullptr;
    QLabel* m_customerInfo = nullptr;
    QDateTimeEdit* m_soldAt = nullptr;
    SearchPicker* m_product = nullptr;
    QTableView* m_table = nullptr;
    QRadioButton* m_cash = nullptr;
    QRadioButton* m_credit = nullptr;
    QLabel* m_due = nullptr;
    MoneyEdit* m_discount = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_subtotal = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_earns = nullptr; // the member's points and stamps for this sale
    QPushButton* m_saveButton = nullptr;
};

} // namespace setia
