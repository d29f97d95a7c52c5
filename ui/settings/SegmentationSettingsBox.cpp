#include "settings/SegmentationSettingsBox.h"

#include <QFormLayout>
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
    form->addRow(tr("Active: bought within"), m_activeDays);
    form->addRow(tr("Passive: bought within"), m_passiveDays);
    form->addRow(tr("Big: top share of revenue"), m_bigPercent);
    form->addRow(tr("Regular: up to"), m_regularPercent);
    form->addRow(tr("Major profit: top share of margin"), m_majorPercent);
    form->addRow(tr("Potential: grew to"), m_growthPercent);
    form->addRow(tr("or new within"), m_newcomerDays);
    form->addRow(tr("Lifetime value looks ahead:"), m_remainingMonths);
    setToolTip(tr("Changing these changes every customer's segment at once. Big: the customers "
                  "ranked first who together make this share of revenue; regular: up to this "
                  "share. Potential: revenue of the last 90 days at least this share of the 90 "
                  "days before, or a first purchase this recent. The tier, RFM and margin "
                  "always look at the last 365 days."));
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
