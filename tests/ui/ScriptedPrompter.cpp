#include "ScriptedPrompter.h"

namespace setia::test {

bool ScriptedPrompter::confirm(QWidget*, const QString&, const QString& text, const QString&)
{
    questions.append(text);
    return answers.isEmpty() ? true : answers.takeFirst();
}

void ScriptedPrompter::inform(QWidget*, const QString&, const QString& text)
{
    notices.append(text);
}

void ScriptedPrompter::warn(QWidget*, const QString&, const QString& text)
{
    notices.append(text);
}

QString ScriptedPrompter::saveFileName(QWidget*, const QString&, const QString& suggestedPath,
                                       const QString&)
{
    suggested.append(suggestedPath);
    return savePaths.isEmpty() ? QString() : savePaths.takeFirst();
}

void ScriptedPrompter::fileSaved(QWidget*, const QString&, const QString& path,
                                 const QString& summary)
{
    saved.append(path);
    summaries.append(summary);
}

QString ScriptedPrompter::openFileName(QWidget*, const QString&, const QString&)
{
    return openPaths.isEmpty() ? QString() : openPaths.takeFirst();
}

QString ScriptedPrompter::askText(QWidget*, const QString&, const QString& label, const QString&)
{
    textLabels.append(label);
    return texts.isEmpty() ? QString() : texts.takeFirst();
}

bool ScriptedPrompter::openUrl(const QString& url)
{
    openedUrls.append(url);
    return true;
}

} // namespace setia::test
