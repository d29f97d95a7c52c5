#pragma once

#include "common/Result.h"
#include "common/UserPrompter.h"

#include <QCoreApplication>

#include <functional>

namespace setia {

// UserPrompter with Qt's message boxes: the one the application uses.
class MessageBoxPrompter final : public UserPrompter
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxPrompter)

public:
    // Checks every file chosen in saveFileName() (the composition root refuses the open
    // database, its side files and symbolic links): a refused one is explained and the
    // dialog asked again.
    void setTargetCheck(std::function<Status(const QString& path)> check)
    {
        m_targetCheck = std::move(check);
    }

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
    bool openUrl(const QString& url) override;

private:
    std::function<Status(const QString& path)> m_targetCheck;
};

} // namespace setia
