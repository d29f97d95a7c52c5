#pragma once

#include "common/UserPrompter.h"

#include <QCoreApplication>

namespace setia {

// UserPrompter with Qt's message boxes: the one the application uses.
class MessageBoxPrompter final : public UserPrompter
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxPrompter)

public:
    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& confirmText) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
    void fileSaved(QWidget* parent, const QString& title, const QString& path,
                   const QString& summary) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString askText(QWidget* parent, const QString& title, const QString& label,
                    const QString& okText) override;
};

} // namespace setia
