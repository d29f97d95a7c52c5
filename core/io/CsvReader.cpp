#include "io/CsvReader.h"

#include "io/CsvWriter.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace setia {

// Where the reader takes its bytes from: a file, or bytes in memory. Copies of a reader share
// it; each copy says where it reads (`at`), and a file that can seek is moved there.
struct CsvReader::Source
{
    QFile file;
    QByteArray bytes;
    bool isFile = false;
    bool sequential = false; // a pipe or a device: no seeking, no size
    qint64 size = -1;        // -1 while unknown
    qint64 filePos = 0;      // where `file` reads next
    QDateTime modified;      // a file's, when it was opened
    QString shown;           // the path as the user writes it

    // Whether a file on disk is no longer what was opened: a copy that reads on must not
    // mix two versions of it (a spreadsheet saving it again while the import dialog is open).
    bool changed() const
    {
        if (!isFile || sequential)
            return false;
        const QFileInfo now(file.fileName());
        return now.size() != size || now.lastModified() != modified;
    }

    // Up to `max` bytes from `at` into `into`: how many, 0 at the end, -1 when it failed.
    qint64 read(qint64 at, char* into, qint64 max)
    {
        if (!isFile) {
            if (at >= bytes.size())
                return 0;
            const qint64 count = std::min<qint64>(max, bytes.size() - at);
            std::memcpy(into, bytes.constData() + at, static_cast<std::size_t>(count));
            return count;
        }
        if (at != filePos) {
            if (sequential || !file.seek(at))
                return -1;
            filePos = at;
        }
        const qint64 count = file.read(into, max);
        if (count > 0)
            filePos += count;
        return count;
    }
};

namespace {

constexpr char quote = '"';

// The encoding is decided on this much of the file (or all of it when it is shorter).
constexpr qsizetype encodingWindow = 1 << 20;

// Windows-1252 for bytes 0x80–0x9F; the bytes it leaves undefined keep their Latin-1 code
// point, as ICU and the WHATWG encoding standard do. Done here rather than through
// QStringDecoder("windows-1252") so that the result does not depend on Qt having been built
// with ICU.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendCodePoint(QByteArray& out, char16_t code)
{
    if (code < 0x80) {
        out.append(static_cast<char>(code));
    } else if (code < 0x800) {
        out.append(static_cast<char>(0xC0 | (code >> 6)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.append(static_cast<char>(0xE0 | (code >> 12)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

void appendWindows1252(QByteArray& out, const char* bytes, qsizetype count)
{
    qsizetype i = 0;
    while (i < count) {
        qsizetype ascii = i;
        while (ascii < count && static_cast<unsigned char>(bytes[ascii]) < 0x80)
            ++ascii;
        out.append(bytes + i, ascii - i);
        if (ascii == count)
            return;
        const auto byte = static_cast<unsigned char>(bytes[ascii]);
        appendCodePoint(out, byte < 0xA0 ? windows1252High[static_cast<std::size_t>(byte - 0x80)]
                                         : char16_t{byte});
        i = ascii + 1;
    }
}

constexpr qsizetype incompleteSequence = -1;

// The length of the UTF-8 sequence at `bytes` (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF, as QByteArrayView::isValidUtf8() judges): 0 when it is not one,
// incompleteSequence when the `available` bytes are a valid beginning of one.
qsizetype utf8Length(const char* bytes, qsizetype available)
{
    const auto lead = static_cast<unsigned char>(bytes[0]);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead < 0xC2) {
        return 0;
    } else if (lead < 0xE0) {
        length = 2;
    } else if (lead < 0xF0) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead < 0xF5) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (qsizetype i = 1; i < length; ++i) {
        if (i >= available)
            return incompleteSequence;
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte < low || byte > high)
            return 0;
        low = 0x80;
        high = 0xBF;
    }
    return length;
}

// How many bytes at the end of `bytes` begin a UTF-8 sequence that the next chunk may finish.
qsizetype unfinishedTail(const char* bytes, qsizetype count)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, count); ++back) {
        const auto byte = static_cast<unsigned char>(bytes[count - back]);
        if ((byte & 0xC0) != 0x80) // not a continuation byte: where a sequence begins
            return utf8Length(bytes + count - back, back) == incompleteSequence ? back : 0;
    }
    return 0;
}

bool isUtf8(QByteArrayView bytes, bool atFileEnd)
{
    const qsizetype tail = atFileEnd ? 0 : unfinishedTail(bytes.data(), bytes.size());
    return bytes.first(bytes.size() - tail).isValidUtf8();
}

// Appends UTF-8 `raw` to `out`, a byte that is not part of a UTF-8 sequence read as
// Windows-1252; returns how much of `raw` it used (an unfinished sequence at the end waits).
qsizetype appendUtf8(QByteArray& out, QByteArrayView raw, bool atFileEnd)
{
    const char* bytes = raw.data();
    const qsizetype end = raw.size() - (atFileEnd ? 0 : unfinishedTail(bytes, raw.size()));
    if (raw.first(end).isValidUtf8()) {
        out.append(bytes, end);
        return end;
    }
    qsizetype i = 0;
    while (i < end) {
        qsizetype valid = i;
        for (;;) {
            const qsizetype length = valid < end ? utf8Length(bytes + valid, end - valid) : 0;
            if (length <= 0)
                break;
            valid += length;
        }
        out.append(bytes + i, valid - i);
        if (valid < end)
            appendWindows1252(out, bytes + valid, 1);
        i = valid + 1;
    }
    return end;
}

// Appends UTF-16 `raw` to `out` as UTF-8; returns how much of `raw` it used (half a code unit
// or the first half of a surrogate pair at the end waits for the next chunk).
qsizetype appendUtf16(QByteArray& out, QByteArrayView raw, bool bigEndian, bool atFileEnd)
{
    const auto unitAt = [&raw, bigEndian](qsizetype i) {
        const auto first = static_cast<unsigned char>(raw[2 * i]);
        const auto second = static_cast<unsigned char>(raw[2 * i + 1]);
        return static_cast<char16_t>(bigEndian ? (first << 8) | second : (second << 8) | first);
    };
    qsizetype units = raw.size() / 2;
    if (!atFileEnd && units > 0 && QChar::isHighSurrogate(unitAt(units - 1)))
        --units;
    QString text(units, Qt::Uninitialized);
    QChar* chars = text.data();
    for (qsizetype i = 0; i < units; ++i)
        chars[i] = QChar(unitAt(i));
    out += text.toUtf8();
    if (atFileEnd && 2 * units < raw.size()) {
        appendCodePoint(out, char16_t{0xFFFD});
        return raw.size();
    }
    return 2 * units;
}

// Drops the first `count` bytes, keeping the allocation.
void dropFront(QByteArray& bytes, qsizetype count)
{
    if (count <= 0)
        return;
    const qsizetype rest = bytes.size() - count;
    if (rest > 0) {
        char* data = bytes.data();
        std::memmove(data, data + count, static_cast<std::size_t>(rest));
    }
    bytes.truncate(rest);
}

// Zip (xlsx, ods) and OLE (xls) containers: the spreadsheet itself instead of its CSV.
bool isWorkbook(QByteArrayView bytes)
{
    static constexpr char zip[] = "PK\x03\x04";
    static constexpr char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    return bytes.startsWith(QByteArrayView(zip, 4)) || bytes.startsWith(QByteArrayView(ole, 8));
}

bool allEmpty(const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!field.isEmpty())
            return false;
    }
    return true;
}

// "2 GB", "1 MB", "2,5 GB" in Indonesian: sizes in messages, as the file manager shows them.
QString sizeText(qint64 bytes, int decimals = 0)
{
    return QLocale().formattedDataSize(bytes, decimals, QLocale::DataSizeSIFormat);
}

CsvLimits sanitised(const CsvLimits& limits)
{
    // Line numbers are ints: a file cannot hold more lines than it has bytes.
    constexpr qint64 mostBytes = std::numeric_limits<int>::max() - 1;
    CsvLimits result;
    result.fileBytes = std::clamp<qint64>(limits.fileBytes, 0, mostBytes);
    result.rowBytes = std::clamp<qint64>(limits.rowBytes, 1, mostBytes);
    result.chunkBytes = std::clamp<qint64>(limits.chunkBytes, 1, 64 << 20);
    return result;
}

} // namespace

Result<CsvReader> CsvReader::open(const QString& path, const CsvLimits& limits)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        return Error(Error::Kind::Io,
                     tr("%1 is a folder, not a file. Choose the CSV file inside it.").arg(shown));
    }
    auto source = std::make_shared<Source>();
    source->isFile = true;
    source->shown = shown;
    source->file.setFileName(path);
    if (!source->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error(Error::Kind::Io,
                     tr("Setia cannot read the file %1 (%2). Check that it exists and that you "
                        "may read it.")
                         .arg(shown, source->file.errorString()));
    }
    source->sequential = source->file.isSequential();
    const CsvLimits checked = sanitised(limits);
    if (!source->sequential) {
        source->size = source->file.size();
        source->modified = QFileInfo(path).lastModified();
        if (source->size > checked.fileBytes) {
            return Error(Error::Kind::Validation,
                         tr("%1 is %2, more than the %3 Setia reads in one import. Split it into "
                            "smaller files, each starting with the header row (a file per month, "
                            "for instance), and import them one after the other.")
                             .arg(shown, sizeText(source->size, 1), sizeText(checked.fileBytes)));
        }
    }
    return start(std::move(source), checked);
}

Result<CsvReader> CsvReader::fromBytes(const QByteArray& bytes, const CsvLimits& limits)
{
    const CsvLimits checked = sanitised(limits);
    if (bytes.size() > checked.fileBytes) {
        return Error(Error::Kind::Validation,
                     tr("The file is %1, more than the %2 Setia reads in one import. Split it "
                        "into smaller files, each starting with the header row (a file per "
                        "month, for instance), and import them one after the other.")
                         .arg(sizeText(bytes.size(), 1), sizeText(checked.fileBytes)));
    }
    auto source = std::make_shared<Source>();
    source->bytes = bytes;
    source->size = bytes.size();
    return start(std::move(source), checked);
}

Result<CsvReader> CsvReader::start(std::shared_ptr<Source> source, const CsvLimits& limits)
{
    CsvReader reader;
    reader.m_source = std::move(source);
    reader.m_limits = limits;
    reader.skipEmptyLines(); // reads the beginning of the file and decides its encoding
    if (reader.m_failure)
        return *reader.m_failure;
    if (reader.atEnd()) {
        return Error(Error::Kind::Validation,
                     tr("The file is empty. A CSV file starts with a header row naming its "
                        "columns; check that you chose the right file."));
    }
    reader.m_separator = reader.detectSeparator();
    reader.m_headerLine = reader.m_line;
    CsvRecord header;
    reader.parseRecord(header);
    if (!header.ok())
        return Error(Error::Kind::Validation, header.error);
    reader.m_header.reserve(header.fields.size());
    for (const QString& name : std::as_const(header.fields))
        reader.m_header.append(name.trimmed());
    reader.updatePosition();
    return reader;
}

int CsvReader::column(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

bool CsvReader::next(CsvRecord& record)
{
    for (;;) {
        if (m_stopped)
            return false;
        skipEmptyLines();
        if (m_failure) {
            record.line = m_line;
            record.fields.clear();
            record.error = m_failure->message();
            m_stopped = true;
            updatePosition();
            return true;
        }
        if (atEnd()) {
            updatePosition();
            return false;
        }
        parseRecord(record);
        updatePosition();
        if (!record.ok())
            return true;
        // Spreadsheets write ",,,,," for rows that once held something: no data, no row.
        if (!m_quotedSeen && allEmpty(record.fields))
            continue;
        if (record.fields.size() != m_header.size()) {
            record.error = tr("Line %1 has %2 fields but the header has %3. Check for a missing "
                              "or extra separator (%4); a value that contains one must be in "
                              "double quotes.")
                               .arg(record.line)
                               .arg(record.fields.size())
                               .arg(m_header.size())
                               .arg(separator());
        }
        return true;
    }
}

QList<CsvRecord> CsvReader::readAll()
{
    QList<CsvRecord> records;
    CsvRecord record;
    while (next(record))
        records.append(record);
    return records;
}

Status CsvReader::status() const
{
    if (m_failure)
        return *m_failure;
    return {};
}

qint64 CsvReader::size() const
{
    return std::max(m_source ? m_source->size : 0, m_sourcePos);
}

bool CsvReader::atEnd() const
{
    if (m_stopped)
        return true;
    if (m_failure)
        return false; // next() still reports it
    return m_sourceDone && m_raw.isEmpty() && m_pos >= m_buffer.size();
}

qsizetype CsvReader::heldBytes() const
{
    return m_buffer.capacity() + m_raw.capacity();
}

QString CsvReader::unneutralise(const QString& value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    if (i == 0 || i == value.size() || !CsvWriter::startsFormula(value.at(i)))
        return value;
    return value.sliced(1);
}

void CsvReader::fill()
{
    // A whole row, the byte after it and one more to tell CR LF from CR.
    const qint64 wanted = m_limits.rowBytes + 2;
    if (m_failure || m_sourceDone || available() >= wanted)
        return;
    dropFront(m_buffer, m_pos);
    m_pos = 0;
    while (!m_failure && !m_sourceDone && available() < wanted)
        readChunk();
}

void CsvReader::readChunk()
{
    Source& source = *m_source;
    if (source.sequential && m_sourcePos != source.filePos) {
        fail(Error(Error::Kind::Io,
                   tr("%1 is not a file on disk (it is a pipe or a device), so Setia can read it "
                      "only once. Save it to a file, then choose that file.")
                       .arg(source.shown)));
        return;
    }
    if (source.changed()) {
        fail(Error(Error::Kind::Io,
                   tr("%1 was changed by another program while Setia was reading it. Save it "
                      "and close it there, then choose it again.")
                       .arg(source.shown)));
        return;
    }
    // One byte past the limit is enough to know the file passes it.
    const qint64 wanted = std::min(m_limits.chunkBytes, m_limits.fileBytes + 1 - m_sourcePos);
    const qsizetype kept = m_raw.size();
    m_raw.resize(kept + wanted);
    const qint64 got = source.read(m_sourcePos, m_raw.data() + kept, wanted);
    m_raw.truncate(kept + std::max<qint64>(got, 0));
    if (got < 0) {
        fail(Error(Error::Kind::Io,
                   tr("Setia could not read the whole file %1 (%2). Check the disk or copy "
                      "the file to another folder, then try again.")
                       .arg(source.shown, source.file.errorString())));
        return;
    }
    m_sourcePos += got;
    if (m_sourcePos > m_limits.fileBytes) {
        fail(Error(Error::Kind::Validation,
                   tr("The file goes on past %1, the most Setia reads in one import, so Setia "
                      "stopped reading it at line %2. Split it into smaller files, each starting "
                      "with the header row, and import them one after the other.")
                       .arg(sizeText(m_limits.fileBytes))
                       .arg(m_line)));
        return;
    }
    if (got == 0)
        m_sourceDone = true;
    if (m_decoding == Decoding::Undecided) {
        if (!m_sourceDone && m_raw.size() < encodingWindow)
            return;
        decide();
        if (m_failure)
            return;
    }
    decode(m_sourceDone);
}

void CsvReader::decide()
{
    if (isWorkbook(m_raw)) {
        fail(Error(Error::Kind::Validation,
                   tr("This is a spreadsheet workbook (Excel or LibreOffice), not a CSV file. "
                      "Open it and save it as \"CSV UTF-8 (Comma delimited)\", then choose "
                      "that file.")));
        return;
    }
    static constexpr char utf8Bom[] = "\xEF\xBB\xBF";
    const bool utf8Marked = m_raw.startsWith(QByteArrayView(utf8Bom, 3));
    const bool utf16le = m_raw.startsWith("\xFF\xFE");
    if (!utf8Marked && (utf16le || m_raw.startsWith("\xFE\xFF"))) {
        dropFront(m_raw, 2);
        m_decoding = utf16le ? Decoding::Utf16LE : Decoding::Utf16BE;
        m_encoding = QStringLiteral("UTF-16");
        return;
    }
    if (utf8Marked)
        dropFront(m_raw, 3);
    if (isUtf8(m_raw, m_sourceDone)) {
        m_decoding = Decoding::Utf8;
        m_encoding = QStringLiteral("UTF-8");
    } else {
        m_decoding = Decoding::Windows1252;
        m_encoding = QStringLiteral("Windows-1252");
    }
}

void CsvReader::decode(bool atFileEnd)
{
    const qsizetype before = m_buffer.size();
    qsizetype used = 0;
    switch (m_decoding) {
    case Decoding::Undecided:
        return;
    case Decoding::Utf8:
        used = appendUtf8(m_buffer, m_raw, atFileEnd);
        break;
    case Decoding::Windows1252:
        appendWindows1252(m_buffer, m_raw.constData(), m_raw.size());
        used = m_raw.size();
        break;
    case Decoding::Utf16LE:
    case Decoding::Utf16BE:
        used = appendUtf16(m_buffer, m_raw, m_decoding == Decoding::Utf16BE, atFileEnd);
        break;
    }
    dropFront(m_raw, used);
    checkDecoded(before);
}

void CsvReader::checkDecoded(qsizetype from)
{
    const char* const data = m_buffer.constData();
    const void* zero =
        std::memchr(data + from, 0, static_cast<std::size_t>(m_buffer.size() - from));
    if (zero == nullptr)
        return;
    if (m_headerLine == 0) { // still opening the file
        fail(Error(Error::Kind::Validation,
                   tr("This is not a CSV file: it holds binary data. Choose a CSV file, or "
                      "save your spreadsheet as \"CSV UTF-8 (Comma delimited)\".")));
        return;
    }
    fail(Error(Error::Kind::Validation,
               tr("Line %1 holds binary data (a zero byte): this is not a CSV file, or it is "
                  "damaged from there on. Choose a CSV file, or save your spreadsheet as "
                  "\"CSV UTF-8 (Comma delimited)\".")
                   .arg(lineAt(static_cast<const char*>(zero) - data))));
}

void CsvReader::fail(Error error)
{
    if (!m_failure)
        m_failure = std::move(error);
}

int CsvReader::lineAt(qsizetype offset) const
{
    int line = m_line;
    const char* const data = m_buffer.constData();
    for (qsizetype i = m_pos; i < offset; ++i) {
        if (data[i] == '\n' ||
            (data[i] == '\r' && (i + 1 >= m_buffer.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

void CsvReader::updatePosition()
{
    if (m_decoding == Decoding::Undecided)
        return;
    const qint64 total = size();
    // The bytes of the file decoded so far, less the text of them not read yet: exact when
    // the file is UTF-8 (one byte of text for each of the file's).
    qint64 at = m_sourcePos - m_raw.size() - available();
    if (atEnd())
        at = total;
    m_position = std::clamp(at, m_position, total);
}

char CsvReader::detectSeparator() const
{
    // The header row as parseRecord() reads it: a quote opens a quoted value only at the start
    // of one (after either separator), and a value in quotes may hold line breaks.
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    bool valueStart = true;
    const qsizetype end = std::min<qint64>(m_buffer.size(), m_pos + m_limits.rowBytes + 1);
    for (qsizetype i = m_pos; i < end; ++i) {
        const char c = m_buffer.at(i);
        if (quoted) {
            if (c == quote && i + 1 < end && m_buffer.at(i + 1) == quote)
                ++i;
            else if (c == quote)
                quoted = false;
            continue;
        }
        if (c == '\n' || c == '\r')
            break;
        if (c == quote && valueStart)
            quoted = true;
        if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        valueStart = c == ',' || c == ';';
    }
    return semicolons > commas ? ';' : ',';
}

void CsvReader::skipLineBreak()
{
    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\r') {
        ++m_pos;
        if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
            ++m_pos;
        ++m_line;
    } else if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n') {
        ++m_pos;
        ++m_line;
    }
}

void CsvReader::skipEmptyLines()
{
    for (;;) {
        fill();
        if (m_failure || m_pos >= m_buffer.size())
            return;
        const char c = m_buffer.at(m_pos);
        if (c != '\n' && c != '\r')
            return;
        skipLineBreak();
    }
}

void CsvReader::parseRecord(CsvRecord& record)
{
    record.line = m_line;
    record.fields.clear();
    record.error.clear();
    m_quotedSeen = false;

    // fill() has read rowBytes + 2 bytes past m_pos, or to the end of the file. The row may
    // take rowBytes and its line break; a byte beyond that is only looked at.
    const char* const begin = m_buffer.constData();
    const char* const bufferEnd = begin + m_buffer.size();
    const char* const start = begin + m_pos;
    const qint64 window = std::min<qint64>(available(), m_limits.rowBytes + 1);
    const char* const end = start + window;
    const bool fileEnd = end == bufferEnd && m_sourceDone;
    const char* p = start;
    const char separator = m_separator;
    const auto columnLabel = [this](qsizetype index) {
        const QString number = QString::number(index + 1);
        if (index < m_header.size() && !m_header.at(index).isEmpty())
            return tr("column %1 (%2)").arg(number, m_header.at(index));
        return tr("column %1").arg(number);
    };
    // Past the limit the reader can no longer tell where rows begin: it stops.
    const auto tooLong = [this, &record](bool inQuote) {
        record.error =
            inQuote ? tr("Line %1: a value opens a double quote (\") that is not closed within "
                         "%2, so the rest of the file was not read. Add the missing closing "
                         "quote, or remove the stray one.")
                          .arg(QString::number(record.line), sizeText(m_limits.rowBytes))
                    : tr("Line %1 is longer than %2, the most Setia reads in one row, so the "
                         "rest of the file was not read. Check that the file is the CSV file "
                         "you meant and that each row ends with a line break.")
                          .arg(QString::number(record.line), sizeText(m_limits.rowBytes));
        m_stopped = true;
    };

    for (;;) {
        if (p < end && *p == quote) {
            m_quotedSeen = true;
            ++p;
            const char* segment = p;
            bool escaped = false;
            for (;;) {
                while (p < end && *p != quote) {
                    // Line breaks inside the value count as lines, so that the next
                    // row's line number is where a text editor shows it.
                    if (*p == '\n' || (*p == '\r' && (p + 1 == bufferEnd || p[1] != '\n')))
                        ++m_line;
                    ++p;
                }
                if (p >= end) {
                    if (!fileEnd || end - start > m_limits.rowBytes) {
                        tooLong(true);
                        return;
                    }
                    // Never closed: the value runs to the end of the file.
                    if (escaped) {
                        m_scratch.append(segment, end - segment);
                        record.fields.append(QString::fromUtf8(m_scratch));
                    } else {
                        record.fields.append(QString::fromUtf8(segment, end - segment));
                    }
                    record.error = tr("Line %1: a value opens a double quote (\") that is never "
                                      "closed, so the rest of the file was not read. Add the "
                                      "missing closing quote, or remove the stray one.")
                                       .arg(record.line);
                    m_pos = m_buffer.size();
                    return;
                }
                if (p + 1 < bufferEnd && p[1] == quote) {
                    if (!escaped)
                        m_scratch.clear();
                    escaped = true;
                    m_scratch.append(segment, p + 1 - segment);
                    p += 2;
                    segment = p;
                    continue;
                }
                break;
            }
            QString value;
            if (escaped) {
                m_scratch.append(segment, p - segment);
                value = QString::fromUtf8(m_scratch);
            } else {
                value = QString::fromUtf8(segment, p - segment);
            }
            ++p; // the closing quote
            const char* after = p;
            while (p < end && (*p == ' ' || *p == '\t'))
                ++p;
            if (p < end && *p != separator && *p != '\n' && *p != '\r') {
                while (p < end && *p != separator && *p != '\n' && *p != '\r')
                    ++p;
                value += QString::fromUtf8(after, p - after);
                if (record.error.isEmpty()) {
                    record.error =
                        tr("Line %1: the value in %2 has text after its closing double quote. "
                           "Put the whole value in double quotes and write each quote inside "
                           "it twice (\"\").")
                            .arg(QString::number(record.line), columnLabel(record.fields.size()));
                }
            }
            record.fields.append(value);
        } else {
            // Unquoted: a quote inside is an ordinary character (5" pipe).
            const char* from = p;
            while (p < end && *p != separator && *p != '\n' && *p != '\r')
                ++p;
            record.fields.append(QString::fromUtf8(from, p - from));
        }
        if (p < end && *p == separator) {
            ++p;
            continue;
        }
        break;
    }
    // Ended at a line break within the window, or at the window's end: the end of the file,
    // or a row longer than the limit.
    if (p - start > m_limits.rowBytes) {
        tooLong(false);
        return;
    }
    m_pos = p - begin;
    skipLineBreak();
}

} // namespace setia
