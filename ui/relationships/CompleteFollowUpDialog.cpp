#include "relationships/CompleteFollowUpDialog.h"

#include "common/FormErrors.h"
#include "domain/Timeline.h"
#include "services/FollowUpService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

CompleteFollowUpDialog::CompleteFollowUpDialog(FollowUpService& followUps, qint64 followUpId,
                                               const QString& task, QWidget* parent)
    : QDialog(parent)
    , m_followUps(followUps)
    , m_followUpId(followUpId)
{
    setObjectName(QStringLiteral("completeFollowUpDialog"));
    setWindowTitle(tr("Follow-up done"));
    m_errors = new FormErrors(this);
    auto* what = new QLabel(task, this);
    what->setObjectName(QStringLiteral("viewTitle"));
    what->setWordWrap(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (InteractionKind k : interaction::kinds())
        m_kind->addItem(Timeline::interactionName(k), static_cast<int>(k));
    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setPlaceholderText(tr("e.g. paid half, the rest on Friday"));
    auto* form = new QFormLayout;
    form->addRow(tr("Done by &way of"), m_kind);
    form->addRow(tr("&Outcome"), m_outcome);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Done"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompleteFollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_errors->setFields({{QStringLiteral("outcome"), m_outcome}});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
    m_outcome->setFocus();
}

void CompleteFollowUpDialog::accept()
{
    m_errors->clear();
    auto done = m_followUps.complete(m_followUpId,
                                     static_cast<InteractionKind>(m_kind->currentData().toInt()),
                                     m_outcome->text());
    if (!done) {
        if (QWidget* field = m_errors->showError(done.error().message(), done.error().field()))
            field->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace setia
