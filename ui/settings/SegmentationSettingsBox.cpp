#include "settings/SegmentationSettingsBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace setia {
namespace {

// Wide ranges: the service refuses what does not fit together, with its message.
QSpinBox* spin(QWidget* parent, int maximum, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

SegmentationSettingsBox::SegmentationSettingsBox(QWidget* parent)
    : QGroupBox(tr("Segments"), parent)
{
    setObjectName(QStringLiteral("segmentationSettings"));
    const QString days = tr(" days");
    m_activeDays = spin(this, 9999, days);
    m_activeDays->setObjectName(QStringLiteral("activeDays"));
    m_passiveDays = spin(this, 9999, days);
    m_passiveDays->setObjectName(QStringLiteral("passiveDays"));
    m_bigPercent = spin(this, 100, QStringLiteral(" %"));
    m_regularPercent = spin(this, 100, QStringLiteral(" %"));
    m_majorPercent = spin(this, 100, QStringLiteral(" %"));
    m_growthPercent = spin(this, 1000, QStringLiteral(" %"));
    m_newcomerDays = spin(this, 999, days);
    m_remainingMonths = spin(this, 999, tr(" months"));

    auto* form = new QFormLayout(this);
    auto* lifecycle = new QHBoxLayout;
    lifecycle->addWidget(new QLabel(tr("Active up to"), this));
    lifecycle->addWidget(m_activeDays);
    lifecycle->addWidget(new QLabel(tr("passive up to"), this));
    lifecycle->addWidget(m_passiveDays);
    lifecycle->addStretch(1);
    form->addRow(tr("Last purchase:"), lifecycle);
    auto* tiers = new QHBoxLayout;
    tiers->addWidget(new QLabel(tr("Big"), this));
    tiers->addWidget(m_bigPercent);
    tiers->addWidget(new QLabel(tr("regular up to"), this));
    tiers->addWidget(m_regularPercent);
    tiers->addStretch(1);
    form->addRow(tr("Share of revenue:"), tiers);
    form->addRow(tr("Major profit group:"), m_majorPercent);
    auto* potential = new QHBoxLayout;
    potential->addWidget(m_growthPercent);
    potential->addWidget(new QLabel(tr("of the 90 days before, or new within"), this));
    potential->addWidget(m_newcomerDays);
    potential->addStretch(1);
    form->addRow(tr("Potential: growth"), potential);
    form->addRow(tr("Lifetime value looks ahead:"), m_remainingMonths);
    setToolTip(tr("Changing these changes every customer's segment at once. The tier, RFM and "
                  "margin always look at the last 365 days."));
}

void SegmentationSettingsBox::setRules(const SegmentationRules& rules)
{
    m_activeDays->setValue(rules.activeDays);
    m_passiveDays->setValue(rules.passiveDays);
    m_bigPercent->setValue(rules.bigPercent);
    m_regularPercent->setValue(rules.regularPercent);
    m_majorPercent->setValue(rules.majorPercent);
    m_growthPercent->setValue(rules.growthPercent);
    m_newcomerDays->setValue(rules.newcomerDays);
    m_remainingMonths->setValue(rules.remainingMonths);
}

SegmentationRules SegmentationSettingsBox::rules() const
{
    SegmentationRules rules;
    rules.activeDays = m_activeDays->value();
    rules.passiveDays = m_passiveDays->value();
    rules.bigPercent = m_bigPercent->value();
    rules.regularPercent = m_regularPercent->value();
    rules.majorPercent = m_majorPercent->value();
    rules.growthPercent = m_growthPercent->value();
    rules.newcomerDays = m_newcomerDays->value();
    rules.remainingMonths = m_remainingMonths->value();
    return rules;
}

} // namespace setia
