#include "customers/PaymentDialog.h"

#include "common/DateEdit.h"
#include "common/FormErrors.h"
#include "common/MoneyEdit.h"
#include "domain/Money.h"
#include "services/PaymentService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace setia {

PaymentDialog::PaymentDialog(PaymentService& payments, qint64 customerId,
                             const QString& customerName, qint64 owed, const QDate& today,
                             QWidget* parent)
    : QDialog(parent)
    , m_payments(payments)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment from %1").arg(customerName));
    // Wide enough for its title ("Payment from <name>") under any window manager.
    setMinimumWidth(std::max(420, fontMetrics().horizontalAdvance(windowTitle()) + 120));
    m_errors = new FormErrors(this);
    auto* owedLabel = new QLabel(owed > 0 ? tr("Owed now: %1").arg(money::format(owed))
                                          : tr("Nothing is owed now; a payment is kept as "
                                               "credit for later credit sales."),
                                 this);
    owedLabel->setObjectName(QStringLiteral("hint"));
    owedLabel->setWordWrap(true);

    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    if (owed > 0)
        m_amount->setValue(owed);
    m_date = new DateEdit(today, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setEditable(true);
    m_method->addItems({tr("cash"), tr("transfer"), QStringLiteral("QRIS"), tr("giro/cheque")});
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount (Rp)"), m_amount);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Note"), m_note);
    m_kwitansi = new QCheckBox(tr("Print the &kwitansi on the receipt printer"), this);
    m_kwitansi->setObjectName(QStringLiteral("printKwitansi"));
    form->addRow(QString(), m_kwitansi);
    m_kwitansiA5 = new QCheckBox(tr("Print the kwitansi on A&5 paper…"), this);
    m_kwitansiA5->setObjectName(QStringLiteral("printKwitansiA5"));
    form->addRow(QString(), m_kwitansiA5);
    m_errors->setFields({{QStringLiteral("amount"), m_amount},
                         {QStringLiteral("date"), m_date},
                         {QStringLiteral("method"), m_method},
                         {QStringLiteral("note"), m_note}});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(owedLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_amount->setFocus();
    m_amount->selectAll();
}

void PaymentDialog::accept()
{
    m_errors->clear();
    const auto amount = m_amount->value();
    if (!amount) {
        if (QWidget* field =
                m_errors->showError(tr("The amount is not whole Rupiah. Type it like 250.000."),
                                    QStringLiteral("amount")))
            field->setFocus();
        return;
    }
    Payment draft;
    draft.customerId = m_customerId;
    draft.amount = *amount;
    draft.paidOn = m_date->date();
    draft.method = m_method->currentText();
    draft.note = m_note->text();
    auto saved = m_payments.record(draft);
    if (!saved) {
        if (QWidget* field = m_errors->showError(saved.error().message(), saved.error().field()))
            field->setFocus();
        return;
    }
    m_saved = std::move(saved).value();
    QDialog::accept();
}

bool PaymentDialog::wantsKwitansi() const
{
    return m_kwitansi->isChecked();
}

bool PaymentDialog::wantsKwitansiA5() const
{
    return m_kwitansiA5->isChecked();
}

} // namespace setia
