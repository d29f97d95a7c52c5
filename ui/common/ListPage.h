#pragma once

#include <QKeySequence>
#include <QWidget>

#include <initializer_list>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace setia {

// The frame every list view shares: a title with a count under it and a primary button,
// a search field with the view's tools beside it, and a table of whole rows sorted by any
// column. Views derive from it and fill in their model, tools and actions. The keyboard
// is the same in every list: in the search field, Enter opens the only match or goes to
// the first of several, Down goes to the list, Esc clears the search; in the list, Enter
// or a double-click opens the row.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    // Opens the row: what that shows is the view's.
    virtual void openRow(int row) = 0;

protected:
    ListPage(const QString& title, const QString& searchHint, QWidget* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

    QLabel* countLabel() const { return m_count; }
    // The highlighted button at the top right (e.g. "New customer").
    QPushButton* addPrimaryButton(const QString& text, const QString& toolTip);
    // A button or check box beside the search field, in the order added.
    void addTool(QWidget* tool);
    // A filter on a row of its own under the search field, left to right in the order added.
    void addFilter(QWidget* filter);
    // Shows `model`, sorted by `sortColumn` in `order`; columns get `widths` except
    // `stretchColumn`, which takes the room the others leave.
    void setModel(QAbstractItemModel* model, int sortColumn, std::initializer_list<int> widths,
                  int stretchColumn, Qt::SortOrder order = Qt::AscendingOrder);
    // Columns that give way, first to last, when the list is too narrow to leave the
    // stretching column `room` pixels (a 1024 × 768 screen): hidden, and back when it widens.
    void setNarrowHidden(std::initializer_list<int> columns, int room = 200);
    // What an empty list says in its middle: `firstSteps` while there is nothing at all
    // (what to do first), "Nothing matches …" while a search finds nothing.
    void setEmptyHint(const QString& firstSteps);
    // An action of this view with a keyboard shortcut, active while the view is shown.
    QAction* addShortcut(const QKeySequence& keys, const QString& text);
    // Ctrl+F: puts the cursor in the search field, its text selected.
    void focusSearchField();
    // The selected row, -1 if none.
    int currentRow() const;

private:
    QLabel* m_count = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QHBoxLayout* m_header = nullptr;
    QHBoxLayout* m_tools = nullptr;
    QHBoxLayout* m_filters = nullptr;
    QList<int> m_widths;
    QList<int> m_narrowHidden;
    QLabel* m_emptyHint = nullptr;
    QString m_firstSteps;
    int m_stretchColumn = -1;
    int m_stretchRoom = 0;
    // `tableWidth`: the list's width, as it is being resized to.
    void fitColumns(int tableWidth);
    void updateEmptyHint();
};

} // namespace setia
