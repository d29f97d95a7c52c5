#include "common/ListPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace setia {

ListPage::ListPage(const QString& title, const QString& searchHint, QWidget* parent)
    : QWidget(parent)
{
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("viewTitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("viewSubtitle"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("listSearch"));
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.png")), QLineEdit::LeadingPosition);

    m_table = new QTableView(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto* titles = new QVBoxLayout;
    titles->addWidget(titleLabel);
    titles->addWidget(m_count);
    m_header = new QHBoxLayout;
    m_header->addLayout(titles);
    m_header->addStretch();
    m_tools = new QHBoxLayout;
    m_tools->addWidget(m_search, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(m_header);
    layout->addLayout(m_tools);
    layout->addWidget(m_table, 1);

    m_search->installEventFilter(this);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
}

bool ListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::Resize) {
        fitColumns(static_cast<QResizeEvent*>(event)->size().width());
        return QWidget::eventFilter(watched, event);
    }
    if (m_emptyHint && watched == m_table->viewport() && event->type() == QEvent::Resize) {
        updateEmptyHint();
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_search || event->type() != QEvent::KeyPress || !m_table->model())
        return QWidget::eventFilter(watched, event);
    const int rows = m_table->model()->rowCount();
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Down:
        if (rows > 0) {
            m_table->setFocus();
            m_table->selectRow(qMax(0, currentRow()));
            return true;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // One match opens straight away; several go to the list to choose.
        if (rows == 1) {
            openRow(0);
            return true;
        }
        if (rows > 1) {
            m_table->setFocus();
            m_table->selectRow(0);
            return true;
        }
        break;
    case Qt::Key_Escape:
        if (!m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

QPushButton* ListPage::addPrimaryButton(const QString& text, const QString& toolTip)
{
    auto* button = new QPushButton(QIcon(QStringLiteral(":/icons/add-light.png")), text, this);
    button->setObjectName(QStringLiteral("primaryButton"));
    button->setToolTip(toolTip);
    m_header->addWidget(button);
    return button;
}

void ListPage::addTool(QWidget* tool)
{
    m_tools->addWidget(tool);
}

void ListPage::addFilter(QWidget* filter)
{
    if (!m_filters) {
        m_filters = new QHBoxLayout;
        m_filters->addStretch();
        // Under the search row, above the table.
        auto* page = static_cast<QVBoxLayout*>(layout());
        page->insertLayout(page->indexOf(m_table), m_filters);
    }
    m_filters->insertWidget(m_filters->count() - 1, filter);
}

void ListPage::setModel(QAbstractItemModel* model, int sortColumn,
                        std::initializer_list<int> widths, int stretchColumn, Qt::SortOrder order)
{
    m_table->setModel(model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(sortColumn, order);
    int column = 0;
    for (int width : widths)
        m_table->setColumnWidth(column++, width);
    m_table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    m_widths = QList<int>(widths);
    m_stretchColumn = stretchColumn;
}

void ListPage::setEmptyHint(const QString& firstSteps)
{
    m_firstSteps = firstSteps;
    if (!m_emptyHint) {
        m_emptyHint = new QLabel(m_table->viewport());
        m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
        m_emptyHint->setAlignment(Qt::AlignCenter);
        m_emptyHint->setWordWrap(true);
        m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_table->viewport()->installEventFilter(this);
        QAbstractItemModel* model = m_table->model();
        connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateEmptyHint);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ListPage::updateEmptyHint);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateEmptyHint);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateEmptyHint);
        connect(m_search, &QLineEdit::textChanged, this, &ListPage::updateEmptyHint);
    }
    updateEmptyHint();
}

void ListPage::updateEmptyHint()
{
    if (!m_emptyHint)
        return;
    const bool empty = m_table->model() && m_table->model()->rowCount() == 0;
    const QString search = m_search->text().trimmed();
    m_emptyHint->setText(search.isEmpty()
                             ? m_firstSteps
                             : tr("Nothing matches “%1”. Esc clears the search.").arg(search));
    m_emptyHint->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    m_emptyHint->setVisible(empty);
}

void ListPage::setNarrowHidden(std::initializer_list<int> columns, int room)
{
    m_narrowHidden = QList<int>(columns);
    m_stretchRoom = room;
    m_table->installEventFilter(this);
    fitColumns(m_table->width());
}

void ListPage::fitColumns(int tableWidth)
{
    // Every column shown first; then the optional ones give way until the stretching one
    // has its room.
    for (int column : std::as_const(m_narrowHidden))
        m_table->setColumnHidden(column, false);
    const auto fixedWidth = [this] {
        int used = 0;
        for (qsizetype column = 0; column < m_widths.size(); ++column) {
            if (column != m_stretchColumn && !m_table->isColumnHidden(int(column)))
                used += m_widths.at(column);
        }
        return used;
    };
    // The viewport is resized after the list: work from the list's own new width.
    const int available =
        tableWidth - 2 * m_table->frameWidth() - m_table->verticalScrollBar()->sizeHint().width();
    for (int column : std::as_const(m_narrowHidden)) {
        if (available - fixedWidth() >= m_stretchRoom)
            break;
        m_table->setColumnHidden(column, true);
    }
}

QAction* ListPage::addShortcut(const QKeySequence& keys, const QString& text)
{
    auto* action = new QAction(text, this);
    action->setShortcut(keys);
    addAction(action);
    return action;
}

void ListPage::focusSearchField()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int ListPage::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

} // namespace setia
