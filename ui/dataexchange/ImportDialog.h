#pragma once

#include "common/Result.h"
#include "io/CsvReader.h"
#include "io/ImportReport.h"

#include <QDialog>
#include <QElapsedTimer>

#include <optional>

class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace setia {

class ColumnMappingForm;
class FormErrors;
class ImportService;
class RejectedRowsModel;
class UserPrompter;

// Imports one CSV file: shows its first rows, lets the user say which column holds each
// field, checks the file with a dry run (what would be imported, which rows are refused and
// why), then imports it in one transaction.
//
// Checking and importing run on the GUI thread, which owns the database connection; the
// progress callback keeps the dialog painted and its Cancel button live. A cancelled
// import changes nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `reader` is the opened file, before its first data row. The preview, the check and
    // the import each read a copy of it, so all three see the same bytes.
    ImportDialog(ImportService& imports, ImportKind kind, const QString& path,
                 const CsvReader& reader, UserPrompter& prompter, QWidget* parent = nullptr);

    // A dry run with the chosen columns: what would be imported and what is rejected.
    void check();
    // Imports the checked file (asking first when rows are rejected), its good rows at once.
    void importChecked();
    // While checking or importing: stops it (and changes nothing); otherwise closes.
    void reject() override;

private:
    QWidget* makePreview();
    QWidget* makeColumnsGroup();
    QWidget* makeResultGroup();
    QLayout* makeButtons();
    Result<ImportReport> run(bool dryRun);
    // ImportOptions::progress: keeps the dialog alive; false once Cancel was pressed.
    bool progress(qint64 done, qint64 total);
    void setRunning(bool running);
    // Enables what the state allows: nothing but Cancel while running, no second import.
    void updateState();
    // Says that another program holds the database while the import waits for it; false
    // once the user cancelled.
    bool waiting(int waitedSeconds);
    void mappingChanged();
    void showChecked(const ImportReport& report);
    void showRejected(const ImportReport& report);
    void saveRejects();

    ImportService& m_imports;
    UserPrompter& m_prompter;
    ImportKind m_kind;
    QString m_path;
    CsvReader m_reader;
    std::optional<ImportReport> m_checked; // the dry run of the mapping shown
    std::optional<ImportReport> m_report;  // the last finished check or import: its rejects
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_imported = false;
    QElapsedTimer m_sinceEvents;

    ColumnMappingForm* m_mapping = nullptr;
    FormErrors* m_errors = nullptr;
    QLabel* m_summary = nullptr;
    RejectedRowsModel* m_rejected = nullptr;
    QTableView* m_rejectedView = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_saveRejectsButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace setia
