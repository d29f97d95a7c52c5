#pragma once

#include "domain/Loyalty.h"

#include <QGroupBox>

class QLineEdit;
class QSpinBox;

namespace setia {

class MoneyEdit;

// The loyalty rules the owner sets (SPEC §6): how much buys a point, what a point is
// worth, the spending that makes Silver and Gold and how they multiply points, when unused
// points expire, and the birthday reward shown at the counter.
class LoyaltySettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit LoyaltySettingsBox(QWidget* parent = nullptr);

    void setSettings(const LoyaltySettings& settings);
    // What the fields say; an amount that is not one comes back as -1 for the service to
    // refuse with its message.
    LoyaltySettings settings() const;

private:
    MoneyEdit* m_rupiahPerPoint = nullptr;
    MoneyEdit* m_pointValue = nullptr;
    MoneyEdit* m_silverSpend = nullptr;
    MoneyEdit* m_goldSpend = nullptr;
    QSpinBox* m_silverPercent = nullptr;
    QSpinBox* m_goldPercent = nullptr;
    QSpinBox* m_expiryMonths = nullptr;
    QLineEdit* m_birthdayReward = nullptr;
};

} // namespace setia
