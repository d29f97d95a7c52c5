#pragma once

#include "domain/Customer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace setia {

class CustomerService;
class FormErrors;
class MoneyEdit;
class OptionalDateEdit;
class UserPrompter;

// Creates or edits one customer. The service checks everything; the dialog shows its
// message above the form, selects the field at fault and keeps what was typed.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    // A new customer when `customer` has id 0.
    CustomerDialog(CustomerService& service, UserPrompter& prompter, const Customer& customer,
                   QWidget* parent = nullptr);

    // The customer as saved, after accept().
    const Customer& savedCustomer() const { return m_customer; }

    void accept() override;

private:
    QWidget* buildMainTab();
    QWidget* buildSalesTab();
    QWidget* buildOtherTab();
    void load(const Customer& customer);
    // The form's values over the customer being edited; nullopt (and an error shown) when
    // a field cannot even be read, such as a malformed amount.
    std::optional<Customer> collect();
    void showError(const QString& message, const QString& field);

    CustomerService& m_service;
    UserPrompter& m_prompter;
    Customer m_customer;

    FormErrors* m_errors = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_phone = nullptr;
    QCheckBox* m_whatsApp = nullptr;
    QLineEdit* m_email = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_area = nullptr;
    OptionalDateEdit* m_birthday = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_salesperson = nullptr;
    QList<QCheckBox*> m_visitDays;
    QDateEdit* m_joined = nullptr;
    MoneyEdit* m_creditLimit = nullptr;
    QSpinBox* m_terms = nullptr;
    QSpinBox* m_contactInterval = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_consentWhatsApp = nullptr;
    QCheckBox* m_consentSms = nullptr;
    QCheckBox* m_consentEmail = nullptr;
    QLabel* m_consentInfo = nullptr;
    QCheckBox* m_bad = nullptr;
    QLineEdit* m_badReason = nullptr;
};

} // namespace setia
