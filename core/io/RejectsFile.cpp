#include "io/RejectsFile.h"

#include "io/CsvWriter.h"

#include <algorithm>

namespace setia {

Status RejectsFile::write(const ImportReport& report, const QString& path)
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
