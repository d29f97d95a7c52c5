#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"

#include <QCoreApplication>

namespace setia {

class Backend;
class CsvWriter;

// Writes customers, products, sales or payments as the CSV files of SPEC §8 (UTF-8 with a
// BOM, comma-separated, formulas neutralised), so that CsvImporter reads them back whole.
// Sales files add line_discount and sale_discount after the canonical columns, and payment
// files a note, so that nothing is lost on the way; voided sales and payments are left out.
// The file appears only once complete.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    explicit CsvExporter(Backend& backend);

    // Returns the number of data rows written.
    Result<qint64> run(ImportKind kind, const QString& path);
    Result<qint64> run(ImportKind kind, CsvWriter& writer);

private:
    Status customers(CsvWriter& writer);
    Status products(CsvWriter& writer);
    Status sales(CsvWriter& writer);
    Status payments(CsvWriter& writer);

    Backend& m_backend;
};

} // namespace setia
