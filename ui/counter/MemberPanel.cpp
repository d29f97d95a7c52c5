#include "counter/MemberPanel.h"

#include "common/MoneyEdit.h"
#include "domain/BirthdayWeek.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "relationships/LateFollowUps.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace setia {

MemberPanel::MemberPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("memberPanel"));
    setAttribute(Qt::WA_StyledBackground); // the style sheet's panel background
    m_hint = new QLabel(tr("Type the last digits of a phone number, a name or a member code, "
                           "or scan a member card; Enter opens the member. F3: a purchase "
                           "without a member."),
                        this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);

    m_details = new QWidget(this);
    m_name = new QLabel(m_details);
    m_name->setObjectName(QStringLiteral("memberName"));
    m_name->setWordWrap(true);
    m_code = new QLabel(m_details);
    m_code->setObjectName(QStringLiteral("viewSubtitle"));
    m_birthday = new QLabel(tr("Birthday this week"), m_details);
    m_birthday->setObjectName(QStringLiteral("birthdayBadge"));
    // A follow-up open past its due day, in red (SPEC §13): the cashier can ask right away.
    m_lateFollowUp = new QLabel(m_details);
    m_lateFollowUp->setObjectName(QStringLiteral("lateFollowUp"));
    m_lateFollowUp->setWordWrap(true);
    QPalette late = m_lateFollowUp->palette();
    late.setColor(QPalette::WindowText, LateFollowUps::colour());
    m_lateFollowUp->setPalette(late);
    m_visits = new QLabel(m_details);
    m_visits->setObjectName(QStringLiteral("memberVisits"));
    m_lastVisit = new QLabel(m_details);
    m_average = new QLabel(m_details);
    m_favourites = new QLabel(m_details);
    m_favourites->setWordWrap(true);
    m_owed = new QLabel(m_details);
    m_owed->setObjectName(QStringLiteral("memberOwed"));
    m_tier = new QLabel(m_details);
    m_tier->setObjectName(QStringLiteral("memberTier"));
    m_points = new QLabel(m_details);
    m_points->setObjectName(QStringLiteral("memberPoints"));
    m_stamps = new QLabel(m_details);
    m_stamps->setObjectName(QStringLiteral("memberStamps"));
    m_stamps->setWordWrap(true);
    m_rewards = new QComboBox(m_details);
    m_rewards->setObjectName(QStringLiteral("memberRewards"));
    // Long product names must not widen the panel over the results.
    m_rewards->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rewards->setMinimumContentsLength(8);
    m_rewardButton = new QPushButton(tr("Take reward (F8)"), m_details);
    m_rewardButton->setObjectName(QStringLiteral("takeReward"));
    m_rewardButton->setShortcut(QKeySequence(Qt::Key_F8));
    m_saved = new QLabel(m_details);
    m_saved->setObjectName(QStringLiteral("savedNote"));
    m_saved->setWordWrap(true);
    m_amount = new MoneyEdit(m_details);
    m_amount->setObjectName(QStringLiteral("counterAmount"));
    m_amount->setPlaceholderText(tr("Amount paid, then Enter"));
    m_redeem = new QSpinBox(m_details);
    m_redeem->setObjectName(QStringLiteral("redeemPoints"));
    m_redeem->setToolTip(tr("Points the member uses on this purchase; it then earns none"));
    m_amountNote = new QLabel(m_details);
    m_amountNote->setObjectName(QStringLiteral("hint"));
    m_amountNote->setWordWrap(true);
    m_saleButton = new QPushButton(tr("Purchase with items… (F4)"), m_details);
    m_saleButton->setObjectName(QStringLiteral("primaryButton"));
    m_saleButton->setShortcut(QKeySequence(Qt::Key_F4));
    auto* cardButton = new QPushButton(tr("Record card (F5)"), m_details);
    cardButton->setShortcut(QKeySequence(Qt::Key_F5));
    auto* memberCardButton = new QPushButton(tr("Member card PDF… (F6)"), m_details);
    memberCardButton->setObjectName(QStringLiteral("memberCard"));
    memberCardButton->setShortcut(QKeySequence(Qt::Key_F6));
    auto* slipButton = new QPushButton(tr("Points slip PDF… (F7)"), m_details);
    slipButton->setObjectName(QStringLiteral("slip"));
    slipButton->setShortcut(QKeySequence(Qt::Key_F7));
    auto* printSlipButton = new QPushButton(tr("Print points slip (F9)"), m_details);
    printSlipButton->setObjectName(QStringLiteral("printSlip"));
    printSlipButton->setShortcut(QKeySequence(Qt::Key_F9));
    m_slipRoll = new QComboBox(m_details);
    m_slipRoll->setObjectName(QStringLiteral("slipRoll"));
    m_slipRoll->addItem(tr("58 mm roll"), 58);
    m_slipRoll->addItem(tr("80 mm roll"), 80);

    auto* badgeRow = new QHBoxLayout;
    badgeRow->addWidget(m_birthday);
    badgeRow->addStretch();
    // One button a row: the panel stays narrow beside the results on a 1024 × 768 screen.
    auto* buttons = new QGridLayout;
    m_buttons = buttons;
    buttons->addWidget(m_saleButton, 0, 0, 1, 2);
    buttons->addWidget(cardButton, 1, 0, 1, 2);
    buttons->addWidget(memberCardButton, 2, 0, 1, 2);
    buttons->addWidget(slipButton, 3, 0);
    buttons->addWidget(m_slipRoll, 3, 1);
    buttons->addWidget(printSlipButton, 4, 0, 1, 2);
    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->setHorizontalSpacing(16);
    facts->addRow(tr("Tier"), m_tier);
    facts->addRow(tr("Points"), m_points);
    facts->addRow(tr("Stamps"), m_stamps);
    facts->addRow(tr("Rewards"), m_rewards);
    facts->addRow(QString(), m_rewardButton);
    facts->addRow(tr("Visits"), m_visits);
    facts->addRow(tr("Last visit"), m_lastVisit);
    facts->addRow(tr("Average purchase"), m_average);
    facts->addRow(tr("Owes"), m_owed);
    // What a walk-in purchase (no member) leaves out.
    m_memberFacts = new QWidget(m_details);
    auto* factsBox = new QVBoxLayout(m_memberFacts);
    factsBox->setContentsMargins(0, 0, 0, 0);
    factsBox->addWidget(m_code);
    factsBox->addLayout(badgeRow);
    factsBox->addWidget(m_lateFollowUp);
    factsBox->addSpacing(6);
    factsBox->addLayout(facts);
    // Below the form, across the panel: a form's wrapped field is cut short (Qt 6.4).
    factsBox->addWidget(m_favourites);
    m_memberButtons = new QWidget(m_details);
    m_memberButtons->setLayout(buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(10);
    details->addWidget(m_name);
    details->addWidget(m_saved);
    details->addWidget(m_memberFacts);
    details->addSpacing(6);
    m_amountForm = new QFormLayout;
    m_amountForm->addRow(tr("Pur&chase (Rp)"), m_amount);
    m_amountForm->addRow(tr("&Use points"), m_redeem);
    m_amountForm->addRow(QString(), m_amountNote);
    details->addLayout(m_amountForm);
    details->addWidget(m_memberButtons);
    details->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(m_hint);
    layout->addWidget(m_details, 1);
    layout->addStretch(); // the hint at the top while no member is shown

    connect(m_saleButton, &QPushButton::clicked, this, &MemberPanel::saleRequested);
    connect(m_amount, &QLineEdit::returnPressed, this, &MemberPanel::amountEntered);
    connect(m_amount, &QLineEdit::textEdited, this, &MemberPanel::amountEdited);
    connect(m_redeem, &QSpinBox::valueChanged, this, &MemberPanel::amountEdited);
    // Enter in the points field saves as well.
    connect(m_redeem, &QSpinBox::editingFinished, this, [this] {
        if (m_redeem->hasFocus())
            Q_EMIT amountEntered();
    });
    connect(cardButton, &QPushButton::clicked, this, &MemberPanel::cardRequested);
    connect(memberCardButton, &QPushButton::clicked, this, &MemberPanel::memberCardRequested);
    connect(slipButton, &QPushButton::clicked, this, &MemberPanel::slipRequested);
    connect(printSlipButton, &QPushButton::clicked, this, &MemberPanel::slipPrintRequested);
    connect(m_rewardButton, &QPushButton::clicked, this, &MemberPanel::rewardRequested);
    clear();
}

void MemberPanel::showCard(const CustomerCard& card, const LoyaltySummary& loyalty,
                           const QList<StampStanding>& stamps, const QString& birthdayReward)
{
    const Customer& c = card.customer;
    if (c.id != m_customerId || m_walkIn)
        m_saved->hide();
    m_customerId = c.id;
    showMemberParts(true);
    m_tier->setText(loyalty::tierName(loyalty.tier));
    m_points->setText(display::count(loyalty.points));
    m_redeem->setRange(0, static_cast<int>(std::min<qint64>(loyalty.points, 1'000'000)));
    m_redeem->setValue(0);
    m_redeem->setEnabled(loyalty.points > 0);
    showStamps(stamps);
    m_amount->clear();
    m_amountNote->clear();
    m_name->setText(c.name);
    QStringList code{c.code};
    if (!c.phone.isEmpty())
        code.append(PhoneNumber::formatNational(c.phone));
    m_code->setText(code.join(QStringLiteral(" · ")));
    m_birthday->setText(birthdayReward.isEmpty()
                            ? tr("Birthday this week")
                            : tr("Birthday this week: %1").arg(birthdayReward));
    m_birthday->setVisible(birthday::isBirthdayWeek(c.birthday, card.asOf));
    // The timeline is newest first: the last late one is the oldest.
    const TimelineEntry* oldestLate = nullptr;
    for (const TimelineEntry& entry : card.timeline)
        if (entry.kind == TimelineKind::FollowUp && entry.overdue)
            oldestLate = &entry;
    m_lateFollowUp->setText(
        oldestLate ? LateFollowUps::note(oldestLate->at.date(), oldestLate->what) : QString());
    m_lateFollowUp->setVisible(oldestLate != nullptr);
    m_visits->setText(QString::number(card.purchases));
    if (card.purchases == 0) {
        m_lastVisit->setText(tr("none yet"));
        m_average->setText(QStringLiteral("–"));
    } else {
        const qint64 daysAgo = card.lastPurchase.daysTo(card.asOf);
        m_lastVisit->setText(
            daysAgo == 0
                ? tr("%1 (today)").arg(display::shortDate(card.lastPurchase))
                : tr("%1 (%2 days ago)").arg(display::shortDate(card.lastPurchase)).arg(daysAgo));
        m_average->setText(money::format(card.averageTicket));
    }
    QStringList favourites;
    for (const FavouriteItem& item : card.favourites)
        favourites.append(item.name);
    m_favourites->setText(tr("Usually buys: %1")
                              .arg(favourites.isEmpty() ? QStringLiteral("–")
                                                        : favourites.join(QStringLiteral(", "))));
    const qint64 owed = card.receivable.balance;
    m_owed->setText(owed > 0   ? money::format(owed)
                    : owed < 0 ? tr("nothing; %1 paid ahead").arg(money::format(-owed))
                               : tr("nothing"));
    m_owed->setProperty("owes", owed > 0);
    m_owed->style()->unpolish(m_owed);
    m_owed->style()->polish(m_owed);
    m_hint->hide();
    m_details->show();
}

void MemberPanel::showStamps(const QList<StampStanding>& stamps)
{
    QStringList cards;
    m_rewards->clear();
    for (const StampStanding& standing : stamps) {
        cards.append(tr("%1 %2/%3")
                         .arg(standing.card.name)
                         .arg(standing.onCard())
                         .arg(standing.card.stampsNeeded));
        if (standing.rewards() == 0)
            continue;
        // The card is named only when its reward does not say which it is.
        const QString reward = tr("%1 × %2").arg(standing.rewards()).arg(standing.card.rewardName);
        m_rewards->addItem(standing.card.rewardName == standing.card.name
                               ? reward
                               : tr("%1 (card %2)").arg(reward, standing.card.name),
                           standing.card.id);
    }
    m_stamps->setText(cards.isEmpty() ? QStringLiteral("–") : cards.join(QStringLiteral(" · ")));
    if (m_rewards->count() == 0)
        m_rewards->addItem(tr("none yet"), qint64{0});
    m_rewards->setEnabled(m_rewards->count() > 1 || rewardCardId() != 0);
    m_rewardButton->setEnabled(rewardCardId() != 0);
}

qint64 MemberPanel::rewardCardId() const
{
    return m_rewards->currentData().toLongLong();
}

int MemberPanel::slipRollMm() const
{
    return m_slipRoll->currentData().toInt();
}

void MemberPanel::setAmountNote(const QString& note)
{
    m_amountNote->setText(note);
}

void MemberPanel::setSavedNote(const QString& note)
{
    m_saved->setText(note);
    m_saved->setVisible(!note.isEmpty());
}

QString MemberPanel::memberName() const
{
    return m_customerId != 0 ? m_name->text() : QString();
}

void MemberPanel::addContactButton(QPushButton* button)
{
    button->setParent(m_memberButtons);
    m_buttons->addWidget(button, m_buttons->rowCount(), 0, 1, 2);
}

void MemberPanel::showWalkIn()
{
    if (!m_walkIn)
        m_saved->hide();
    m_customerId = 0;
    showMemberParts(false);
    m_name->setText(tr("Walk-in customer (no member card)"));
    m_redeem->setValue(0);
    m_amount->clear();
    m_amountNote->setText(tr("A cash sale without a member: it earns no points."));
    m_hint->hide();
    m_details->show();
}

void MemberPanel::showMemberParts(bool member)
{
    m_walkIn = !member;
    m_memberFacts->setVisible(member);
    m_memberButtons->setVisible(member);
    m_amountForm->setRowVisible(m_redeem, member);
}

void MemberPanel::clear()
{
    m_saved->hide();
    m_customerId = 0;
    m_walkIn = false;
    m_details->hide();
    m_hint->show();
}

} // namespace setia
