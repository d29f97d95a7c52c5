#pragma once

#include "common/ListPage.h"

class QCheckBox;
class QPushButton;

namespace setia {

class CustomerListModel;
class CustomerService;
class CustomerStore;
class UserPrompter;

// The customer list: search as you type, sort by any column, open, add, archive and
// restore. Ctrl+F searches, Ctrl+N adds, Enter opens, Esc clears the search.
class CustomersView : public ListPage
{
    Q_OBJECT

public:
    CustomersView(CustomerService& service, const CustomerStore& store, UserPrompter& prompter,
                  QWidget* parent = nullptr);

    void newCustomer();
    // Opens the customer in `row` of the list in the editor.
    void openRow(int row);

    CustomerListModel* model() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCount();
    void updateActions();
    void toggleArchived();
    void selectCustomer(qint64 id);

    CustomerService& m_service;
    UserPrompter& m_prompter;
    CustomerListModel* m_model = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_archiveButton = nullptr;
};

} // namespace setia
