#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace setia {

class FormErrors;
class LoyaltyService;

// Adds or takes a member's points by hand, with the reason (a complaint made good, a
// correction); the balance never goes below zero.
class PointsAdjustDialog : public QDialog
{
    Q_OBJECT

public:
    PointsAdjustDialog(LoyaltyService& loyalty, qint64 customerId, qint64 balance,
                       QWidget* parent = nullptr);

    void accept() override;

private:
    LoyaltyService& m_loyalty;
    qint64 m_customerId;
    FormErrors* m_errors = nullptr;
    QSpinBox* m_points = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace setia
