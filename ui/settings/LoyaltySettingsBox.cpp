#include "settings/LoyaltySettingsBox.h"

#include "common/MoneyEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace setia {
namespace {

QSpinBox* percentBox(QWidget* parent, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(100, 500);
    box->setSingleStep(5);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

} // namespace

LoyaltySettingsBox::LoyaltySettingsBox(QWidget* parent)
    : QGroupBox(tr("Loyalty points"), parent)
{
    m_rupiahPerPoint = new MoneyEdit(this);
    m_rupiahPerPoint->setObjectName(QStringLiteral("rupiahPerPoint"));
    m_pointValue = new MoneyEdit(this);
    m_pointValue->setObjectName(QStringLiteral("pointValue"));
    m_silverSpend = new MoneyEdit(this);
    m_silverSpend->setObjectName(QStringLiteral("silverSpend"));
    m_goldSpend = new MoneyEdit(this);
    m_goldSpend->setObjectName(QStringLiteral("goldSpend"));
    m_silverPercent = percentBox(this, QStringLiteral("silverPercent"));
    m_goldPercent = percentBox(this, QStringLiteral("goldPercent"));
    m_expiryMonths = new QSpinBox(this);
    m_expiryMonths->setObjectName(QStringLiteral("expiryMonths"));
    m_expiryMonths->setRange(0, 120);
    m_expiryMonths->setSpecialValueText(tr("never"));
    m_expiryMonths->setSuffix(tr(" months"));
    m_birthdayReward = new QLineEdit(this);
    m_birthdayReward->setObjectName(QStringLiteral("birthdayReward"));
    m_birthdayReward->setPlaceholderText(tr("e.g. a free drink"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("One point for every (Rp)"), m_rupiahPerPoint);
    form->addRow(tr("One point is worth (Rp)"), m_pointValue);
    form->addRow(tr("Silver from a year's spending of (Rp)"), m_silverSpend);
    form->addRow(tr("Silver earns"), m_silverPercent);
    form->addRow(tr("Gold from a year's spending of (Rp)"), m_goldSpend);
    form->addRow(tr("Gold earns"), m_goldPercent);
    form->addRow(tr("Points expire after"), m_expiryMonths);
    form->addRow(tr("Birthday reward"), m_birthdayReward);
    auto* hint = new QLabel(tr("Points are rounded down. A purchase that uses points earns "
                               "none. The oldest points are used first. Changes apply to sales "
                               "from now on."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    form->addRow(hint);
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_rupiahPerPoint, m_pointValue, m_silverSpend, m_goldSpend, m_silverPercent,
             m_goldPercent, m_expiryMonths, m_birthdayReward})
        field->setMinimumWidth(130);
}

void LoyaltySettingsBox::setSettings(const LoyaltySettings& settings)
{
    m_rupiahPerPoint->setValue(settings.rupiahPerPoint);
    m_pointValue->setValue(settings.pointValue);
    m_silverSpend->setValue(settings.silverSpend);
    m_goldSpend->setValue(settings.goldSpend);
    m_silverPercent->setValue(static_cast<int>(settings.silverPermille / 10));
    m_goldPercent->setValue(static_cast<int>(settings.goldPermille / 10));
    m_expiryMonths->setValue(static_cast<int>(settings.expiryMonths));
    m_birthdayReward->setText(settings.birthdayReward);
}

LoyaltySettings LoyaltySettingsBox::settings() const
{
    LoyaltySettings settings;
    settings.rupiahPerPoint = m_rupiahPerPoint->value().value_or(-1);
    settings.pointValue = m_pointValue->value().value_or(-1);
    settings.silverSpend = m_silverSpend->value().value_or(-1);
    settings.goldSpend = m_goldSpend->value().value_or(-1);
    settings.silverPermille = m_silverPercent->value() * qint64{10};
    settings.goldPermille = m_goldPercent->value() * qint64{10};
    settings.expiryMonths = m_expiryMonths->value();
    settings.birthdayReward = m_birthdayReward->text();
    return settings;
}

} // namespace setia
