#pragma once

#include "io/ImportReport.h"

#include <QWidget>

namespace setia {

class Clock;
class ExportService;
class ImportHistoryBox;
class ImportService;
class UserPrompter;

// Import & export: CSV files of customers, products, sales and payments (SPEC §8), each
// with a line on what it holds. Importing opens an ImportDialog for the chosen file;
// exporting writes the whole list to a file the user names. The imports made are listed,
// each undoable whole.
class DataExchangeView : public QWidget
{
    Q_OBJECT

public:
    // What the view uses: imports and exports of CSV files.
    struct Services
    {
        ImportService& imports;
        const ExportService& exports;
        const Clock& clock;
    };

    DataExchangeView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    void importFile(ImportKind kind);
    void exportFile(ImportKind kind);
    ImportHistoryBox* history() const { return m_history; }

private:
    QWidget* makeKindBox(ImportKind kind);

    Services m_services;
    UserPrompter& m_prompter;
    ImportHistoryBox* m_history = nullptr;
};

} // namespace setia
