#include "counter/CounterView.h"

#include "common/Clock.h"
#include "common/MoneyEdit.h"
#include "common/UserPrompter.h"
#include "counter/MemberPanel.h"
#include "counter/NewMemberDialog.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerListModel.h"
#include "domain/Money.h"
#include "reports/MemberCardSheet.h"
#include "reports/MemberSlip.h"
#include "sales/SaleDialog.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/SettingsService.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace setia {

CounterView::CounterView(const Services& services, UserPrompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_model(new CustomerListModel(services.customers, this))
{
    setObjectName(QStringLiteral("counterView"));
    auto* title = new QLabel(tr("Counter"), this);
    title->setObjectName(QStringLiteral("viewTitle"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("counterSearch"));
    m_search->setPlaceholderText(tr("Phone digits, name or member code (F2)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    // What tells regulars apart at a glance; the rest is on the member panel.
    for (int column = 0; column < CustomerListModel::ColumnCount; ++column)
        m_table->setColumnHidden(
            column, column != CustomerListModel::Code && column != CustomerListModel::Name &&
                        column != CustomerListModel::Phone && column != CustomerListModel::City);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerListModel::Name,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(CustomerListModel::Code, 90);
    m_table->setColumnWidth(CustomerListModel::Phone, 140);
    m_table->setColumnWidth(CustomerListModel::City, 110);
    m_model->sort(CustomerListModel::Name, Qt::AscendingOrder);

    m_member = new MemberPanel(this);
    auto* newButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/add.png")), tr("New &member (Ctrl+N)"), this);
    newButton->setObjectName(QStringLiteral("newMember"));
    auto* newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    addAction(newAction);

    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch();
    titleRow->addWidget(newButton);
    left->addLayout(titleRow);
    left->addWidget(m_search);
    left->addWidget(m_table, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addLayout(left, 3);
    layout->addWidget(m_member, 2);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(CustomerFilter{text, false});
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openMember(m_model->customerId(index.row())); });
    connect(m_member, &MemberPanel::saleRequested, this, &CounterView::logPurchase);
    connect(newButton, &QPushButton::clicked, this, &CounterView::newMember);
    connect(newAction, &QAction::triggered, this, &CounterView::newMember);
    connect(m_member, &MemberPanel::amountEntered, this, &CounterView::logAmount);
    connect(m_member, &MemberPanel::amountEdited, this, &CounterView::previewAmount);
    connect(m_member, &MemberPanel::cardRequested, this, &CounterView::showRecordCard);
    connect(m_member, &MemberPanel::memberCardRequested, this, &CounterView::saveMemberCard);
    connect(m_member, &MemberPanel::slipRequested, this, &CounterView::saveSlip);
    connect(m_member, &MemberPanel::rewardRequested, this, &CounterView::takeReward);
    const auto warnLoad = [this](const QString& message) {
        m_prompter.warn(this, tr("Counter"), message);
    };
    connect(m_model, &CustomerListModel::loadFailed, this, warnLoad);
    // The first page was read as the model was made, before this connection.
    if (!m_model->failure().isEmpty())
        warnLoad(m_model->failure());
}

void CounterView::startSearch()
{
    m_search->clear();
    m_search->setFocus(Qt::ShortcutFocusReason);
}

bool CounterView::openMember(qint64 customerId)
{
    if (customerId == 0)
        return false;
    auto member = m_services.counter.member(customerId);
    if (!member) {
        m_prompter.warn(this, tr("Counter"), member.error().message());
        return false;
    }
    m_member->showCard(member->card, member->loyalty, member->stamps, member->rules.birthdayReward);
    m_pointValue = member->rules.pointValue;
    // The next thing typed is what they paid.
    m_member->amountField()->setFocus(Qt::OtherFocusReason);
    return true;
}

void CounterView::previewAmount()
{
    const auto amount = m_member->amountField()->value();
    if (!amount || *amount <= 0) {
        m_member->setAmountNote(QString());
        return;
    }
    const qint64 used = m_member->redeemField()->value();
    if (used > 0) {
        const qint64 reward = used * m_pointValue;
        m_member->setAmountNote(
            reward > *amount ? tr("%1 points are worth %2, more than the purchase.")
                                   .arg(used)
                                   .arg(money::format(reward))
                             : tr("Pays %1 after %2 points (%3) · earns no points · Enter saves it")
                                   .arg(money::format(*amount - reward))
                                   .arg(used)
                                   .arg(money::format(reward)));
        return;
    }
    auto points = m_services.counter.pointsFor(m_member->customerId(), *amount);
    m_member->setAmountNote(
        points ? tr("Earns %1 points · Enter saves it as paid in cash").arg(*points)
               : points.error().message());
}

bool CounterView::logAmount()
{
    if (!m_member->hasMember())
        return false;
    const qint64 id = m_member->customerId();
    CounterPurchase purchase;
    purchase.customerId = id;
    purchase.amount = m_member->amountField()->value().value_or(-1);
    purchase.redeemPoints = m_member->redeemField()->value();
    auto outcome = m_services.counter.purchase(purchase);
    if (!outcome) {
        m_member->setAmountNote(outcome.error().message());
        return false;
    }
    const Sale& sale = outcome->sale;
    openMember(id);
    m_member->setSavedNote(outcome->pointsUsed > 0
                               ? tr("Saved %1: %2 paid, %3 points used")
                                     .arg(sale.receipt, money::format(sale.revenue))
                                     .arg(outcome->pointsUsed)
                               : tr("Saved %1: %2 · %3 points earned")
                                     .arg(sale.receipt, money::format(sale.revenue))
                                     .arg(outcome->pointsEarned));
    startSearch();
    return true;
}

void CounterView::logPurchase()
{
    if (!m_member->hasMember())
        return;
    const qint64 id = m_member->customerId();
    SaleDialog dialog(m_services.recordCard.saleEntry, m_prompter, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openMember(id);
    startSearch();
}

bool CounterView::takeReward()
{
    const qint64 cardId = m_member->rewardCardId();
    if (!m_member->hasMember() || cardId == 0)
        return false;
    const qint64 id = m_member->customerId();
    auto outcome = m_services.counter.takeReward(id, cardId);
    if (!outcome) {
        m_prompter.warn(this, tr("Counter"), outcome.error().message());
        return false;
    }
    openMember(id);
    m_member->setSavedNote(
        tr("Saved %1: %2 given free")
            .arg(outcome->sale.receipt, outcome->sale.lines.constLast().productName));
    startSearch();
    return true;
}

void CounterView::newMember()
{
    NewMemberDialog dialog(m_services.customers, m_prompter, m_search->text(),
                           m_services.clock.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    openMember(dialog.member().id);
}

void CounterView::saveMemberCard()
{
    if (!m_member->hasMember())
        return;
    auto member = m_services.customers.find(m_member->customerId());
    auto business = m_services.settings.businessProfile();
    if (!member || !*member || !business) {
        m_prompter.warn(this, tr("Counter"),
                        !business ? business.error().message()
                        : !member ? member.error().message()
                                  : tr("This member no longer exists."));
        return;
    }
    const QString path = m_prompter.saveFileName(
        this, tr("Save member card"),
        QDir::home().filePath(tr("Member card %1.pdf").arg((*member)->code)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = MemberCardSheet(*business).writePdf({**member}, path); !saved) {
        m_prompter.warn(this, tr("Counter"), saved.error().message());
        return;
    }
    m_member->setSavedNote(tr("Member card saved: %1").arg(QDir::toNativeSeparators(path)));
}

void CounterView::saveSlip()
{
    if (!m_member->hasMember())
        return;
    const qint64 id = m_member->customerId();
    const QDateTime now = m_services.clock.now();
    auto member = m_services.counter.member(id);
    auto business = m_services.settings.businessProfile();
    const Error* failure = !member ? &member.error() : !business ? &business.error() : nullptr;
    if (failure) {
        m_prompter.warn(this, tr("Counter"), failure->message());
        return;
    }
    const Customer& customer = member->card.customer;
    const QString path = m_prompter.saveFileName(
        this, tr("Save points slip"),
        QDir::home().filePath(tr("Points slip %1.pdf").arg(customer.code)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto roll =
        m_member->slipRollMm() == 80 ? MemberSlip::Roll::Mm80 : MemberSlip::Roll::Mm58;
    if (Status saved = MemberSlip(*business, member->rules)
                           .writePdf(customer, member->loyalty, member->stamps, roll, now, path);
        !saved) {
        m_prompter.warn(this, tr("Counter"), saved.error().message());
        return;
    }
    m_member->setSavedNote(tr("Points slip saved: %1").arg(QDir::toNativeSeparators(path)));
}

void CounterView::showRecordCard()
{
    if (!m_member->hasMember())
        return;
    const qint64 id = m_member->customerId();
    CustomerCardDialog dialog(m_services.recordCard, m_prompter, id, this);
    if (dialog.load())
        dialog.exec();
    openMember(id);
}

bool CounterView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        searchEntered();
        return true;
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
            return true;
        }
        break;
    case Qt::Key_Escape:
        m_member->clear();
        startSearch();
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void CounterView::searchEntered()
{
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty())
        return;
    // A scanned card types its whole member code: that member, whatever else matches.
    if (auto exact = m_services.customers.findByCode(typed.toUpper());
        exact && *exact && !(*exact)->archived) {
        openMember((*exact)->id);
        return;
    }
    if (m_model->rowCount() == 1) {
        openMember(m_model->customerId(0));
    } else if (m_model->rowCount() > 1) {
        m_table->setFocus();
        m_table->selectRow(0);
    }
}

} // namespace setia
