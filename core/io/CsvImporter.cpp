#include "io/CsvImporter.h"

#include "Backend.h"
#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/Transaction.h"
#include "io/CsvImport.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/CustomerCsvImport.h"
#include "io/PaymentCsvImport.h"
#include "io/ProductCsvImport.h"
#include "io/SaleCsvImport.h"

#include <QSqlDatabase>

#include <algorithm>

namespace setia {

CsvImporter::CsvImporter(Backend& backend)
    : m_backend(backend)
{}

std::unique_ptr<CsvImport> CsvImporter::makeImport(ImportKind kind)
{
    Backend& b = m_backend;
    switch (kind) {
    case ImportKind::Customers:
        return std::make_unique<CustomerCsvImport>(b.customers(), b.customerStore(), b.clock());
    case ImportKind::Products:
        return std::make_unique<ProductCsvImport>(b.products(), b.productStore(), b.clock());
    case ImportKind::Sales:
        return std::make_unique<SaleCsvImport>(b.customerStore(), b.productStore(), b.saleStore());
    case ImportKind::Payments:
        return std::make_unique<PaymentCsvImport>(b.customerStore(), b.paymentStore(), b.clock());
    }
    return nullptr;
}

QStringList CsvImporter::columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return CustomerCsvImport::canonicalColumns();
    case ImportKind::Products:
        return ProductCsvImport::canonicalColumns();
    case ImportKind::Sales:
        return SaleCsvImport::canonicalColumns();
    case ImportKind::Payments:
        return PaymentCsvImport::canonicalColumns();
    }
    return {};
}

std::optional<ImportKind> CsvImporter::kindFromId(const QString& id)
{
    if (id == QLatin1String("customers"))
        return ImportKind::Customers;
    if (id == QLatin1String("products"))
        return ImportKind::Products;
    if (id == QLatin1String("sales"))
        return ImportKind::Sales;
    if (id == QLatin1String("payments"))
        return ImportKind::Payments;
    return std::nullopt;
}

Result<ImportReport> CsvImporter::run(ImportKind kind, const QString& path,
                                      const ImportOptions& options)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return run(kind, reader.value(), options);
}

Result<ImportReport> CsvImporter::run(ImportKind kind, CsvReader& reader,
                                      const ImportOptions& options)
{
    std::unique_ptr<CsvImport> import = makeImport(kind);
    const QStringList fields = import->columns();
    QList<int> source; // file column of each field, -1 when absent
    QStringList missing;
    for (const QString& field : fields) {
        const int column = options.columns.value(field, reader.column(field));
        source.append(column < reader.header().size() ? column : -1);
        if (source.back() < 0 && import->requiredColumns().contains(field))
            missing.append(field);
    }
    if (!missing.isEmpty())
        return Error(Error::Kind::Validation,
                     tr("The file has no column for: %1. Name the columns in the first row "
                        "as %2, or choose which column holds each.")
                         .arg(missing.join(QStringLiteral(", ")), fields.join(QLatin1Char(','))));

    ImportReport report;
    report.encoding = reader.encoding();
    report.separator = reader.separator();
    report.header = reader.header();
    report.dryRun = options.dryRun;
    QSqlDatabase connection = m_backend.database().connection();
    const auto cache = m_backend.database().dialect().bulkCache(connection, 512);
    Transaction transaction(m_backend.database());
    if (Status status = transaction.begin(); !status)
        return status.error();
    if (Status status = import->prepare(); !status)
        return status.error();

    // Reading the file is the first half of the progress, writing what it made the second.
    const qint64 half = std::max<qint64>(reader.size(), 1);
    CsvRecord record;
    QStringList values;
    while (reader.next(record)) {
        ++report.rows;
        if (options.progress && report.rows % 4096 == 0 &&
            !options.progress(reader.position(), 2 * half)) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
        values.clear();
        for (int column : std::as_const(source))
            values.append(column >= 0 && column < record.fields.size()
                              ? CsvReader::unneutralise(record.fields.at(column))
                              : QString());
        if (!record.ok()) {
            report.rejected.append(RejectedRow{record.line, record.error, record.fields});
            import->unreadableRow(record.line, values);
            continue;
        }
        if (auto reason = import->addRow(record.line, values))
            report.rejected.append(RejectedRow{record.line, *reason, record.fields});
    }
    ImportProgress writing;
    if (options.progress)
        writing = [&options, half](qint64 done, qint64 total) {
            return options.progress(half + (total > 0 ? half * done / total : half), 2 * half);
        };
    auto created = import->finish(report.rejected, report.acceptedRows, writing);
    if (!created && created.error().kind() == Error::Kind::Cancelled) {
        report.cancelled = true;
        return report; // the transaction rolls back
    }
    if (!created)
        return created.error();
    report.created = *created;
    std::sort(report.rejected.begin(), report.rejected.end(),
              [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
    if (options.progress)
        options.progress(reader.size(), reader.size());
    if (options.dryRun)
        return report; // nothing is kept: the transaction rolls back
    if (Status status = transaction.commit(); !status)
        return status.error();
    (void)m_backend.database().checkpoint();
    return report;
}

Status CsvImporter::writeRejects(const ImportReport& report, const QString& path)
{
    // The file's own columns, so that the rows can be corrected and imported again as they
    // stand; where each row was and why it was refused come last, in columns no import reads.
    qsizetype width = report.header.size();
    for (const RejectedRow& row : report.rejected)
        width = std::max(width, row.fields.size());
    auto writer = CsvWriter::create(path);
    if (!writer)
        return writer.error();
    QStringList header = report.header;
    while (header.size() < width)
        header.append(QString());
    writer->writeRow(
        header + QStringList{QStringLiteral("rejected_line"), QStringLiteral("rejected_reason")});
    for (const RejectedRow& row : report.rejected) {
        QList<CsvCell> cells;
        for (qsizetype column = 0; column < width; ++column)
            cells.append(CsvCell(row.fields.value(column)));
        cells.append(CsvCell(qint64(row.line)));
        cells.append(CsvCell(row.reason));
        writer->writeRow(cells);
    }
    return writer->commit();
}

} // namespace setia
