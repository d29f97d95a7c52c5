#include "complaints/ComplaintsView.h"

#include "common/Clock.h"
#include "common/PickerLookups.h"
#include "common/UserPrompter.h"
#include "complaints/NewTicketDialog.h"
#include "complaints/TicketDialog.h"
#include "complaints/TicketQueueModel.h"
#include "domain/DisplayFormat.h"
#include "services/TicketService.h"
#include "surveys/SurveyBatchDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace setia {

namespace {
constexpr int recentDays = 90;
}

ComplaintsView::ComplaintsView(const Services& services, UserPrompter& prompter, QWidget* parent)
    : ListPage(tr("Complaints"), tr("Search number, name or member code… (Ctrl+F)"), parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_model(new TicketQueueModel(this))
{
    setObjectName(QStringLiteral("complaintsView"));
    QPushButton* add =
        addPrimaryButton(tr("&New complaint"), tr("Write down a complaint (Ctrl+N)"));
    add->setObjectName(QStringLiteral("newTicket"));
    auto* cards = new QPushButton(tr("Enter survey &cards…"), this);
    cards->setObjectName(QStringLiteral("surveyCards"));
    cards->setToolTip(tr("Scan a stack of filled-in paper survey cards and type their scores"));
    addTool(cards);
    connect(cards, &QPushButton::clicked, this, &ComplaintsView::enterSurveyCards);
    m_which = new QComboBox(this);
    m_which->setObjectName(QStringLiteral("which"));
    m_which->addItem(tr("Still to deal with"), false);
    m_which->addItem(tr("Every one of the last %1 days").arg(recentDays), true);
    addFilter(m_which);
    setModel(m_model, TicketQueueModel::Deadline, {110, 115, 0, 125, 75, 145, 250},
             TicketQueueModel::Customer);
    setNarrowHidden({TicketQueueModel::Priority, TicketQueueModel::Received}, 180);
    setEmptyHint(tr("No complaint to deal with. When a customer complains, Ctrl+N writes it "
                    "down; its deadlines count the shop's opening hours."));
    table()->setSortingEnabled(false);

    connect(add, &QPushButton::clicked, this, &ComplaintsView::newTicket);
    connect(addShortcut(QKeySequence::New, tr("New complaint")), &QAction::triggered, this,
            &ComplaintsView::newTicket);
    connect(addShortcut(QKeySequence::Find, tr("Find a complaint")), &QAction::triggered, this,
            &ComplaintsView::focusSearchField);
    connect(searchField(), &QLineEdit::textChanged, m_model, &TicketQueueModel::setSearch);
    connect(m_model, &TicketQueueModel::modelReset, this, &ComplaintsView::updateCount);
    connect(m_which, &QComboBox::currentIndexChanged, this, &ComplaintsView::reload);
    connect(&services.tickets, &TicketService::ticketsChanged, this, &ComplaintsView::dataChanged);
}

bool ComplaintsView::reload()
{
    m_stale = false;
    const bool all = m_which->currentData().toBool();
    const QDate today = m_services.clock.today();
    auto tickets = all ? m_services.tickets.receivedBetween(today.addDays(-recentDays), today)
                       : m_services.tickets.queue();
    if (!tickets) {
        m_prompter.warn(this, tr("Complaints"), tickets.error().message());
        return false;
    }
    if (all)
        std::reverse(tickets->begin(), tickets->end()); // newest first
    m_model->setTickets(std::move(tickets).value(), m_services.clock.now());
    return true;
}

void ComplaintsView::setShowAll(bool all)
{
    m_which->setCurrentIndex(all ? 1 : 0);
}

void ComplaintsView::updateCount()
{
    const int late = m_model->lateCount();
    const QString count = tr("%n complaint(s)", nullptr, m_model->rowCount());
    countLabel()->setText(late > 0 ? tr("%1, %n late", nullptr, late).arg(count) : count);
}

void ComplaintsView::showEvent(QShowEvent* event)
{
    ListPage::showEvent(event);
    if (!m_stale)
        return;
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && m_stale)
            reload();
    });
}

void ComplaintsView::dataChanged()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void ComplaintsView::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const qint64 id = m_model->ticketAt(row).ticket.id;
    TicketDialog dialog(m_services.tickets, m_services.clock, m_prompter, id, this);
    dialog.exec();
    const int again = m_model->rowOf(id);
    if (again >= 0)
        table()->selectRow(again);
}

int ComplaintsView::enterSurveyCards()
{
    SurveyBatchDialog dialog(m_services.surveys, m_services.customers, m_services.clock.today(),
                             this);
    dialog.exec();
    return dialog.saved();
}

bool ComplaintsView::newTicket()
{
    NewTicketDialog dialog(m_services.tickets, m_prompter, pickers::customers(m_services.customers),
                           0, QString(), m_services.clock.now(), this);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace setia
