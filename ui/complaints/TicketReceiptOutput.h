#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace setia {

class TicketService;
class UserPrompter;

// The tanda terima keluhan on its ways out: this PC's receipt printer, an A5 sheet through the
// print preview (and from there any printer), or an A5 PDF. Each says what went wrong.
class TicketReceiptOutput
{
    Q_DECLARE_TR_FUNCTIONS(TicketReceiptOutput)

public:
    TicketReceiptOutput(const TicketService& tickets, UserPrompter& prompter, QWidget* parent);

    // False (and the message shown) when it did not print.
    bool printOnRoll(qint64 ticketId, const QString& number);
    void previewA5(qint64 ticketId);
    // The path written; empty when cancelled or refused.
    QString saveA5Pdf(qint64 ticketId, const QString& number);

private:
    const TicketService& m_tickets;
    UserPrompter& m_prompter;
    QWidget* m_parent;
};

} // namespace setia
