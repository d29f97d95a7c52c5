#pragma once

#include <QGroupBox>

class QPushButton;
class QTableView;

namespace setia {

class ImportHistoryModel;
class ImportService;
class UserPrompter;

// The imports made (Import & export), each undoable whole: every customer, product, sale or
// payment it brought in goes, in one step, unless something recorded since depends on them.
class ImportHistoryBox : public QGroupBox
{
    Q_OBJECT

public:
    ImportHistoryBox(ImportService& imports, UserPrompter& prompter, QWidget* parent = nullptr);

    // Reads the journal again (after an import).
    void reload();
    // Undoes the import in `row`, once the user confirms.
    void undoRow(int row);

    ImportHistoryModel* model() const { return m_model; }

private:
    void updateActions();

    ImportService& m_imports;
    UserPrompter& m_prompter;
    ImportHistoryModel* m_model;
    QTableView* m_table = nullptr;
    QPushButton* m_undo = nullptr;
};

} // namespace setia
