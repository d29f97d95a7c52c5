#include "relationships/FollowUpDialog.h"

#include "common/DateEdit.h"
#include "common/FormErrors.h"
#include "services/FollowUpService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

FollowUpDialog::FollowUpDialog(FollowUpService& followUps, qint64 customerId,
                               const QString& customerName, const QString& staff, QWidget* parent)
    : QDialog(parent)
    , m_followUps(followUps)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("New follow-up"));
    m_errors = new FormErrors(this);
    auto* who = new QLabel(customerName, this);
    who->setObjectName(QStringLiteral("viewTitle"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(tr("— type it below —"));
    for (const FollowUpService::Preset& preset : FollowUpService::presets())
        m_preset->addItem(preset.task);
    m_task = new QLineEdit(this);
    m_task->setObjectName(QStringLiteral("task"));
    m_task->setMaxLength(FollowUpService::maxTaskLength);
    m_task->setPlaceholderText(tr("e.g. offer the new stock of cooking oil"));
    const FollowUp tomorrow =
        m_followUps.fromPreset(customerId, FollowUpService::presets().first());
    m_due = new DateEdit(tomorrow.due, this);
    m_due->setObjectName(QStringLiteral("due"));
    m_staff = new QLineEdit(staff, this);
    m_staff->setObjectName(QStringLiteral("staff"));
    connect(m_preset, &QComboBox::currentIndexChanged, this, &FollowUpDialog::applyPreset);

    auto* form = new QFormLayout;
    form->addRow(tr("&Quick choice"), m_preset);
    form->addRow(tr("&What to do *"), m_task);
    form->addRow(tr("&Due"), m_due);
    form->addRow(tr("&For"), m_staff);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_errors->setFields({{QStringLiteral("task"), m_task},
                         {QStringLiteral("due"), m_due},
                         {QStringLiteral("staff"), m_staff}});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    m_preset->setFocus();
}

void FollowUpDialog::applyPreset(int index)
{
    const QList<FollowUpService::Preset> presets = FollowUpService::presets();
    if (index < 1 || index > presets.size())
        return;
    const FollowUp f = m_followUps.fromPreset(m_customerId, presets.at(index - 1));
    m_task->setText(f.task);
    m_due->setDate(f.due);
}

void FollowUpDialog::accept()
{
    m_errors->clear();
    FollowUp draft;
    draft.customerId = m_customerId;
    draft.task = m_task->text();
    draft.due = m_due->date();
    draft.staff = m_staff->text();
    auto created = m_followUps.create(draft);
    if (!created) {
        if (QWidget* field =
                m_errors->showError(created.error().message(), created.error().field()))
            field->setFocus();
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace setia
