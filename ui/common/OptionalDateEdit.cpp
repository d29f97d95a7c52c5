#include "common/OptionalDateEdit.h"

#include <QKeyEvent>

namespace setia {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : DateEdit(parent)
{
    // The day before the earliest real date stands for "no date".
    setMinimumDate(QDate(1899, 12, 31));
    setSpecialValueText(QStringLiteral("—"));
    setCalendarPopup(true);
    setDate(noDate());
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == noDate() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& value)
{
    setDate(value.isValid() ? value : noDate());
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    // Delete or Backspace on the whole field clears the date.
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        (event->modifiers() & Qt::ControlModifier)) {
        setDate(noDate());
        return;
    }
    DateEdit::keyPressEvent(event);
}

} // namespace setia
