#include "common/FormErrors.h"

#include <QStyle>

namespace setia {

FormErrors::FormErrors(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("formError"));
    setWordWrap(true);
    hide();
}

QWidget* FormErrors::showError(const QString& message, const QString& field)
{
    clear();
    setText(message);
    show();
    QWidget* widget = m_fields.value(field);
    if (widget)
        mark(widget, true);
    return widget;
}

void FormErrors::clear()
{
    hide();
    for (QWidget* widget : std::as_const(m_fields)) {
        if (widget->property("invalid").toBool())
            mark(widget, false);
    }
}

void FormErrors::mark(QWidget* widget, bool invalid)
{
    // The style sheet styles *[invalid="true"]; re-polish so the change shows.
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace setia
