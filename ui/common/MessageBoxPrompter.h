#pragma once

#include "common/UserPrompter.h"

namespace setia {

// UserPrompter with Qt's message boxes: the one the application uses.
class MessageBoxPrompter final : public UserPrompter
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& confirmText) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString askText(QWidget* parent, const QString& title, const QString& label,
                    const QString& okText) override;
};

} // namespace setia
