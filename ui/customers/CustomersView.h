#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace setia {

class CustomerListModel;
class CustomerService;
class CustomerStore;
class UserPrompter;

// The customer list: search as you type, sort by any column, open, add, archive and
// restore. Ctrl+F searches, Ctrl+N adds, Enter opens, Esc clears the search.
class CustomersView : public QWidget
{
    Q_OBJECT

public:
    CustomersView(CustomerService& service, const CustomerStore& store, UserPrompter& prompter,
                  QWidget* parent = nullptr);

    void focusSearch();
    void newCustomer();
    // Opens the customer in `row` of the list in the editor.
    void openRow(int row);

    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    CustomerListModel* model() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCount();
    void updateActions();
    void toggleArchived();
    int currentRow() const;
    void selectCustomer(qint64 id);

    CustomerService& m_service;
    UserPrompter& m_prompter;
    CustomerListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_archiveButton = nullptr;
};

} // namespace setia
