#pragma once

#include "domain/Ticket.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace setia {

class FormErrors;
class MoneyEdit;
class TicketService;

// Resolves a complaint (SPEC §14): how it was put right, what the customer was given and what
// that cost the shop (a reward in the profitability of §5). Saving also asks for a follow-up
// to check with the customer afterwards.
class ResolveTicketDialog : public QDialog
{
    Q_OBJECT

public:
    ResolveTicketDialog(TicketService& tickets, const Ticket& ticket, QWidget* parent = nullptr);

    const Ticket& resolved() const { return m_resolved; }
    void accept() override;

private:
    TicketService& m_tickets;
    qint64 m_ticketId;
    Ticket m_resolved;
    FormErrors* m_errors = nullptr;
    QPlainTextEdit* m_resolution = nullptr;
    QComboBox* m_remedy = nullptr;
    MoneyEdit* m_cost = nullptr;
};

} // namespace setia
