#include "ImportBench.h"

#include "services/Backend.h"
#include "services/exchange/ExportService.h"
#include "services/exchange/ImportService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace setia::bench {

Result<double> measureSalesImport(Backend& source, const Clock& clock)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error(Error::Kind::Io, QStringLiteral("no temporary folder"));
    const ExportService& exporter = source.exports();
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Products, ImportKind::Sales}) {
        if (auto rows = exporter.run(kind, folder.filePath(QString::number(int(kind)))); !rows)
            return rows.error();
    }
    auto target = Backend::open(folder.filePath(QStringLiteral("import.db")), clock,
                                QStringLiteral("bench"), Backend::Opening::CreateIfMissing);
    if (!target)
        return target.error();
    ImportService& importer = (*target)->imports();
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Products}) {
        auto report = importer.run(kind, folder.filePath(QString::number(int(kind))), {});
        if (!report)
            return report.error();
    }
    QElapsedTimer timer;
    timer.start();
    auto report = importer.run(ImportKind::Sales,
                               folder.filePath(QString::number(int(ImportKind::Sales))), {});
    if (!report)
        return report.error();
    if (!report->rejected.isEmpty())
        return Error(Error::Kind::Validation, report->rejected.first().reason);
    return double(report->rows) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace setia::bench
