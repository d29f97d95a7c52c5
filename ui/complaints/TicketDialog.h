#pragma once

#include "services/TicketService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace setia {

class Clock;
class FormErrors;
class UserPrompter;

// One complaint (SPEC §14): what the customer said, where it stands and its deadline, every
// step so far, and the next step in a key or two — answered, waiting for the customer, back in
// progress, resolved (with the remedy and its cost), closed — each with a line of what happened.
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    TicketDialog(TicketService& tickets, const Clock& clock, UserPrompter& prompter,
                 qint64 ticketId, QWidget* parent = nullptr);

    // Reads the ticket again; false (and a message) when it cannot.
    bool reload();
    const TicketDetails& details() const { return m_details; }

    // The steps (what the buttons do); each true when saved. The note field's text goes with
    // them, and is required for an answer and a note.
    bool answered();
    bool waitForCustomer();
    bool resume();
    bool resolve();
    bool closeTicket();
    bool addNote();
    // The tanda terima for the customer, on this PC's receipt printer.
    bool printReceipt();

private:
    bool saved(const Result<Ticket>& step);
    void updateButtons();

    TicketService& m_tickets;
    const Clock& m_clock;
    UserPrompter& m_prompter;
    qint64 m_ticketId;
    TicketDetails m_details;
    FormErrors* m_errors = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_deadline = nullptr;
    QLabel* m_words = nullptr;
    QListWidget* m_history = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_answered = nullptr;
    QPushButton* m_wait = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_addNote = nullptr;
};

} // namespace setia
