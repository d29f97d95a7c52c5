#include "receivables/ReceivablesView.h"

#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/UserPrompter.h"
#include "customers/CustomerCardDialog.h"
#include "domain/Money.h"
#include "receivables/ReceivableListModel.h"
#include "relationships/ContactActions.h"
#include "services/FollowUpService.h"
#include "services/PaymentService.h"
#include "services/SaleService.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace setia {

ReceivablesView::ReceivablesView(const Services& services, UserPrompter& prompter, QWidget* parent)
    : ListPage(tr("Receivables"), tr("Search name, member code or phone… (Ctrl+F)"), parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_model(new ReceivableListModel(services.payments, services.recordCard.followUps, this))
{
    setObjectName(QStringLiteral("receivablesView"));
    auto* asOfLabel = new QLabel(tr("As of"), this);
    m_asOf = new DateEdit(services.clock.today(), this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_cardButton = new QPushButton(tr("Record &card"), this);
    m_cardButton->setToolTip(
        tr("The selected customer's purchases and payments; record a payment there (Enter)"));
    addTool(asOfLabel);
    addTool(m_asOf);
    addTool(m_cardButton);
    // A debtor's contact: the WhatsApp message starts from the debt reminder.
    const CustomerCardDialog::Services& card = services.recordCard;
    m_contacts = new ContactActions(
        {card.interactions, card.followUps, card.whatsApp, services.clock}, prompter,
        [this] {
            const int row = currentRow();
            if (row < 0 || row >= m_model->rowCount())
                return ContactActions::Target{};
            const ReceivableRow& debtor = m_model->rowAt(row);
            return ContactActions::Target{
                debtor.customerId, debtor.name, QStringLiteral("pengingat_utang"), {}, {}};
        },
        this);
    m_contactButton = m_contacts->menuButton(this);
    addTool(m_contactButton);
    setModel(m_model, ReceivableListModel::Balance, {75, 0, 115, 115, 115, 105, 115, 85, 110},
             ReceivableListModel::Name, Qt::DescendingOrder);
    setNarrowHidden({ReceivableListModel::CreditLimit, ReceivableListModel::OldestDue,
                     ReceivableListModel::Phone});
    setEmptyHint(tr("Nobody owes anything on this date. A sale on credit (in a sale, "
                    "\"Credit\") shows here until it is paid."));

    connect(addShortcut(QKeySequence::Find, tr("Find debtor")), &QAction::triggered, this,
            &ReceivablesView::focusSearchField);
    connect(m_cardButton, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReceivablesView::updateButtons);
    connect(m_model, &ReceivableListModel::modelReset, this, &ReceivablesView::updateCount);
    connect(searchField(), &QLineEdit::textChanged, m_model, &ReceivableListModel::setSearch);
    connect(m_asOf, &QDateEdit::dateChanged, this, &ReceivablesView::reload);
    connect(&services.payments, &PaymentService::paymentRecorded, this,
            &ReceivablesView::dataChanged);
    connect(&services.payments, &PaymentService::paymentVoided, this,
            &ReceivablesView::dataChanged);
    connect(&services.payments, &PaymentService::paymentsChanged, this,
            &ReceivablesView::dataChanged);
    connect(&services.sales, &SaleService::saleRecorded, this, &ReceivablesView::dataChanged);
    connect(&services.recordCard.followUps, &FollowUpService::followUpsChanged, this,
            &ReceivablesView::dataChanged);
    connect(&services.sales, &SaleService::saleVoided, this, &ReceivablesView::dataChanged);
    connect(&services.sales, &SaleService::salesChanged, this, &ReceivablesView::dataChanged);
    // Every debtor is computed when the list is first shown, not at start-up.
    m_stale = true;
}

void ReceivablesView::reload()
{
    m_stale = false;
    QString error;
    if (!m_model->load(m_asOf->date(), &error))
        m_prompter.warn(this, tr("Receivables"), error);
}

void ReceivablesView::showEvent(QShowEvent* event)
{
    ListPage::showEvent(event);
    if (m_stale)
        reload();
}

void ReceivablesView::dataChanged()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void ReceivablesView::setAsOf(const QDate& date)
{
    m_asOf->setDate(date);
}

void ReceivablesView::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    CustomerCardDialog dialog(m_services.recordCard, m_prompter, m_model->rowAt(row).customerId,
                              this);
    if (dialog.load())
        dialog.exec();
}

void ReceivablesView::updateButtons()
{
    m_cardButton->setEnabled(currentRow() >= 0);
    m_contactButton->setEnabled(currentRow() >= 0);
}

void ReceivablesView::updateCount()
{
    updateButtons();
    countLabel()->setText(tr("%1 customers owe %2 · overdue %3")
                              .arg(QLocale().toString(m_model->rowCount()),
                                   money::format(m_model->totalBalance()),
                                   money::format(m_model->totalOverdue())));
}

} // namespace setia
