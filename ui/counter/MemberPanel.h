#pragma once

#include "domain/CustomerCard.h"
#include "domain/Loyalty.h"
#include "domain/StampCard.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace setia {

class MoneyEdit;

// The member found at the counter, at a glance: name and code, phone, a birthday badge in
// the birthday week, tier and points, stamps on each card and the rewards earned, visits and
// the last one, favourite items, and what they owe. A purchase is logged by its amount
// (Enter) or with items (F4), a stamp reward taken with F8; the record card opens with F5;
// Ctrl+L logs a contact and Alt+W sends a WhatsApp thank-you (the counter's keys).
// A walk-in purchase (no member) shows the amount field alone.
class MemberPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemberPanel(QWidget* parent = nullptr);

    // Shows `card` as of its date with the member's points and tier and their stamp cards;
    // `birthdayReward` joins the badge in their birthday week.
    void showCard(const CustomerCard& card, const LoyaltySummary& loyalty,
                  const QList<StampStanding>& stamps, const QString& birthdayReward);
    // Under the amount field: what the amount typed earns, or why it cannot be saved.
    void setAmountNote(const QString& note);
    // Above the facts: what was just saved.
    void setSavedNote(const QString& note);
    // A purchase without a member: the amount field alone.
    void showWalkIn();
    void clear();
    bool hasMember() const { return m_customerId != 0; }
    bool isWalkIn() const { return m_walkIn; }
    qint64 customerId() const { return m_customerId; }
    // The member's name as saved (empty without a member).
    QString memberName() const;
    // Puts the contact button (a call logged, a follow-up, a WhatsApp message) under the
    // member's other buttons.
    void addContactButton(QPushButton* button);
    QPushButton* saleButton() const { return m_saleButton; }
    MoneyEdit* amountField() const { return m_amount; }
    // How many of their points the member uses on the purchase (0 to their balance).
    QSpinBox* redeemField() const { return m_redeem; }
    // The receipt roll chosen for the member slip: 58 or 80 (mm).
    int slipRollMm() const;
    // The card version whose reward is chosen, or 0 when the member has none to take.
    qint64 rewardCardId() const;

Q_SIGNALS:
    void saleRequested();
    void cardRequested();
    void memberCardRequested();
    void slipRequested();
    // F9: the points slip on the receipt printer.
    void slipPrintRequested();
    void rewardRequested();
    // Enter in the amount field.
    void amountEntered();
    void amountEdited();

private:
    void showStamps(const QList<StampStanding>& stamps);
    // The member's facts, points and buttons, hidden for a walk-in purchase.
    void showMemberParts(bool member);

    qint64 m_customerId = 0;
    bool m_walkIn = false;
    QLabel* m_hint = nullptr;
    QWidget* m_details = nullptr;
    QWidget* m_memberFacts = nullptr;
    QWidget* m_memberButtons = nullptr;
    QFormLayout* m_amountForm = nullptr;
    QGridLayout* m_buttons = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_birthday = nullptr;
    QLabel* m_lateFollowUp = nullptr;
    QLabel* m_visits = nullptr;
    QLabel* m_lastVisit = nullptr;
    QLabel* m_average = nullptr;
    QLabel* m_favourites = nullptr;
    QLabel* m_owed = nullptr;
    QLabel* m_tier = nullptr;
    QLabel* m_points = nullptr;
    QLabel* m_stamps = nullptr;
    QComboBox* m_rewards = nullptr;
    QPushButton* m_rewardButton = nullptr;
    QLabel* m_saved = nullptr;
    MoneyEdit* m_amount = nullptr;
    QSpinBox* m_redeem = nullptr;
    QLabel* m_amountNote = nullptr;
    QPushButton* m_saleButton = nullptr;
    QComboBox* m_slipRoll = nullptr;
};

} // namespace setia
