#include "services/exchange/ImportService.h"

#include "io/CsvColumns.h"
#include "io/CsvReader.h"
#include "services/exchange/CustomerCsvImport.h"
#include "services/exchange/PaymentCsvImport.h"
#include "services/exchange/ProductCsvImport.h"
#include "services/exchange/SaleCsvImport.h"

#include <algorithm>

namespace setia {

ImportService::ImportService(CustomerService& customers, ProductService& products,
                             SaleService& sales, PaymentService& payments)
    : m_customers(customers)
    , m_products(products)
    , m_sales(sales)
    , m_payments(payments)
{}

std::unique_ptr<CsvImport> ImportService::makeImport(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return std::make_unique<CustomerCsvImport>(m_customers);
    case ImportKind::Products:
        return std::make_unique<ProductCsvImport>(m_products);
    case ImportKind::Sales:
        return std::make_unique<SaleCsvImport>(m_customers, m_products, m_sales);
    case ImportKind::Payments:
        return std::make_unique<PaymentCsvImport>(m_customers, m_payments);
    }
    return nullptr;
}

Result<ImportReport> ImportService::run(ImportKind kind, const QString& path,
                                        const ImportOptions& options)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return run(kind, reader.value(), options);
}

Result<ImportReport> ImportService::run(ImportKind kind, CsvReader& reader,
                                        const ImportOptions& options)
{
    std::unique_ptr<CsvImport> import = makeImport(kind);
    const QStringList fields = CsvColumns::of(kind);
    const QStringList required = CsvColumns::required(kind);
    QList<int> source; // file column of each field, -1 when absent
    QStringList missing;
    for (const QString& field : fields) {
        const int column = options.columns.value(field, reader.column(field));
        source.append(column < reader.header().size() ? column : -1);
        if (source.back() < 0 && required.contains(field))
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
            return report; // nothing was written yet
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
        const auto reason = import->addRow(record.line, values);
        if (const auto& failed = import->failure())
            return *failed; // nothing was written yet
        if (reason)
            report.rejected.append(RejectedRow{record.line, *reason, record.fields});
    }
    BulkOptions writing;
    writing.dryRun = options.dryRun;
    writing.waiting = options.waiting;
    if (options.progress)
        writing.progress = [&options, half](qint64 done, qint64 total) {
            return options.progress(half + (total > 0 ? half * done / total : half), 2 * half);
        };
    auto created = import->finish(report.rejected, report.acceptedRows, writing);
    if (!created && created.error().kind() == Error::Kind::Cancelled) {
        report.cancelled = true;
        return report; // the service rolled its transaction back
    }
    if (!created)
        return created.error();
    report.created = *created;
    std::sort(report.rejected.begin(), report.rejected.end(),
              [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
    if (options.progress)
        options.progress(reader.size(), reader.size());
    return report;
}

} // namespace setia
