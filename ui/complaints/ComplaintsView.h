#pragma once

#include "common/ListPage.h"

class QComboBox;

namespace setia {

class Clock;
class CustomerService;
class TicketQueueModel;
class TicketService;
class UserPrompter;

// Keluhan (SPEC §14): the complaints still to be dealt with, by the deadline each works
// towards — the late ones red, those waiting for the customer last — or every one received
// in the last 90 days. Enter opens one to take its next step; Ctrl+N opens a new one.
class ComplaintsView : public ListPage
{
    Q_OBJECT

public:
    struct Services
    {
        TicketService& tickets;
        const CustomerService& customers; // finding who complains
        const Clock& clock;
    };

    ComplaintsView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Reads the tickets again; false (and a message) when it cannot.
    bool reload();
    void openRow(int row) override;
    // Opens a new complaint (the customer found in the dialog); true when saved.
    bool newTicket();
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
