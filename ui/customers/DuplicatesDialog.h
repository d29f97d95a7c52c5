#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace setia {

class CustomerService;
class DuplicatePairModel;
class MergeJournalModel;
class MergeService;
class UserPrompter;

// Customers → Duplicates: the pairs of customers who may be one person (same phone, names
// alike), each merged in a side-by-side choice; and the merges made, each undoable.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(MergeService& merges, const CustomerService& customers, UserPrompter& prompter,
                     QWidget* parent = nullptr);

    // Looks for duplicates again (a wait note while it reads every customer).
    void findDuplicates();
    // Opens the side-by-side merge of the pair in `row`.
    void mergeRow(int row);
    // Undoes the merge in `row` of the journal, once the user confirms.
    void undoRow(int row);

    DuplicatePairModel* pairs() const { return m_pairs; }
    MergeJournalModel* journal() const { return m_journal; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void reloadJournal();
    void updateActions();

    MergeService& m_merges;
    const CustomerService& m_customers;
    UserPrompter& m_prompter;
    DuplicatePairModel* m_pairs;
    MergeJournalModel* m_journal;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_pairTable = nullptr;
    QTableView* m_journalTable = nullptr;
    QLabel* m_pairCount = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QPushButton* m_undoButton = nullptr;
};

} // namespace setia
