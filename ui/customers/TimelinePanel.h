#pragma once

#include "domain/CustomerCard.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace setia {

class Clock;
class FollowUpService;
class InteractionService;
class TimelineModel;
class UserPrompter;

// The record card's timeline (SPEC §13): sales, payments, points, contacts and follow-ups,
// newest first, narrowed by kind; a contact logged, a follow-up made or done in place.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    TimelinePanel(InteractionService& interactions, FollowUpService& followUps, const Clock& clock,
                  QWidget* parent = nullptr);

    void setCard(const CustomerCard& card);
    TimelineModel* model() const { return m_model; }

    // Opens the contact form (a call unless told); true when one was logged.
    bool logContact();
    bool newFollowUp();
    // Marks the open follow-up of `row` done, asking how and with what outcome.
    bool completeFollowUp(int row);

Q_SIGNALS:
    // Something was logged, made or done: the card reads itself again.
    void changed();

private:
    void updateButtons();

    InteractionService& m_interactions;
    FollowUpService& m_followUps;
    const Clock& m_clock;
    CustomerCard m_card;
    TimelineModel* m_model = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_done = nullptr;
};

} // namespace setia
