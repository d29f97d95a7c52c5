#pragma once

#include "io/ImportReport.h"

#include <QWidget>

namespace setia {

class Backend;
class UserPrompter;

// Import & export: CSV files of customers, products, sales and payments (SPEC §8), each
// with a line on what it holds. Importing opens an ImportDialog for the chosen file;
// exporting writes the whole list to a file the user names.
class DataExchangeView : public QWidget
{
    Q_OBJECT

public:
    DataExchangeView(Backend& backend, UserPrompter& prompter, QWidget* parent = nullptr);

    void importFile(ImportKind kind);
    void exportFile(ImportKind kind);

Q_SIGNALS:
    // An import of `kind` was applied: lists showing that kind should read it again.
    void imported(ImportKind kind);

private:
    QWidget* makeKindBox(ImportKind kind);

    Backend& m_backend;
    UserPrompter& m_prompter;
};

} // namespace setia
