#pragma once

#include <QLineEdit>

#include <optional>

namespace setia {

// A line edit for whole Rupiah: accepts "1250000", "1.250.000" or "Rp1.250.000" and shows
// the amount grouped ("1.250.000") once the user leaves the field.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    // nullopt while the text is not an amount (the service then reports the field).
    std::optional<qint64> value() const;
    void setValue(qint64 rupiah);

private:
    void reformat();
};

} // namespace setia
