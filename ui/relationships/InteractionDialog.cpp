#include "relationships/InteractionDialog.h"

#include "common/FormErrors.h"
#include "domain/Timeline.h"
#include "services/InteractionService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

InteractionDialog::InteractionDialog(InteractionService& interactions, qint64 customerId,
                                     const QString& customerName, const QList<SaleChoice>& sales,
                                     const QDateTime& now, InteractionKind kind, QWidget* parent)
    : QDialog(parent)
    , m_interactions(interactions)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("interactionDialog"));
    setWindowTitle(tr("Log a contact"));
    m_errors = new FormErrors(this);
    auto* who = new QLabel(customerName, this);
    who->setObjectName(QStringLiteral("viewTitle"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    int number = 1;
    for (InteractionKind k : interaction::kinds()) {
        m_kind->addItem(QStringLiteral("%1  %2").arg(number++).arg(Timeline::interactionName(k)),
                        static_cast<int>(k));
        if (k == kind)
            m_kind->setCurrentIndex(m_kind->count() - 1);
    }
    m_kind->setToolTip(tr("Keys 1–7 choose the kind"));
    m_at = new QDateTimeEdit(now, this);
    m_at->setObjectName(QStringLiteral("at"));
    m_at->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_at->setCalendarPopup(true);
    m_staff = new QLineEdit(interactions.staff(), this);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->setMaxLength(InteractionService::maxStaffLength);
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setMaxLength(InteractionService::maxSummaryLength);
    m_summary->setPlaceholderText(tr("e.g. asked about the price of rice"));
    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setMaxLength(InteractionService::maxOutcomeLength);
    m_outcome->setPlaceholderText(tr("e.g. will order 10 sacks next week"));
    m_sale = new QComboBox(this);
    m_sale->setObjectName(QStringLiteral("sale"));
    m_sale->addItem(tr("— none —"), qint64(0));
    for (const SaleChoice& sale : sales)
        m_sale->addItem(sale.label, sale.id);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&When"), m_at);
    form->addRow(tr("S&taff"), m_staff);
    form->addRow(tr("What was &said"), m_summary);
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("Sal&e"), m_sale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InteractionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_errors->setFields({{QStringLiteral("kind"), m_kind},
                         {QStringLiteral("at"), m_at},
                         {QStringLiteral("staff"), m_staff},
                         {QStringLiteral("summary"), m_summary},
                         {QStringLiteral("outcome"), m_outcome},
                         {QStringLiteral("sale"), m_sale}});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    m_summary->setFocus();
}

void InteractionDialog::setSummary(const QString& summary)
{
    m_summary->setText(summary);
}

void InteractionDialog::keyPressEvent(QKeyEvent* event)
{
    // A digit picks the kind while the cursor is not in a text field.
    const int key = event->key();
    if (key >= Qt::Key_1 && key < Qt::Key_1 + m_kind->count() &&
        !qobject_cast<QLineEdit*>(focusWidget())) {
        m_kind->setCurrentIndex(key - Qt::Key_1);
        return;
    }
    QDialog::keyPressEvent(event);
}

void InteractionDialog::accept()
{
    m_errors->clear();
    Interaction draft;
    draft.customerId = m_customerId;
    draft.kind = static_cast<InteractionKind>(m_kind->currentData().toInt());
    draft.at = m_at->dateTime();
    draft.staff = m_staff->text();
    draft.summary = m_summary->text();
    draft.outcome = m_outcome->text();
    draft.saleId = m_sale->currentData().toLongLong();
    auto logged = m_interactions.log(draft);
    if (!logged) {
        if (QWidget* field = m_errors->showError(logged.error().message(), logged.error().field()))
            field->setFocus();
        return;
    }
    m_logged = *logged;
    QDialog::accept();
}

} // namespace setia
