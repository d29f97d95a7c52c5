#include "common/DateEdit.h"

#include <QKeyEvent>

namespace setia {

DateEdit::DateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
}

DateEdit::DateEdit(const QDate& date, QWidget* parent)
    : DateEdit(parent)
{
    setDate(date);
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const bool separator =
        text == QLatin1String("/") || text == QLatin1String("-") || text == QLatin1String(".");
    if (separator) {
        // To the next part, whichever separator: unless the part already moved on by itself.
        if (!m_advanced && currentSectionIndex() + 1 < sectionCount()) {
            setCurrentSectionIndex(currentSectionIndex() + 1);
            setSelectedSection(currentSection());
        }
        m_advanced = false;
        event->accept();
        return;
    }
    const int before = currentSectionIndex();
    QDateEdit::keyPressEvent(event);
    m_advanced = !text.isEmpty() && text.at(0).isDigit() && currentSectionIndex() != before;
}

void DateEdit::focusInEvent(QFocusEvent* event)
{
    m_advanced = false;
    QDateEdit::focusInEvent(event);
}

} // namespace setia
