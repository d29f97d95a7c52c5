#pragma once

#include "common/UserPrompter.h"

#include <QList>
#include <QStringList>

namespace setia::test {

// A UserPrompter that answers from a script and remembers what it was asked.
class ScriptedPrompter final : public UserPrompter
{
public:
    // Answers for the next confirm() calls, in order; true when the script runs out.
    QList<bool> answers;
    QStringList questions;  // the text of every confirm()
    QStringList notices;    // the text of every inform() and warn()
    QStringList savePaths;  // answers for the next saveFileName() calls; "" when none left
    QStringList suggested;  // the suggested path of every saveFileName()
    QStringList saved;      // the path of every fileSaved()
    QStringList summaries;  // and its summary
    QStringList openPaths;  // answers for the next openFileName() calls; "" when none left
    QStringList texts;      // answers for the next askText() calls; "" when none left
    QStringList textLabels; // the label of every askText()
    QStringList openedUrls; // every openUrl()

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
};

} // namespace setia::test
