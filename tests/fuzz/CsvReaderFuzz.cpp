// libFuzzer target: CsvReader on any bytes, every row read as an import reads them. Beyond
// not crashing, it checks what holds for every file: rows go forward in lines and progress,
// which ends at the size; a good row has the header's width; reading in chunks of 1, 3 or 7
// bytes gives exactly the rows of reading in one piece; a small row limit changes nothing
// before the row it stops at; a file one byte over the size limit is refused; and a good
// row written back by CsvWriter reads as the same values.
#include "FuzzCheck.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QLocale>

#include <cstddef>
#include <cstdint>

namespace {

using setia::CsvLimits;
using setia::CsvReader;
using setia::CsvRecord;
using setia::CsvWriter;

// Enough rows to cross every chunk of a fuzzer's input; more only costs time.
constexpr int mostRows = 4000;

struct Reading
{
    bool opened = false;
    QString error;
    QStringList header;
    QString encoding;
    QChar separator;
    int headerLine = 0;
    QList<CsvRecord> records;
    bool failed = false;
};

bool same(const CsvRecord& a, const CsvRecord& b)
{
    return a.line == b.line && a.fields == b.fields && a.error == b.error;
}

bool same(const Reading& a, const Reading& b)
{
    if (a.opened != b.opened || a.error != b.error || a.header != b.header ||
        a.encoding != b.encoding || a.separator != b.separator || a.headerLine != b.headerLine ||
        a.failed != b.failed || a.records.size() != b.records.size())
        return false;
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        if (!same(a.records.at(i), b.records.at(i)))
            return false;
    }
    return true;
}

Reading read(const QByteArray& bytes, const CsvLimits& limits)
{
    Reading reading;
    auto opened = CsvReader::fromBytes(bytes, limits);
    if (!opened) {
        reading.error = opened.error().message();
        SETIA_FUZZ_CHECK(!reading.error.isEmpty());
        return reading;
    }
    CsvReader& reader = opened.value();
    reading.opened = true;
    reading.header = reader.header();
    reading.encoding = reader.encoding();
    reading.separator = reader.separator();
    reading.headerLine = reader.headerLine();
    SETIA_FUZZ_CHECK(reading.headerLine >= 1);
    SETIA_FUZZ_CHECK(reading.separator == QLatin1Char(',') ||
                     reading.separator == QLatin1Char(';'));
    SETIA_FUZZ_CHECK(reader.size() == bytes.size());

    CsvRecord record;
    qint64 position = reader.position();
    int line = reading.headerLine;
    bool ended = false;
    while (reading.records.size() < mostRows) {
        if (!reader.next(record)) {
            ended = true;
            break;
        }
        SETIA_FUZZ_CHECK(record.line > line);
        line = record.line;
        SETIA_FUZZ_CHECK(reader.position() >= position);
        SETIA_FUZZ_CHECK(reader.position() <= reader.size());
        position = reader.position();
        if (record.ok())
            SETIA_FUZZ_CHECK(record.fields.size() == reading.header.size());
        reading.records.append(record);
    }
    if (ended) {
        SETIA_FUZZ_CHECK(reader.atEnd());
        SETIA_FUZZ_CHECK(reader.position() == reader.size());
        SETIA_FUZZ_CHECK(!reader.next(record));
    }
    reading.failed = !reader.status().ok();
    if (reading.failed) {
        // The failure was also the last row's error.
        SETIA_FUZZ_CHECK(!reading.records.isEmpty());
        SETIA_FUZZ_CHECK(reading.records.last().error == reader.status().error().message());
    }
    return reading;
}

// What CsvWriter writes of `fields`, read back, gives `fields` again.
void checkRoundTrip(const QStringList& fields)
{
    bool allEmpty = true;
    for (const QString& field : fields)
        allEmpty = allEmpty && field.isEmpty();
    if (allEmpty && fields.size() > 1)
        return; // ",,," is no row for the reader, by design
    QStringList header;
    for (qsizetype i = 0; i < fields.size(); ++i)
        header.append(QStringLiteral("c%1").arg(i + 1));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Bom::Without);
    writer.writeRow(header);
    writer.writeRow(fields);
    SETIA_FUZZ_CHECK(writer.commit().ok());
    auto reader = CsvReader::fromBytes(buffer.data());
    SETIA_FUZZ_CHECK(reader.ok());
    SETIA_FUZZ_CHECK(reader->header() == header);
    const QList<CsvRecord> records = reader.value().readAll();
    SETIA_FUZZ_CHECK(records.size() == 1);
    SETIA_FUZZ_CHECK(records.at(0).ok());
    SETIA_FUZZ_CHECK(records.at(0).fields.size() == fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i)
        SETIA_FUZZ_CHECK(CsvReader::unneutralise(records.at(0).fields.at(i)) == fields.at(i));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Reading whole = read(bytes, CsvLimits{});

    for (const qint64 chunk : {1, 3, 7}) {
        CsvLimits limits;
        limits.chunkBytes = chunk;
        SETIA_FUZZ_CHECK(same(read(bytes, limits), whole));
    }

    // With rows of at most 24 bytes, the reading is the same up to the row that passes them.
    CsvLimits small;
    small.rowBytes = 24;
    small.chunkBytes = 5;
    const Reading cut = read(bytes, small);
    const QString limitText = QLocale().formattedDataSize(24, 0, QLocale::DataSizeSIFormat);
    if (!whole.opened)
        SETIA_FUZZ_CHECK(!cut.opened);
    if (whole.opened && !cut.opened)
        SETIA_FUZZ_CHECK(cut.error.contains(limitText));
    if (cut.opened) {
        SETIA_FUZZ_CHECK(whole.opened && cut.header == whole.header);
        for (qsizetype i = 0; i + 1 < cut.records.size(); ++i)
            SETIA_FUZZ_CHECK(same(cut.records.at(i), whole.records.at(i)));
        if (!cut.records.isEmpty()) {
            const qsizetype last = cut.records.size() - 1;
            SETIA_FUZZ_CHECK((last < whole.records.size() &&
                              same(cut.records.at(last), whole.records.at(last))) ||
                             cut.records.at(last).error.contains(limitText));
        }
    }

    if (size > 0) {
        CsvLimits tight;
        tight.fileBytes = static_cast<qint64>(size) - 1;
        SETIA_FUZZ_CHECK(!CsvReader::fromBytes(bytes, tight).ok());
    }

    for (const CsvRecord& record : whole.records) {
        if (record.ok())
            checkRoundTrip(record.fields);
    }
    return 0;
}
