#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"
#include "services/BulkOptions.h"

#include <QStringList>

#include <optional>

namespace setia {

// One kind of import file (customers, products, sales, payments): how a row becomes a record
// for its service, and the service's bulk call that saves them. ImportService reads the rows
// into it; nothing is written until finish(), which saves every good record in one
// transaction (or, for a dry run, checks and rolls back).
class CsvImport
{
public:
    virtual ~CsvImport() = default;

    // Once, before the first row: what the rows are checked against (codes, the catalogue).
    virtual Status prepare() { return {}; }
    // One row, its values in the order of CsvColumns::of() (empty when the file lacks the
    // column). Returns the reason when the row cannot be imported.
    virtual std::optional<QString> addRow(int line, const QStringList& values) = 0;
    // A row the reader could not read whole (ragged, an unterminated quote), its values as
    // far as they go: an import whose records span rows refuses the rest of that record.
    virtual void unreadableRow(int line, const QStringList& values)
    {
        Q_UNUSED(line);
        Q_UNUSED(values);
    }
    // Saves what the rows made through the service's bulk call; rows its checks refuse go
    // to `rejected`. Returns how many records were made; adds the rows they came from to
    // `acceptedRows`. Error::Kind::Cancelled when `options.progress` said stop.
    virtual Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                                  const BulkOptions& options) = 0;

    // Set when checking a row failed for a reason of the file's database, not of the row (a
    // damaged page, a locked file): the import stops with it and writes nothing.
    const std::optional<Error>& failure() const { return m_failure; }

protected:
    // What a service's error means for the row being checked: a broken rule refuses the row
    // with its message; any other error is the import's failure().
    std::optional<QString> refusedFor(const Error& error)
    {
        switch (error.kind()) {
        case Error::Kind::Validation:
        case Error::Kind::Duplicate:
        case Error::Kind::CreditLimit:
        case Error::Kind::NotFound:
            return error.message();
        default:
            if (!m_failure)
                m_failure = error;
            return error.message();
        }
    }

private:
    std::optional<Error> m_failure;
};

} // namespace setia
