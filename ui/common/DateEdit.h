#pragma once

#include <QDateEdit>

namespace setia {

// A date field as people type dates (SPEC §1: 17/08/2024): dd/MM/yyyy; / - or . moves to the
// next part, but not after a day or month that filled itself (17 → the month already), so
// 17/08/2024, 17/8/2024, 17-08-2024, 1.8.2024 and 17082024 all land where they should.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);
    DateEdit(const QDate& date, QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    bool m_advanced = false; // the last digit filled its part and moved on
};

} // namespace setia
