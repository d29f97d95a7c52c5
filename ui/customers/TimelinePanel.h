#pragma once

#include "domain/CustomerCard.h"
#include "relationships/ContactActions.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace setia {

class TimelineModel;
class UserPrompter;

// The record card's timeline (SPEC §13): sales, payments, points, contacts and follow-ups,
// newest first, narrowed by kind; a contact logged, a follow-up made or done, a WhatsApp
// message sent, in place.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    // What the timeline uses: the contact, follow-up and WhatsApp forms, and the clock — what
    // every contact of a customer uses.
    using Services = ContactActions::Services;

    TimelinePanel(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    void setCard(const CustomerCard& card);
    TimelineModel* model() const { return m_model; }

    // Opens the contact form (a call unless told); true when one was logged.
    bool logContact();
    bool newFollowUp();
    // A WhatsApp message to the customer (a template chosen); true when opened and logged.
    bool messageOnWhatsApp();
    // Marks the open follow-up of `row` done, asking how and with what outcome.
    bool completeFollowUp(int row);

Q_SIGNALS:
    // Something was logged, made or done: the card reads itself again.
    void changed();

private:
    void updateButtons();

    Services m_services;
    UserPrompter& m_prompter;
    CustomerCard m_card;
    TimelineModel* m_model = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_done = nullptr;
};

} // namespace setia
