#include "counter/CounterView.h"

#include "common/Clock.h"
#include "common/MoneyEdit.h"
#include "common/PickerLookups.h"
#include "common/UserPrompter.h"
#include "complaints/NewTicketDialog.h"
#include "counter/CounterMatchModel.h"
#include "counter/MemberPanel.h"
#include "counter/NewMemberDialog.h"
#include "customers/CustomerCardDialog.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "relationships/ContactActions.h"
#include "sales/SaleDialog.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/SettingsService.h"
#include "surveys/CounterSurveyDialog.h"

#include <QAction>
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
    , m_model(new CounterMatchModel(this))
    , m_documents({services.counter, services.customers, services.settings, services.receipts,
                   services.clock},
                  prompter, this)
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
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(CounterMatchModel::Name,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(CounterMatchModel::Key, 26);
    m_table->setColumnWidth(CounterMatchModel::Code, 80);
    m_table->setColumnWidth(CounterMatchModel::Phone, 126);
    m_table->setColumnWidth(CounterMatchModel::City, 96);
    m_table->setColumnWidth(CounterMatchModel::LastVisit, 96);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setMinimumSectionSize(24);
    m_table->installEventFilter(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("hint"));
    m_note->setWordWrap(true);

    m_member = new MemberPanel(this);
    auto* newButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/add.png")), tr("New &member (Ctrl+N)"), this);
    newButton->setObjectName(QStringLiteral("newMember"));
    auto* newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    addAction(newAction);
    auto* walkInButton = new QPushButton(tr("Wal&k-in purchase (F3)"), this);
    walkInButton->setObjectName(QStringLiteral("walkIn"));
    // An action, not the button's shortcut: that clicks 100 ms later, and the amount typed
    // at once would go to the search.
    auto* walkInAction = new QAction(this);
    walkInAction->setShortcut(QKeySequence(Qt::Key_F3));
    addAction(walkInAction);
    auto* surveyButton = new QPushButton(tr("Sur&vey (F12)"), this);
    surveyButton->setObjectName(QStringLiteral("survey"));
    surveyButton->setToolTip(tr("Ask the last customer how likely they are to recommend the shop"));
    auto* surveyAction = new QAction(this);
    surveyAction->setShortcut(QKeySequence(Qt::Key_F12));
    addAction(surveyAction);
    connect(surveyButton, &QPushButton::clicked, this, &CounterView::askSurvey);
    connect(surveyAction, &QAction::triggered, this, &CounterView::askSurvey);
    auto* complaintButton = new QPushButton(tr("Compla&int (F10)"), this);
    complaintButton->setObjectName(QStringLiteral("complaint"));
    complaintButton->setToolTip(
        tr("Write down a complaint of the member shown, about the sale just made"));
    auto* complaintAction = new QAction(this);
    complaintAction->setShortcut(QKeySequence(Qt::Key_F10));
    addAction(complaintAction);
    connect(complaintButton, &QPushButton::clicked, this, &CounterView::newComplaint);
    connect(complaintAction, &QAction::triggered, this, &CounterView::newComplaint);

    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch();
    titleRow->addWidget(walkInButton);
    titleRow->addWidget(newButton);
    left->addLayout(titleRow);
    left->addWidget(m_search);
    left->addWidget(m_note);
    left->addWidget(m_table, 1);
    // After a sale: the customer's score, or what went wrong.
    auto* afterSale = new QHBoxLayout;
    afterSale->addWidget(surveyButton);
    afterSale->addWidget(complaintButton);
    afterSale->addStretch();
    left->addLayout(afterSale);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addLayout(left, 3);
    layout->addWidget(m_member, 2);

    connect(m_search, &QLineEdit::textChanged, this, &CounterView::search);
    m_member->amountField()->installEventFilter(this);
    connect(walkInButton, &QPushButton::clicked, this, &CounterView::startWalkIn);
    connect(walkInAction, &QAction::triggered, this, &CounterView::startWalkIn);
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
    connect(m_member, &MemberPanel::slipPrintRequested, this, &CounterView::printSlip);
    connect(m_member, &MemberPanel::rewardRequested, this, &CounterView::takeReward);

    // The member's contact: a WhatsApp message starts from the thank-you for the purchase.
    const CustomerCardDialog::Services& card = services.recordCard;
    auto* contacts = new ContactActions(
        {card.interactions, card.followUps, card.whatsApp, services.clock}, prompter,
        [this] {
            if (!m_member->hasMember())
                return ContactActions::Target{};
            return ContactActions::Target{m_member->customerId(),
                                          m_member->memberName(),
                                          QStringLiteral("terima_kasih"),
                                          {},
                                          {}};
        },
        this);
    QPushButton* contactButton = contacts->menuButton(this);
    contactButton->setText(tr("Contact… (Ctrl+L, Alt+W)"));
    m_member->addContactButton(contactButton);
}

void CounterView::search(const QString& text)
{
    // The counter lists what a cashier can look through; more digits narrow it.
    constexpr int shown = 100;
    auto found = m_services.counter.find(text, shown);
    if (!found) {
        m_model->setMatches({});
        m_note->setText(found.error().message());
        return;
    }
    const qint64 total = found->total;
    const qint64 phoneEnds = found->phoneEnds;
    const qsizetype rows = found->rows.size();
    m_model->setMatches(std::move(found).value());
    const QString typed = text.trimmed();
    const bool tooFewDigits =
        !PhoneNumber::queryDigits(typed).isEmpty() && PhoneNumber::typedEnding(typed).isEmpty();
    if (typed.isEmpty() || tooFewDigits) {
        m_note->clear(); // nothing yet, or one or two digits: every number has them
        return;
    }
    if (total == 0) {
        // Nobody: the member shown before is not the one at the counter now.
        m_member->clear();
        m_note->setText(tr("Nobody matches \"%1\". Ctrl+N adds a new member with it; F3 logs "
                           "the purchase without a member.")
                            .arg(typed));
        return;
    }
    QString note =
        phoneEnds == 1 ? tr("One phone ends with %1: Enter opens it.").arg(typed)
        : phoneEnds > 1
            ? tr("%1 phones end with %2: Enter, then the row's number.").arg(phoneEnds).arg(typed)
        : total == 1 ? tr("One match: Enter opens it.")
                     : tr("%1 matches: Enter, then the row's number.").arg(total);
    if (total > rows)
        note +=
            QLatin1Char(' ') + tr("Showing the first %1; type more to narrow them down.").arg(rows);
    m_note->setText(note);
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
    m_model->setPicking(false);
    m_member->showCard(member->card, member->loyalty, member->stamps, member->rules.birthdayReward);
    m_pointValue = member->rules.pointValue;
    // The next thing typed is what they paid.
    m_member->amountField()->setFocus(Qt::OtherFocusReason);
    return true;
}

void CounterView::previewAmount()
{
    const auto amount = m_member->amountField()->value();
    if (m_member->isWalkIn()) {
        m_member->setAmountNote(amount && *amount > 0
                                    ? tr("A cash sale of %1 without a member · Enter saves it")
                                          .arg(money::format(*amount))
                                    : tr("A cash sale without a member: it earns no points."));
        return;
    }
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
        points ? tr("Earns %1 points · Enter saves it as paid in cash").arg(display::count(*points))
               : points.error().message());
}

bool CounterView::logAmount()
{
    if (!m_member->hasMember() && !m_member->isWalkIn())
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
    rememberSale(sale, id == 0 ? QString() : m_member->memberName());
    const QString notPrinted = printAfterSale(sale);
    if (id == 0) {
        m_member->showWalkIn();
        m_member->setSavedNote(
            tr("Saved %1: %2, walk-in customer").arg(sale.receipt, money::format(sale.revenue)) +
            notPrinted);
        startSearch();
        return true;
    }
    openMember(id);
    m_member->setSavedNote((outcome->pointsUsed > 0
                                ? tr("Saved %1: %2 paid, %3 points used")
                                      .arg(sale.receipt, money::format(sale.revenue))
                                      .arg(outcome->pointsUsed)
                                : tr("Saved %1: %2 · %3 points earned")
                                      .arg(sale.receipt, money::format(sale.revenue))
                                      .arg(outcome->pointsEarned)) +
                           notPrinted);
    startSearch();
    return true;
}

QString CounterView::printAfterSale(const Sale& sale)
{
    const QString why = m_documents.printAfterSale(sale);
    return why.isEmpty() ? why : QLatin1Char(' ') + why;
}

void CounterView::startWalkIn()
{
    m_model->setPicking(false);
    m_member->showWalkIn();
    m_member->amountField()->setFocus(Qt::OtherFocusReason);
}

void CounterView::logPurchase()
{
    if (!m_member->hasMember())
        return;
    const qint64 id = m_member->customerId();
    SaleDialog dialog(m_services.recordCard.saleEntry, m_prompter, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberSale(dialog.savedSale(), m_member->memberName());
    openMember(id);
    startSearch();
}

void CounterView::rememberSale(const Sale& sale, const QString& customerName)
{
    m_lastSale = {sale, customerName, false};
}

bool CounterView::askSurvey()
{
    if (m_lastSale.sale.id == 0 || m_lastSale.asked) {
        m_prompter.inform(this, tr("Survey"),
                          tr("Ask right after a sale: the answer is about that visit."));
        return false;
    }
    auto business = m_services.settings.businessProfile();
    CounterSurveyDialog dialog(m_services.surveys, m_lastSale.sale.customerId,
                               m_lastSale.customerName, m_lastSale.sale.id,
                               business ? business->name : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_lastSale.asked = true; // one answer a visit
    m_member->setSavedNote(tr("Thank you: their answer (%1) is saved.").arg(dialog.recorded().nps));
    startSearch();
    return true;
}

bool CounterView::newComplaint()
{
    const qint64 id = m_member->hasMember() ? m_member->customerId() : 0;
    NewTicketDialog dialog(
        m_services.recordCard.tickets, m_prompter, pickers::customers(m_services.customers), id,
        id > 0 ? m_member->memberName() : QString(), m_services.clock.now(), this);
    if (id > 0 && m_lastSale.sale.id != 0 && m_lastSale.sale.customerId == id)
        dialog.setSale(NewTicketDialog::SaleChoice::of(m_lastSale.sale));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (id > 0)
        m_member->setSavedNote(tr("Complaint %1 is written down: it is in Complaints, with its "
                                  "deadlines.")
                                   .arg(dialog.opened().number));
    startSearch();
    return true;
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
    const QString notPrinted = printAfterSale(outcome->sale);
    openMember(id);
    m_member->setSavedNote(
        tr("Saved %1: %2 given free")
            .arg(outcome->sale.receipt, outcome->sale.lines.constLast().productName) +
        notPrinted);
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
    if (const auto note = m_documents.saveMemberCard(m_member->customerId()))
        m_member->setSavedNote(*note);
}

void CounterView::saveSlip()
{
    if (!m_member->hasMember())
        return;
    const auto roll =
        receiptRoll::fromMillimetres(m_member->slipRollMm()).value_or(ReceiptRoll::Mm58);
    if (const auto note = m_documents.saveSlip(m_member->customerId(), roll))
        m_member->setSavedNote(*note);
}

bool CounterView::printSlip()
{
    if (!m_member->hasMember())
        return false;
    const auto note = m_documents.printSlip(m_member->customerId());
    if (note)
        m_member->setSavedNote(*note);
    return note.has_value();
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
    if (watched == m_table && event->type() == QEvent::Resize) {
        // On a small screen (1024 × 768) the names need the room more than the cities.
        m_table->setColumnHidden(CounterMatchModel::City, m_table->width() < 640);
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto& key = *static_cast<QKeyEvent*>(event);
    if (watched == m_table)
        return resultsKey(key) || QWidget::eventFilter(watched, event);
    if (watched == m_member->amountField())
        return amountKey(key) || QWidget::eventFilter(watched, event);
    if (watched != m_search)
        return QWidget::eventFilter(watched, event);
    switch (key.key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        searchEntered();
        return true;
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (m_model->rowCount() > 0) {
            pick();
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

bool CounterView::resultsKey(const QKeyEvent& key)
{
    const QString text = key.text();
    if (key.key() >= Qt::Key_1 && key.key() <= Qt::Key_9 &&
        !(key.modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const int row = key.key() - Qt::Key_1;
        if (row < m_model->rowCount())
            openMember(m_model->customerId(row));
        return true; // a digit never searches the list by its first letters
    }
    switch (key.key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_table->currentIndex().isValid())
            openMember(m_model->customerId(m_table->currentIndex().row()));
        return true;
    case Qt::Key_Escape:
        startSearch();
        return true;
    case Qt::Key_Backspace:
        m_model->setPicking(false);
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->backspace();
        return true;
    default:
        break;
    }
    if (!text.isEmpty() && text.at(0).isPrint()) {
        // More of the search: back to the field, with what was typed.
        m_model->setPicking(false);
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->insert(text);
        return true;
    }
    return false;
}

bool CounterView::amountKey(const QKeyEvent& key)
{
    // A scanner types a whole code within a few milliseconds a key; people do not.
    constexpr qint64 scanGapMs = 50;
    const bool quick = m_sinceKey.isValid() && m_sinceKey.elapsed() <= scanGapMs;
    m_sinceKey.start();
    const QString text = key.text();
    if (key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter) {
        const QString burst = quick ? m_burst : QString();
        m_burst.clear();
        if (burst.size() >= 3) {
            if (const qint64 id = memberWithCode(burst); id != 0) {
                m_member->amountField()->setText(m_beforeBurst);
                openMember(id);
                return true;
            }
        }
        return false; // the amount: logged as typed
    }
    if (text.isEmpty() || !text.at(0).isPrint())
        return false;
    if (!quick || m_burst.isEmpty()) {
        m_burst.clear();
        m_beforeBurst = m_member->amountField()->text();
    }
    m_burst += text;
    if (text.at(0).isLetter()) {
        // Not an amount: the start of a name or a member code, so a new search.
        m_burst.clear();
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->setText(text);
        return true;
    }
    return false;
}

qint64 CounterView::memberWithCode(const QString& code) const
{
    auto exact = m_services.customers.findByCode(code.trimmed().toUpper());
    return exact && *exact && !(*exact)->archived ? (*exact)->id : 0;
}

void CounterView::pick()
{
    m_model->setPicking(true);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->selectRow(0);
}

void CounterView::searchEntered()
{
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty())
        return;
    // A scanned card types its whole member code: that member, whatever else matches.
    if (const qint64 id = memberWithCode(typed); id != 0) {
        openMember(id);
        return;
    }
    const CounterMatches& found = m_model->matches();
    const bool digits = !PhoneNumber::typedEnding(typed).isEmpty();
    if (digits ? found.phoneEnds == 1 : found.total == 1)
        openMember(m_model->customerId(0));
    else if (m_model->rowCount() > 0)
        pick();
}

} // namespace setia
