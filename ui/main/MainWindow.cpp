#include "main/MainWindow.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace setia {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Setia"));

    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto* brand = new QLabel(QStringLiteral("Setia"), sidebar);
    brand->setObjectName(QStringLiteral("brand"));
    auto* tagline = new QLabel(tr("Customers & loyalty"), sidebar);
    tagline->setObjectName(QStringLiteral("tagline"));
    m_sidebar = new QListWidget(sidebar);
    m_sidebar->setObjectName(QStringLiteral("navigation"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(12, 18, 12, 12);
    sidebarLayout->setSpacing(2);
    sidebarLayout->addWidget(brand);
    sidebarLayout->addWidget(tagline);
    sidebarLayout->addSpacing(18);
    sidebarLayout->addWidget(m_sidebar, 1);
    sidebar->setFixedWidth(210);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("content"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_banner);
    right->addWidget(m_stack, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    // F11: full screen, for a counter screen with nothing else on it.
    auto* fullScreen = new QAction(this);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    addAction(fullScreen);
    connect(fullScreen, &QAction::triggered, this,
            [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });

    auto* help = new QAction(this);
    help->setShortcut(QKeySequence(Qt::Key_F1));
    addAction(help);
    connect(help, &QAction::triggered, this, &MainWindow::showHelp);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::updateIcons);
}

void MainWindow::addView(const QString& id, const QString& title, const QString& icon,
                         QWidget* view, const QString& help)
{
    m_ids.append(id);
    m_icons.append(icon);
    m_titles.append(title);
    m_helps.append(help);
    auto* item = new QListWidgetItem(QIcon(icon + QStringLiteral(".png")), title, m_sidebar);
    item->setSizeHint(QSize(0, 40));
    // Ctrl+1 … Ctrl+9: the views in the order of the sidebar.
    if (const qsizetype position = m_ids.size(); position <= 9) {
        auto* key = new QAction(this);
        key->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + int(position))));
        key->setShortcutContext(Qt::WindowShortcut);
        addAction(key);
        connect(key, &QAction::triggered, this, [this, id] { showView(id); });
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(position));
    }
    m_stack->addWidget(view);
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
    updateIcons();
}

bool MainWindow::showView(const QString& id)
{
    const qsizetype index = m_ids.indexOf(id);
    if (index < 0)
        return false;
    m_sidebar->setCurrentRow(static_cast<int>(index));
    return true;
}

void MainWindow::showHelp()
{
    const int row = m_sidebar->currentRow();
    if (row < 0 || row >= m_helps.size() || m_helps.at(row).isEmpty())
        return;
    auto* dialog = findChild<QDialog*>(QStringLiteral("viewHelp"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("viewHelp"));
        auto* text = new QLabel(dialog);
        text->setObjectName(QStringLiteral("helpText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        layout->addWidget(close);
        dialog->setMinimumWidth(420);
        dialog->setMaximumWidth(560);
    }
    dialog->setWindowTitle(tr("Help: %1").arg(m_titles.at(row)));
    dialog->findChild<QLabel*>(QStringLiteral("helpText"))->setText(m_helps.at(row));
    dialog->show();
    dialog->raise();
}

QWidget* MainWindow::currentView() const
{
    return m_stack->currentWidget();
}

void MainWindow::updateIcons()
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        const QString suffix = row == m_sidebar->currentRow() ? QStringLiteral("-selected.png")
                                                              : QStringLiteral(".png");
        m_sidebar->item(row)->setIcon(QIcon(m_icons.at(row) + suffix));
    }
}

void MainWindow::showBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

} // namespace setia
