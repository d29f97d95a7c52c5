#pragma once

#include <QChar>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace setia {

enum class ImportKind { Customers, Products, Sales, Payments, Interactions, Surveys, Tickets };

// A data row that was not imported: where it is and why, in words that say what to fix.
struct RejectedRow
{
    int line = 0;
    QString reason;
    QStringList fields;
};

// What an import did (or, for a dry run, would do).
struct ImportReport
{
    QString encoding;     // "UTF-8", "Windows-1252", …
    QChar separator;      // ',' or ';'
    QStringList header;   // the file's first row, as read
    int rows = 0;         // data rows read
    int acceptedRows = 0; // rows applied
    qint64 created = 0;   // customers, products, sales or payments made from them
    QList<RejectedRow> rejected;
    bool dryRun = false;
    bool cancelled = false; // stopped by the user: nothing was applied
    qint64 importId = 0;    // its entry in the imports' journal (for undoing it), when it made any
};

// An import as the journal keeps it (SPEC §12): what it brought in, for undoing it whole.
struct ImportRecord
{
    qint64 id = 0;
    ImportKind kind = ImportKind::Customers;
    QString fileName;
    QDateTime importedAt;
    QString importedBy;
    qint64 records = 0; // customers, products, sales or payments it made
    QDateTime undoneAt; // null while the import stands
};

// Called now and then with (work done, work in all); returning false cancels.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ImportOptions
{
    bool dryRun = false;
    // The file's name as the imports' journal shows it (run() with a path fills it in).
    QString fileName;
    // Which column of the file holds each field, by the field's canonical name (SPEC §8):
    // for spreadsheets with other headers or column order. Fields not named here are
    // found by their canonical name in the header.
    QHash<QString, int> columns;
    // Reading the file is the first half of the work, writing what it made the second;
    // returning false cancels, and nothing is changed.
    ImportProgress progress;
    // While another program is writing to the database (another import, say), called about
    // once a second with the seconds waited: true waits on, false gives up and nothing is
    // changed. Empty: a few seconds, then the import fails as Busy.
    std::function<bool(int waitedSeconds)> waiting;
};

} // namespace setia
