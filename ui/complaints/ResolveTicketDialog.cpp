#include "complaints/ResolveTicketDialog.h"

#include "common/FormErrors.h"
#include "common/MoneyEdit.h"
#include "domain/TicketTexts.h"
#include "services/TicketService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

ResolveTicketDialog::ResolveTicketDialog(TicketService& tickets, const Ticket& ticket,
                                         QWidget* parent)
    : QDialog(parent)
    , m_tickets(tickets)
    , m_ticketId(ticket.id)
{
    setObjectName(QStringLiteral("resolveTicketDialog"));
    setWindowTitle(tr("Resolve complaint %1").arg(ticket.number));
    m_errors = new FormErrors(this);
    auto* what =
        new QLabel(tr("%1: \u201C%2\u201D").arg(ticket.customerName, ticket.summary), this);
    what->setWordWrap(true);
    m_resolution = new QPlainTextEdit(this);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->setTabChangesFocus(true);
    m_resolution->setPlaceholderText(tr("e.g. the rice was exchanged for a new sack"));
    m_resolution->setMinimumHeight(70);
    m_remedy = new QComboBox(this);
    m_remedy->setObjectName(QStringLiteral("remedy"));
    for (RemedyKind r : ticket::remedies())
        m_remedy->addItem(TicketTexts::remedy(r), static_cast<int>(r));
    m_cost = new MoneyEdit(this);
    m_cost->setObjectName(QStringLiteral("remedyCost"));
    m_cost->setValue(0);
    m_cost->setToolTip(tr("What the remedy cost the shop: a free item at its cost, the money "
                          "given back, the points' value. It counts as a reward in "
                          "profitability."));
    auto* form = new QFormLayout;
    form->addRow(what);
    form->addRow(tr("How it was &resolved"), m_resolution);
    form->addRow(tr("The customer was &given"), m_remedy);
    form->addRow(tr("What it &cost"), m_cost);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Resolve"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveTicketDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_errors->setFields({{QStringLiteral("resolution"), m_resolution},
                         {QStringLiteral("remedy"), m_remedy},
                         {QStringLiteral("remedyCost"), m_cost}});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    m_resolution->setFocus();
}

void ResolveTicketDialog::accept()
{
    m_errors->clear();
    const auto cost = m_cost->value();
    if (!cost) {
        m_errors->showError(tr("Enter what the remedy cost in whole Rupiah, such as 25.000."),
                            QStringLiteral("remedyCost"));
        m_cost->setFocus();
        return;
    }
    auto resolved =
        m_tickets.resolve(m_ticketId, m_resolution->toPlainText(),
                          static_cast<RemedyKind>(m_remedy->currentData().toInt()), *cost);
    if (!resolved) {
        if (QWidget* field =
                m_errors->showError(resolved.error().message(), resolved.error().field()))
            field->setFocus();
        return;
    }
    m_resolved = *resolved;
    QDialog::accept();
}

} // namespace setia
