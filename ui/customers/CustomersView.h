#pragma once

#include "common/ListPage.h"
#include "common/Result.h"

class QCheckBox;
class QComboBox;
class QPushButton;

namespace setia {

class Backend;
class CustomerListModel;
class CustomerService;
class UserPrompter;

// The customer list: search as you type, sort by any column, add, edit, archive and
// restore. Opening a customer shows their record card, the customer's main page. Ctrl+F
// searches, Ctrl+N adds, Enter opens the record card, Ctrl+E edits, Esc clears the search.
class CustomersView : public ListPage
{
    Q_OBJECT

public:
    CustomersView(Backend& backend, UserPrompter& prompter, QWidget* parent = nullptr);

    void newCustomer();
    // Shows the record card of the customer in `row` of the list.
    void openRow(int row) override;
    // Opens the customer in `row` in the editor.
    void editRow(int row);
    // The member cards of every customer the list shows (at most maxCards), as a PDF.
    void saveMemberCards();

    static constexpr int maxCards = 500;

    CustomerListModel* model() const { return m_model; }
    // The saved segment the list is narrowed to ("Segment:"); 0 for everyone.
    QComboBox* segmentFilter() const { return m_segment; }
    // Reads the saved segments again into the "Segment:" list, keeping the one chosen.
    void reloadSegments();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The selected row, or the only one when a search found one customer.
    int chosenRow() const;
    void applyFilter();
    // Narrows the list to the saved segment chosen, read afresh, then filters.
    void applySegment();
    // The members of a saved segment as of today, stored for the list's filter.
    Result<qint64> segmentSubset(qint64 segmentId);
    void updateCount();
    void updateActions();
    void toggleArchived();
    void selectCustomer(qint64 id);

    Backend& m_backend;
    CustomerService& m_service;
    UserPrompter& m_prompter;
    CustomerListModel* m_model = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QComboBox* m_segment = nullptr;
    qint64 m_subset = 0;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_archiveButton = nullptr;
    QPushButton* m_cardsButton = nullptr;
};

} // namespace setia
