#include "customers/PointsAdjustDialog.h"

#include "common/FormErrors.h"
#include "services/LoyaltyService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace setia {

PointsAdjustDialog::PointsAdjustDialog(LoyaltyService& loyalty, qint64 customerId, qint64 balance,
                                       QWidget* parent)
    : QDialog(parent)
    , m_loyalty(loyalty)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("pointsAdjustDialog"));
    setWindowTitle(tr("Change points"));
    m_errors = new FormErrors(this);
    m_points = new QSpinBox(this);
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setRange(-1'000'000, 1'000'000);
    m_points->setToolTip(tr("A number to add, or below zero to take"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. goods were late; a wrong entry"));
    auto* now = new QLabel(tr("The member has %1 points now.").arg(balance), this);
    now->setObjectName(QStringLiteral("hint"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Points (+ or −)"), m_points);
    form->addRow(tr("&Reason *"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PointsAdjustDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_errors->setFields(
        {{QStringLiteral("points"), m_points}, {QStringLiteral("reason"), m_reason}});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(now);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_points->setFocus();
}

void PointsAdjustDialog::accept()
{
    m_errors->clear();
    if (Status changed = m_loyalty.adjust(m_customerId, m_points->value(), m_reason->text());
        !changed) {
        if (QWidget* field =
                m_errors->showError(changed.error().message(), changed.error().field()))
            field->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace setia
