#include "complaints/NewTicketDialog.h"

#include "common/FormErrors.h"
#include "complaints/TicketReceiptOutput.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/Sale.h"
#include "domain/TicketTexts.h"
#include "services/InteractionService.h"
#include "services/TicketService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace setia {

namespace {
// Whether the tanda terima is printed on saving: as last chosen on this PC.
const QString printKey = QStringLiteral("complaints/printReceipt");
} // namespace

NewTicketDialog::SaleChoice NewTicketDialog::SaleChoice::of(const Sale& sale)
{
    SaleChoice choice;
    choice.id = sale.id;
    choice.label =
        tr("%1 of %2 (%3)")
            .arg(sale.receipt, display::shortDate(sale.soldAt.date()), money::format(sale.revenue));
    for (const SaleLine& line : sale.lines)
        choice.lines.append(tr("%1 × %2").arg(line.quantity.toString(), line.productName));
    return choice;
}

NewTicketDialog::NewTicketDialog(TicketService& tickets, UserPrompter& prompter,
                                 SearchPicker::Lookup customers, qint64 customerId,
                                 const QString& customerName, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_tickets(tickets)
    , m_prompter(prompter)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New complaint"));
    m_errors = new FormErrors(this);

    auto* form = new QFormLayout;
    if (customerId > 0) {
        auto* who = new QLabel(customerName, this);
        who->setObjectName(QStringLiteral("viewTitle"));
        form->addRow(who);
    } else {
        m_customer = new SearchPicker(std::move(customers), this);
        m_customer->setObjectName(QStringLiteral("customer"));
        m_customer->setPlaceholderText(tr("Name, phone digits or member code"));
        form->addRow(tr("C&ustomer"), m_customer);
    }
    m_saleLabel = new QLabel(this);
    m_saleLabel->setObjectName(QStringLiteral("sale"));
    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("line"));
    m_lineLabel = new QLabel(tr("&Item"), this);
    m_lineLabel->setBuddy(m_line);
    for (QWidget* w : {static_cast<QWidget*>(m_saleLabel), static_cast<QWidget*>(m_lineLabel),
                       static_cast<QWidget*>(m_line)})
        w->hide();
    form->addRow(m_saleLabel);
    form->addRow(m_lineLabel, m_line);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    for (const QString& category : tickets.categories())
        m_category->addItem(TicketTexts::category(category), category);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priority"));
    for (TicketPriority p : ticket::priorities())
        m_priority->addItem(TicketTexts::priority(p), static_cast<int>(p));
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(TicketPriority::Normal)));
    m_staff = new QLineEdit(tickets.staff(), this);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->setMaxLength(InteractionService::maxStaffLength);
    m_received = new QDateTimeEdit(now, this);
    m_received->setObjectName(QStringLiteral("received"));
    m_received->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_received->setCalendarPopup(true);
    m_words = new QPlainTextEdit(this);
    m_words->setObjectName(QStringLiteral("summary"));
    m_words->setTabChangesFocus(true);
    m_words->setPlaceholderText(tr("What the customer says, in their words"));
    m_words->setMinimumHeight(90);

    form->addRow(tr("&About"), m_category);
    form->addRow(tr("&Priority"), m_priority);
    form->addRow(tr("S&taff"), m_staff);
    form->addRow(tr("&Received"), m_received);
    form->addRow(tr("The customer's &words"), m_words);
    m_printReceipt = new QCheckBox(tr("Print the tanda &terima on the receipt printer"), this);
    m_printReceipt->setObjectName(QStringLiteral("printReceipt"));
    m_printReceipt->setChecked(QSettings().value(printKey, false).toBool());
    form->addRow(m_printReceipt);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QHash<QString, QWidget*> fields{{QStringLiteral("sale"), m_line},
                                    {QStringLiteral("category"), m_category},
                                    {QStringLiteral("staff"), m_staff},
                                    {QStringLiteral("received"), m_received},
                                    {QStringLiteral("summary"), m_words}};
    if (m_customer)
        fields.insert(QStringLiteral("customer"), m_customer);
    m_errors->setFields(std::move(fields));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    if (m_customer)
        m_customer->setFocus();
    else
        m_category->setFocus();
}

void NewTicketDialog::setSale(const SaleChoice& sale, int line)
{
    m_saleId = sale.id;
    m_saleLabel->setText(tr("About sale %1").arg(sale.label));
    m_saleLabel->show();
    m_line->clear();
    m_line->addItem(tr("The whole sale"), 0);
    for (int i = 0; i < sale.lines.size(); ++i)
        m_line->addItem(sale.lines.at(i), i + 1);
    m_line->setCurrentIndex(std::clamp(line, 0, int(sale.lines.size())));
    m_line->show();
    m_lineLabel->show();
}

void NewTicketDialog::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ControlModifier)) {
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void NewTicketDialog::accept()
{
    m_errors->clear();
    Ticket draft;
    draft.customerId = m_customer ? m_customer->pickedId() : m_customerId;
    if (draft.customerId <= 0) {
        m_errors->showError(tr("Choose the customer who complains: type their name, phone digits "
                               "or member code and pick them."),
                            QStringLiteral("customer"));
        m_customer->setFocus();
        return;
    }
    draft.saleId = m_saleId;
    draft.saleLine = m_saleId > 0 ? m_line->currentData().toInt() : 0;
    draft.category = m_category->currentData().toString();
    draft.priority = static_cast<TicketPriority>(m_priority->currentData().toInt());
    draft.staff = m_staff->text();
    draft.receivedAt = m_received->dateTime();
    draft.summary = m_words->toPlainText();
    auto opened = m_tickets.open(draft);
    if (!opened) {
        if (QWidget* field = m_errors->showError(opened.error().message(), opened.error().field()))
            field->setFocus();
        return;
    }
    m_opened = *opened;
    QSettings().setValue(printKey, m_printReceipt->isChecked());
    if (m_printReceipt->isChecked())
        TicketReceiptOutput(m_tickets, m_prompter, this).printOnRoll(m_opened.id, m_opened.number);
    QDialog::accept();
}

} // namespace setia
