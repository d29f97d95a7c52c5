#include "complaints/TicketDialog.h"

#include "common/Clock.h"
#include "common/FormErrors.h"
#include "common/UserPrompter.h"
#include "complaints/ResolveTicketDialog.h"
#include "complaints/TicketReceiptOutput.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/TicketTexts.h"
#include "relationships/LateFollowUps.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

TicketDialog::TicketDialog(TicketService& tickets, const Clock& clock, UserPrompter& prompter,
                           qint64 ticketId, QWidget* parent)
    : QDialog(parent)
    , m_tickets(tickets)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_ticketId(ticketId)
{
    setObjectName(QStringLiteral("ticketDialog"));
    m_errors = new FormErrors(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("viewTitle"));
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setWordWrap(true);
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("words"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setWordWrap(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaxLength(TicketService::maxNoteLength);
    m_note->setPlaceholderText(tr("What was said or done (goes with the step)"));

    m_answered = new QPushButton(tr("&Answered"), this);
    m_answered->setToolTip(tr("The customer heard back: the first response"));
    m_wait = new QPushButton(tr("&Waiting for the customer"), this);
    m_wait->setToolTip(tr("The deadline clock stops until the customer comes back"));
    m_resume = new QPushButton(tr("Back in &progress"), this);
    m_resolve = new QPushButton(tr("Resol&ve…"), this);
    m_close = new QPushButton(tr("Cl&ose"), this);
    m_close->setToolTip(tr("Done with: nothing more to do about it"));
    m_addNote = new QPushButton(tr("Add &note"), this);
    for (auto [button, name] : {std::pair{m_answered, "answered"}, std::pair{m_wait, "wait"},
                                std::pair{m_resume, "resume"}, std::pair{m_resolve, "resolve"},
                                std::pair{m_close, "close"}, std::pair{m_addNote, "addNote"}}) {
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
    }
    connect(m_answered, &QPushButton::clicked, this, &TicketDialog::answered);
    connect(m_wait, &QPushButton::clicked, this, &TicketDialog::waitForCustomer);
    connect(m_resume, &QPushButton::clicked, this, &TicketDialog::resume);
    connect(m_resolve, &QPushButton::clicked, this, &TicketDialog::resolve);
    connect(m_close, &QPushButton::clicked, this, &TicketDialog::closeTicket);
    connect(m_addNote, &QPushButton::clicked, this, &TicketDialog::addNote);
    m_errors->setFields({{QStringLiteral("note"), m_note}, {QStringLiteral("status"), m_note}});

    auto* steps = new QGridLayout;
    steps->addWidget(m_answered, 0, 0);
    steps->addWidget(m_wait, 0, 1);
    steps->addWidget(m_resume, 0, 2);
    steps->addWidget(m_resolve, 1, 0);
    steps->addWidget(m_close, 1, 1);
    steps->addWidget(m_addNote, 1, 2);
    auto* done = new QDialogButtonBox(QDialogButtonBox::Close, this);
    done->button(QDialogButtonBox::Close)->setText(tr("Done"));
    auto* print = done->addButton(tr("Tanda t&erima"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printReceipt"));
    print->setToolTip(tr("The tanda terima for the customer, with the complaint's number"));
    print->setAutoDefault(false);
    auto* printMenu = new QMenu(print);
    connect(printMenu->addAction(tr("On the &receipt printer")), &QAction::triggered, this,
            &TicketDialog::printReceipt);
    connect(printMenu->addAction(tr("On &A5 paper…")), &QAction::triggered, this,
            [this] { TicketReceiptOutput(m_tickets, m_prompter, this).previewA5(m_ticketId); });
    connect(printMenu->addAction(tr("A5 as &PDF…")), &QAction::triggered, this, [this] {
        TicketReceiptOutput(m_tickets, m_prompter, this)
            .saveA5Pdf(m_ticketId, m_details.ticket.number);
    });
    print->setMenu(printMenu);
    connect(done, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_deadline);
    layout->addWidget(m_words);
    layout->addWidget(new QLabel(tr("What happened so far"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(m_errors);
    layout->addWidget(m_note);
    layout->addLayout(steps);
    layout->addWidget(done);
    resize(640, 560);
    reload();
    m_note->setFocus();
}

bool TicketDialog::reload()
{
    auto details = m_tickets.details(m_ticketId);
    if (!details) {
        m_prompter.warn(this, tr("Complaint"), details.error().message());
        return false;
    }
    m_details = *details;
    const Ticket& t = m_details.ticket;
    setWindowTitle(tr("Complaint %1").arg(t.number));
    m_title->setText(tr("%1 · %2 (%3)").arg(t.number, t.customerName, t.customerCode));
    QStringList facts{tr("Received %1").arg(display::shortDateTime(t.receivedAt)),
                      TicketTexts::category(t.category), TicketTexts::priority(t.priority),
                      TicketTexts::status(t.status), tr("staff: %1").arg(t.staff)};
    if (t.finished() && t.remedy != RemedyKind::None)
        facts.append(tr("%1, %2").arg(TicketTexts::remedy(t.remedy), money::format(t.remedyCost)));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    const QDateTime now = m_clock.now();
    m_deadline->setText(TicketTexts::deadline(t, m_details.clock, now));
    // The clock was read at `now`: a deadline past then is marked late.
    m_deadline->setStyleSheet(
        m_details.clock.late()
            ? QStringLiteral("color: %1; font-weight: bold;").arg(LateFollowUps::colour().name())
            : QString());
    m_words->setText(tr("\u201C%1\u201D").arg(t.summary));
    m_history->clear();
    for (const TicketEvent& e : std::as_const(m_details.events))
        m_history->addItem(
            tr("%1 · %2 · %3").arg(display::shortDateTime(e.at), e.staff, TicketTexts::step(e)));
    m_history->scrollToBottom();
    updateButtons();
    return true;
}

void TicketDialog::updateButtons()
{
    const TicketStatus s = m_details.ticket.status;
    m_answered->setEnabled(!m_details.ticket.finished());
    m_wait->setEnabled(ticket::canMove(s, TicketStatus::Waiting));
    m_resume->setEnabled(ticket::canMove(s, TicketStatus::InProgress) && s != TicketStatus::Open);
    m_resolve->setEnabled(ticket::canMove(s, TicketStatus::Resolved));
    m_close->setEnabled(ticket::canMove(s, TicketStatus::Closed));
    m_addNote->setEnabled(s != TicketStatus::Closed);
}

bool TicketDialog::saved(const Result<Ticket>& step)
{
    if (!step) {
        m_errors->showError(step.error().message(), step.error().field());
        m_note->setFocus();
        return false;
    }
    m_errors->clear();
    m_note->clear();
    reload();
    return true;
}

bool TicketDialog::answered()
{
    return saved(m_tickets.respond(m_ticketId, m_note->text()));
}

bool TicketDialog::waitForCustomer()
{
    return saved(m_tickets.move(m_ticketId, TicketStatus::Waiting, m_note->text()));
}

bool TicketDialog::resume()
{
    return saved(m_tickets.move(m_ticketId, TicketStatus::InProgress, m_note->text()));
}

bool TicketDialog::resolve()
{
    ResolveTicketDialog dialog(m_tickets, m_details.ticket, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_errors->clear();
    reload();
    return true;
}

bool TicketDialog::closeTicket()
{
    return saved(m_tickets.move(m_ticketId, TicketStatus::Closed, m_note->text()));
}

bool TicketDialog::printReceipt()
{
    return TicketReceiptOutput(m_tickets, m_prompter, this)
        .printOnRoll(m_ticketId, m_details.ticket.number);
}

bool TicketDialog::addNote()
{
    return saved(m_tickets.note(m_ticketId, m_note->text()));
}

} // namespace setia
