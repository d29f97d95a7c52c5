#include "sales/SaleDialog.h"

#include "common/Clock.h"
#include "common/FormErrors.h"
#include "common/MoneyEdit.h"
#include "common/PickerLookups.h"
#include "common/SearchPicker.h"
#include "common/UserPrompter.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "sales/SaleLinesModel.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/StampService.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace setia {

SaleDialog::SaleDialog(const Services& services, UserPrompter& prompter, qint64 customerId,
                       QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_lines(new SaleLinesModel(this))
{
    setObjectName(QStringLiteral("saleDialog"));
    const QDateTime now = services.clock.now();
    // Taken now, so that a save retried after an interruption finds this same sale.
    if (auto reserved = services.sales.reserveReceipt(now.date()))
        m_receipt = *reserved;
    setWindowTitle(m_receipt.isEmpty() ? tr("New sale") : tr("New sale %1").arg(m_receipt));

    auto* title = new QLabel(windowTitle(), this);
    title->setObjectName(QStringLiteral("viewTitle"));
    m_errors = new FormErrors(this);
    m_customer = new SearchPicker(pickers::customers(services.customers), this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setPlaceholderText(tr("Walk-in buyer — or search name, phone, member code"));
    m_customerInfo = new QLabel(this);
    m_customerInfo->setObjectName(QStringLiteral("hint"));
    m_customerInfo->setWordWrap(true);
    m_soldAt = new QDateTimeEdit(now, this);
    m_soldAt->setObjectName(QStringLiteral("soldAt"));
    m_soldAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_soldAt->setCalendarPopup(true);
    m_soldAt->setMaximumDateTime(now.addSecs(60));

    m_product = new SearchPicker(pickers::products(services.products), this);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setPlaceholderText(tr("Add an item: type its name or SKU, or scan it"));
    m_product->setClearAfterPick(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setModel(m_lines);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SaleLinesModel::Item, QHeaderView::Stretch);
    for (const auto& [column, width] : {std::pair{SaleLinesModel::Quantity, 80},
                                        {SaleLinesModel::Unit, 75},
                                        {SaleLinesModel::Price, 110},
                                        {SaleLinesModel::Discount, 100},
                                        {SaleLinesModel::Amount, 120}})
        m_table->setColumnWidth(column, width);
    auto* removeButton = new QPushButton(tr("&Remove line"), this);
    removeButton->setToolTip(tr("Remove the selected line (Delete)"));
    removeButton->setAutoDefault(false);

    m_cash = new QRadioButton(tr("Ca&sh"), this);
    m_cash->setObjectName(QStringLiteral("cash"));
    m_credit = new QRadioButton(tr("Cr&edit"), this);
    m_credit->setObjectName(QStringLiteral("credit"));
    m_cash->setChecked(true);
    auto* payment = new QButtonGroup(this);
    payment->addButton(m_cash);
    payment->addButton(m_credit);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("dueDate"));
    m_discount = new MoneyEdit(this);
    m_discount->setObjectName(QStringLiteral("discount"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_subtotal = new QLabel(this);
    m_subtotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("saleTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_earns = new QLabel(this);
    m_earns->setObjectName(QStringLiteral("saleEarns"));
    m_earns->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_earns->setWordWrap(true);

    auto* header = new QFormLayout;
    header->addRow(tr("C&ustomer"), m_customer);
    header->addRow(QString(), m_customerInfo);
    header->addRow(tr("&Time"), m_soldAt);

    auto* itemRow = new QHBoxLayout;
    itemRow->addWidget(m_product, 1);
    itemRow->addWidget(removeButton);

    auto* paymentRow = new QHBoxLayout;
    paymentRow->addWidget(m_cash);
    paymentRow->addWidget(m_credit);
    paymentRow->addWidget(m_due, 1);
    auto* footer = new QFormLayout;
    footer->addRow(tr("Payment"), paymentRow);
    footer->addRow(tr("Sale &discount (Rp)"), m_discount);
    footer->addRow(tr("N&ote"), m_note);
    auto* totals = new QVBoxLayout;
    totals->addStretch();
    totals->addWidget(m_subtotal);
    totals->addWidget(m_total);
    totals->addWidget(m_earns);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(footer, 3);
    bottom->addLayout(totals, 2);

    m_saveButton = new QPushButton(tr("&Save sale"), this);
    m_saveButton->setObjectName(QStringLiteral("primaryButton"));
    m_saveButton->setToolTip(tr("Save the sale (Ctrl+Enter or Ctrl+S)"));
    m_saveButton->setAutoDefault(false);
    auto* cancelButton = new QPushButton(tr("Cancel"), this);
    cancelButton->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancelButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_errors);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addLayout(itemRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addLayout(buttons);
    m_errors->setFields({{QStringLiteral("customer"), m_customer},
                         {QStringLiteral("lines"), m_product},
                         {QStringLiteral("discount"), m_discount},
                         {QStringLiteral("note"), m_note}});
    resize(820, 600);

    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(QKeySequence::Save)}) {
        auto* saveAction = new QAction(this);
        saveAction->setShortcut(keys);
        addAction(saveAction);
        connect(saveAction, &QAction::triggered, this, &SaleDialog::save);
    }
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &SaleDialog::removeCurrentLine);
    connect(removeButton, &QPushButton::clicked, this, &SaleDialog::removeCurrentLine);
    connect(m_saveButton, &QPushButton::clicked, this, &SaleDialog::save);
    connect(cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_customer, &SearchPicker::picked, this, &SaleDialog::customerPicked);
    connect(m_product, &SearchPicker::picked, this, &SaleDialog::productPicked);
    connect(m_lines, &SaleLinesModel::linesChanged, this, &SaleDialog::reprice);
    connect(m_lines, &SaleLinesModel::inputRefused, this,
            [this](const QString& message) { m_errors->showError(message, QString()); });
    connect(payment, &QButtonGroup::buttonToggled, this, &SaleDialog::reprice);
    connect(m_discount, &QLineEdit::textChanged, this, &SaleDialog::reprice);
    connect(m_soldAt, &QDateTimeEdit::dateTimeChanged, this, &SaleDialog::reprice);

    if (customerId != 0) {
        if (auto found = services.customers.find(customerId); found && *found) {
            const Customer& customer = **found;
            m_customer->pick(PickerItem{customer.id, customer.code, customer.name, {}});
        }
    }
    if (m_customer->pickedId() == 0)
        customerPicked(0);
    m_product->setFocus();
    if (customerId == 0)
        m_customer->setFocus();
}

bool SaleDialog::save()
{
    const SaleDraft sale = draft();
    // More credit for someone already late paying: the cashier decides, knowing it.
    if (sale.payment == PaymentKind::Credit && sale.customerId > 0) {
        auto owed = m_services.payments.receivable(sale.customerId, m_services.clock.today());
        if (owed && owed->oldestOverdueDays > 0 &&
            !m_prompter.confirm(this, tr("Overdue payments"),
                                tr("%1 already owes %2, overdue for %3 days. Give more credit "
                                   "anyway?")
                                    .arg(m_customerRecord ? m_customerRecord->name : QString(),
                                         money::format(owed->balance))
                                    .arg(owed->oldestOverdueDays),
                                tr("Give credit")))
            return false;
    }
    auto saved = m_services.sales.record(sale);
    if (!saved && saved.error().kind() == Error::Kind::CreditLimit) {
        if (!m_prompter.confirm(this, tr("Credit limit"),
                                saved.error().message() + tr("\n\nSave this credit sale anyway?"),
                                tr("Save anyway")))
            return false;
        saved = m_services.sales.record(sale, SaleService::CreditLimitCheck::Override);
    }
    if (!saved) {
        if (QWidget* field = m_errors->showError(saved.error().message(), saved.error().field()))
            field->setFocus();
        return false;
    }
    m_saved = std::move(saved).value();
    accept();
    return true;
}

void SaleDialog::reject()
{
    // Esc or Cancel with items entered would lose the sale: ask first.
    if (m_lines->rowCount() > 0 &&
        !m_prompter.confirm(this, windowTitle(),
                            tr("Discard this sale? The items entered are not saved."),
                            tr("Discard")))
        return;
    QDialog::reject();
}

void SaleDialog::customerPicked(qint64 id)
{
    m_customerRecord.reset();
    if (id != 0) {
        auto found = m_services.customers.find(id);
        if (found && *found)
            m_customerRecord = **found;
    }
    m_credit->setEnabled(m_customerRecord.has_value());
    if (!m_customerRecord) {
        m_cash->setChecked(true);
        m_customerInfo->setText(tr("Walk-in buyer: cash only."));
        reprice();
        return;
    }
    const Customer& customer = *m_customerRecord;
    auto owed = m_services.payments.receivable(customer.id, m_services.clock.today());
    QStringList facts;
    facts.append(customer.creditLimit > 0 ? tr("credit limit %1, %2 days")
                                                .arg(money::format(customer.creditLimit))
                                                .arg(customer.termsDays)
                                          : tr("cash only (no credit limit)"));
    if (owed && owed->oldestOverdueDays > 0)
        facts.append(tr("owes %1, overdue for %2 days")
                         .arg(money::format(owed->balance))
                         .arg(owed->oldestOverdueDays));
    else if (owed && owed->balance > 0)
        facts.append(tr("owes %1").arg(money::format(owed->balance)));
    else if (owed && owed->balance < 0)
        facts.append(tr("has %1 paid ahead").arg(money::format(-owed->balance)));
    if (customer.bad)
        facts.append(tr("marked as a bad payer"));
    m_customerInfo->setText(customer.code + QStringLiteral(" · ") +
                            facts.join(QStringLiteral(" · ")));
    reprice();
}

void SaleDialog::productPicked(qint64 id)
{
    if (id == 0)
        return;
    auto product = m_services.products.find(id);
    if (!product || !*product) {
        m_errors->showError(
            product ? tr("This product no longer exists.") : product.error().message(), QString());
        return;
    }
    const int row = m_lines->addProduct(**product);
    m_table->selectRow(row);
}

void SaleDialog::removeCurrentLine()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_lines->removeLine(current.row());
}

void SaleDialog::reprice()
{
    m_errors->clear();
    const SaleDraft sale = draft();
    m_due->clear();
    m_earns->clear();
    if (sale.lines.isEmpty()) {
        m_subtotal->clear();
        m_total->setText(tr("Total %1").arg(money::format(0)));
        m_saveButton->setEnabled(false);
        return;
    }
    m_saveButton->setEnabled(true);
    auto priced = m_services.sales.priced(sale);
    if (!priced) {
        m_errors->showError(priced.error().message(), priced.error().field());
        return;
    }
    QList<qint64> amounts;
    for (const SaleLine& line : std::as_const(priced->lines))
        amounts.append(line.amount);
    m_lines->setAmounts(amounts);
    m_subtotal->setText(priced->discount > 0 ? tr("Items %1 − discount %2")
                                                   .arg(money::format(priced->linesTotal),
                                                        money::format(priced->discount))
                                             : QString());
    m_total->setText(tr("Total %1").arg(money::format(priced->revenue)));
    if (priced->payment == PaymentKind::Credit && priced->dueDate.isValid())
        m_due->setText(tr("due %1").arg(display::shortDate(priced->dueDate)));
    showEarnings(*priced);
}

void SaleDialog::showEarnings(const Sale& sale)
{
    if (sale.customerId <= 0)
        return;
    auto points = m_services.loyalty.pointsFor(sale.customerId, sale.revenue, sale.soldAt.date());
    auto stamps = m_services.stamps.gainsFor(sale);
    if (!points || !stamps) {
        m_earns->setText(!points ? points.error().message() : stamps.error().message());
        return;
    }
    QStringList earns{tr("Earns %1 points").arg(display::count(*points))};
    for (const StampGain& gain : std::as_const(*stamps))
        earns.append(tr("Stamps on %1: +%2").arg(gain.card.name).arg(gain.stamps));
    m_earns->setText(earns.join(QStringLiteral(" · ")));
}

SaleDraft SaleDialog::draft() const
{
    SaleDraft sale;
    sale.receipt = m_receipt;
    sale.soldAt = m_soldAt->dateTime();
    sale.customerId = m_customerRecord ? m_customerRecord->id : 0;
    sale.payment = m_credit->isChecked() ? PaymentKind::Credit : PaymentKind::Cash;
    sale.lines = m_lines->drafts();
    sale.discount = m_discount->value().value_or(-1);
    sale.note = m_note->text().trimmed();
    return sale;
}

} // namespace setia
