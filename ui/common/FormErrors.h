#pragma once

#include <QHash>
#include <QLabel>

namespace setia {

// The message above a form when the service refuses it, and the red mark on the field at
// fault. Fields are named as core's Error::field() names them ("name", "phone", …).
class FormErrors : public QLabel
{
    Q_OBJECT

public:
    explicit FormErrors(QWidget* parent = nullptr);

    void setFields(QHash<QString, QWidget*> fields) { m_fields = std::move(fields); }
    // Shows `message` and marks the widget of `field`; returns that widget (nullptr when
    // the error names no field of this form) so the form can bring it into view.
    QWidget* showError(const QString& message, const QString& field);
    void clear();

private:
    static void mark(QWidget* widget, bool invalid);
    QHash<QString, QWidget*> m_fields;
};

} // namespace setia
