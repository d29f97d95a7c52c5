#pragma once

#include "common/DateEdit.h"

namespace setia {

// A date edit that can also hold "no date" (shown as "—"), for dates such as a birthday
// that may be unknown. Dates show as dd/MM/yyyy.
class OptionalDateEdit : public DateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // A null QDate when no date is set.
    QDate optionalDate() const;
    void setOptionalDate(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QDate noDate() const { return minimumDate(); }
};

} // namespace setia
