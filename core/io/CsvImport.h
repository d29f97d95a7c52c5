#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace setia {

// One kind of import file (customers, products, sales, payments): its columns, how a row
// becomes data, and how the data is written. CsvImporter drives it inside one transaction.
class CsvImport
{
public:
    virtual ~CsvImport() = default;

    // The canonical columns of SPEC §8 (and Setia's optional extras), in file order.
    virtual QStringList columns() const = 0;
    virtual QStringList requiredColumns() const = 0;

    // Once, inside the transaction, before the first row.
    virtual Status prepare() { return {}; }
    // One row, its values in the order of columns() (empty when the file lacks the
    // column). Returns the reason when the row cannot be imported.
    virtual std::optional<QString> addRow(int line, const QStringList& values) = 0;
    // A row the reader could not read whole (ragged, an unterminated quote), its values as
    // far as they go: an import whose records span rows refuses the rest of that record.
    virtual void unreadableRow(int line, const QStringList& values)
    {
        Q_UNUSED(line);
        Q_UNUSED(values);
    }
    // Writes what the rows made; rows found wrong only now go to `rejected`. Returns how
    // many records were made; adds the rows they came from to `acceptedRows`. Long writes
    // call `progress` now and then with (records written, records to write); when it
    // returns false they stop with Error::Kind::Cancelled (the caller rolls back).
    virtual Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                                  const ImportProgress& progress) = 0;

protected:
    // For finish(): tells `progress` every few thousand records written; Cancelled once
    // it says stop.
    static Status written(const ImportProgress& progress, qint64 done, qint64 total)
    {
        constexpr qint64 every = 2048;
        if (!progress || done % every != 0 || progress(done, total))
            return {};
        return Error(Error::Kind::Cancelled,
                     QCoreApplication::translate("CsvImport", "The import was cancelled: "
                                                              "nothing was changed."));
    }
};

} // namespace setia
