#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"

#include <QCoreApplication>

#include <memory>

namespace setia {

class Backend;
class CsvImport;
class CsvReader;

// Imports a CSV file of SPEC §8 in one transaction: every good row is applied, every bad
// one is listed with its line and reason, and a dry run (or a cancel) changes nothing.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    explicit CsvImporter(Backend& backend);

    Result<ImportReport> run(ImportKind kind, const QString& path, const ImportOptions& options);
    Result<ImportReport> run(ImportKind kind, CsvReader& reader, const ImportOptions& options);

    // The fields of a kind of file, in their canonical order (SPEC §8, then Setia's
    // optional extras).
    static QStringList columns(ImportKind kind);
    // "customers", "products", "sales", "payments"
    static std::optional<ImportKind> kindFromId(const QString& id);

    // The rejected rows as a CSV file with the imported file's header: each row's own
    // values, then `rejected_line` and `rejected_reason`. Corrected, it imports as it is.
    static Status writeRejects(const ImportReport& report, const QString& path);

private:
    std::unique_ptr<CsvImport> makeImport(ImportKind kind);
    Backend& m_backend;
};

} // namespace setia
