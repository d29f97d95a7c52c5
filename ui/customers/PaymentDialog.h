#pragma once

#include "domain/Payment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace setia {

class FormErrors;
class MoneyEdit;
class PaymentService;

// Records a payment of one customer: amount, date (today unless earlier), method, note.
// What it pays goes to the oldest open credit sales first; more than is owed stays as
// the customer's credit.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(PaymentService& payments, qint64 customerId, const QString& customerName,
                  qint64 owed, const QDate& today, QWidget* parent = nullptr);

    const Payment& savedPayment() const { return m_saved; }
    // Whether the user asked for the payment's kwitansi once it is saved.
    bool wantsKwitansi() const;
    // Whether the user asked for it on A5 paper, on a printer chosen once saved.
    bool wantsKwitansiA5() const;
    void accept() override;

private:
    PaymentService& m_payments;
    qint64 m_customerId;
    Payment m_saved;
    FormErrors* m_errors = nullptr;
    MoneyEdit* m_amount = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_note = nullptr;
    QCheckBox* m_kwitansi = nullptr;
    QCheckBox* m_kwitansiA5 = nullptr;
};

} // namespace setia
