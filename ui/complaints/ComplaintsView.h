#pragma once

#include "common/ListPage.h"

class QComboBox;

namespace setia {

class Clock;
class CustomerService;
class TicketQueueModel;
class SurveyService;
class TicketService;
class UserPrompter;

// Keluhan (SPEC §14): the complaints still to be dealt with, by the deadline each works
// towards — the late ones red, those waiting for the customer last — or every one received
// in the last 90 days. Enter opens one to take its next step; Ctrl+N opens a new one. Paper
// survey cards filled in by customers are entered here too, by scanning them.
class ComplaintsView : public ListPage
{
    Q_OBJECT

public:
    struct Services
    {
        TicketService& tickets;
        SurveyService& surveys;           // paper survey cards entered in a stack
        const CustomerService& customers; // finding who complains, whose card it is
        const Clock& clock;
    };

    ComplaintsView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Reads the tickets again; false (and a message) when it cannot.
    bool reload();
    void openRow(int row) override;
    // Opens a new complaint (the customer found in the dialog); true when saved.
    bool newTicket();
    // Enters a stack of filled-in paper survey cards; how many were saved.
    int enterSurveyCards();
    // Every ticket of the last 90 days instead of the unfinished ones.
    void setShowAll(bool all);

    TicketQueueModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void dataChanged();
    void updateCount();

    Services m_services;
    UserPrompter& m_prompter;
    TicketQueueModel* m_model = nullptr;
    QComboBox* m_which = nullptr;
    bool m_stale = true;
};

} // namespace setia
