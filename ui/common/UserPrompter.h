#pragma once

#include <QString>

class QWidget;

namespace setia {

// The seam for every question and notice a view puts to the user, so that tests answer
// them instead of blocking on a modal dialog (see tests/ui/ScriptedPrompter).
class UserPrompter
{
public:
    virtual ~UserPrompter() = default;

    // A yes/no question; `confirmText` labels the button that says yes.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& confirmText) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    // Where to save a file; `suggested` is the proposed path, `filter` such as
    // "PDF (*.pdf)". Empty when the user cancels.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                 const QString& filter) = 0;
    // Tells that a file was written to `path` (`summary`, e.g. "12 rows", may say what it
    // holds; empty for nothing more), offering to open it or its folder.
    virtual void fileSaved(QWidget* parent, const QString& title, const QString& path,
                           const QString& summary) = 0;
    // Which file to open; `filter` such as "CSV (*.csv)". Empty when the user cancels.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    // A line of text, such as the reason for a void; `okText` labels the button that
    // accepts. Empty when the user cancels or leaves it blank.
    virtual QString askText(QWidget* parent, const QString& title, const QString& label,
                            const QString& okText) = 0;
    // Hands `url` to the system (a wa.me link to the browser or the WhatsApp app); false when
    // nothing could take it.
    virtual bool openUrl(const QString& url) = 0;
};

} // namespace setia
