#pragma once

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace setia {

// A thin host: a sidebar of feature views and the view shown. The composition root adds
// the views; the window knows nothing of what they do.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // `id` names the view for --view and showView(); `icon` is the resource path of its
    // sidebar icon without ".png" (a "-selected" variant shows when chosen). The first nine
    // views open with Ctrl+1 … Ctrl+9. `help` is what F1 shows for the view.
    void addView(const QString& id, const QString& title, const QString& icon, QWidget* view,
                 const QString& help = {});
    // False when no view has that id.
    bool showView(const QString& id);
    QWidget* currentView() const;
    QStringList viewIds() const { return m_ids; }
    // F1: a short help for the view shown, beside it (not modal).
    void showHelp();
    // A band above every view saying something about the whole file (it is read-only, its
    // backup failed); empty text hides it.
    void showBanner(const QString& text);

private:
    void updateIcons();

    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_banner = nullptr;
    QStringList m_ids;
    QStringList m_icons;
    QStringList m_titles;
    QStringList m_helps;
};

} // namespace setia
