#include "counter/CounterView.h"

#include "Backend.h"
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
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/StampService.h"

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

CounterView::CounterView(Backend& backend, UserPrompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_prompter(prompter)
    , m_model(new CustomerListModel(backend.customerStore(), this))
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
    connect(m_model, &CustomerListModel::loadFailed, this,
            [this](const QString& message) { m_prompter.warn(this, tr("Counter"), message); });
    connect(&backend.customers(), &CustomerService::customerAdded, m_model,
            &CustomerListModel::reload);
    connect(&backend.customers(), &CustomerService::customerChanged, m_model,
            &CustomerListModel::reload);
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
    const QDate today = m_backend.clock().today();
    auto card = m_backend.cards().card(customerId, today);
    if (!card) {
        m_prompter.warn(this, tr("Counter"), card.error().message());
        return false;
    }
    auto loyalty = m_backend.loyalty().summary(customerId, today);
    if (!loyalty) {
        m_prompter.warn(this, tr("Counter"), loyalty.error().message());
        return false;
    }
    auto stamps = m_backend.stamps().standings(customerId);
    if (!stamps) {
        m_prompter.warn(this, tr("Counter"), stamps.error().message());
        return false;
    }
    auto rules = m_backend.loyalty().settings();
    m_member->showCard(*card, *loyalty, *stamps, rules ? rules->birthdayReward : QString());
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
        auto rules = m_backend.loyalty().settings();
        if (!rules) {
            m_member->setAmountNote(rules.error().message());
            return;
        }
        const qint64 reward = used * rules->pointValue;
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
    auto points =
        m_backend.loyalty().pointsFor(m_member->customerId(), *amount, m_backend.clock().today());
    m_member->setAmountNote(
        points ? tr("Earns %1 points · Enter saves it as paid in cash").arg(*points)
               : points.error().message());
}

bool CounterView::logAmount()
{
    if (!m_member->hasMember())
        return false;
    const qint64 id = m_member->customerId();
    const auto amount = m_member->amountField()->value();
    auto draft = m_backend.sales().amountSale(id, amount.value_or(-1), PaymentKind::Cash);
    if (!draft) {
        m_member->setAmountNote(draft.error().message());
        return false;
    }
    draft->redeemPoints = m_member->redeemField()->value();
    const QDate today = m_backend.clock().today();
    auto points = m_backend.loyalty().pointsFor(id, amount.value_or(0), today);
    auto sale = m_backend.sales().record(*draft);
    if (!sale) {
        m_member->setAmountNote(sale.error().message());
        return false;
    }
    openMember(id);
    m_member->setSavedNote(draft->redeemPoints > 0
                               ? tr("Saved %1: %2 paid, %3 points used")
                                     .arg(sale->receipt, money::format(sale->revenue))
                                     .arg(draft->redeemPoints)
                               : tr("Saved %1: %2 · %3 points earned")
                                     .arg(sale->receipt, money::format(sale->revenue))
                                     .arg(points ? *points : 0));
    startSearch();
    return true;
}

void CounterView::logPurchase()
{
    if (!m_member->hasMember())
        return;
    const qint64 id = m_member->customerId();
    SaleDialog dialog(m_backend, m_prompter, id, this);
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
    SaleDraft draft;
    draft.customerId = id;
    draft.stampRewards = {cardId};
    auto sale = m_backend.sales().record(draft);
    if (!sale) {
        m_prompter.warn(this, tr("Counter"), sale.error().message());
        return false;
    }
    openMember(id);
    m_member->setSavedNote(
        tr("Saved %1: %2 given free").arg(sale->receipt, sale->lines.constLast().productName));
    startSearch();
    return true;
}

void CounterView::newMember()
{
    NewMemberDialog dialog(m_backend.customers(), m_prompter, m_search->text(),
                           m_backend.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    openMember(dialog.member().id);
}

void CounterView::saveMemberCard()
{
    if (!m_member->hasMember())
        return;
    auto member = m_backend.customers().find(m_member->customerId());
    auto business = m_backend.settings().businessProfile();
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
    const QDateTime now = m_backend.clock().now();
    auto member = m_backend.customers().find(id);
    auto business = m_backend.settings().businessProfile();
    auto rules = m_backend.loyalty().settings();
    auto loyalty = m_backend.loyalty().summary(id, now.date());
    auto stamps = m_backend.stamps().standings(id);
    const Error* failure = !member     ? &member.error()
                           : !business ? &business.error()
                           : !rules    ? &rules.error()
                           : !loyalty  ? &loyalty.error()
                           : !stamps   ? &stamps.error()
                                       : nullptr;
    if (failure || !*member) {
        m_prompter.warn(this, tr("Counter"),
                        failure ? failure->message() : tr("This member no longer exists."));
        return;
    }
    const QString path = m_prompter.saveFileName(
        this, tr("Save points slip"),
        QDir::home().filePath(tr("Points slip %1.pdf").arg((*member)->code)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto roll =
        m_member->slipRollMm() == 80 ? MemberSlip::Roll::Mm80 : MemberSlip::Roll::Mm58;
    if (Status saved =
            MemberSlip(*business, *rules).writePdf(**member, *loyalty, *stamps, roll, now, path);
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
    CustomerCardDialog dialog(m_backend, m_prompter, id, this);
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
    if (auto exact = m_backend.customers().findByCode(typed.toUpper());
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
