#include "io/CsvReader.h"

#include "io/CsvWriter.h"

#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>
#include <cstring>

namespace setia {
namespace {

constexpr char quote = '"';

// Windows-1252 for bytes 0x80–0x9F; the bytes it leaves undefined keep their Latin-1 code
// point, as ICU and the WHATWG encoding standard do. Done here rather than through
// QStringDecoder("windows-1252") so that the result does not depend on Qt having been built
// with ICU.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QByteArray windows1252ToUtf8(QByteArrayView bytes)
{
    QString text = QString::fromLatin1(bytes);
    for (QChar& c : text) {
        const char16_t code = c.unicode();
        if (code >= 0x80 && code < 0xA0)
            c = QChar(windows1252High[static_cast<std::size_t>(code - 0x80)]);
    }
    return text.toUtf8();
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

} // namespace

Result<CsvReader> CsvReader::open(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        return Error(Error::Kind::Io,
                     tr("%1 is a folder, not a file. Choose the CSV file inside it.").arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::Io,
                     tr("Setia cannot read the file %1 (%2). Check that it exists and that you "
                        "may read it.")
                         .arg(shown, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error(Error::Kind::Io,
                     tr("Setia could not read the whole file %1 (%2). Check the disk or copy "
                        "the file to another folder, then try again.")
                         .arg(shown, file.errorString()));
    }
    return fromBytes(bytes);
}

Result<CsvReader> CsvReader::fromBytes(const QByteArray& bytes)
{
    if (isWorkbook(bytes)) {
        return Error(Error::Kind::Validation,
                     tr("This is a spreadsheet workbook (Excel or LibreOffice), not a CSV file. "
                        "Open it and save it as \"CSV UTF-8 (Comma delimited)\", then choose "
                        "that file."));
    }
    static constexpr char utf8Bom[] = "\xEF\xBB\xBF";
    const QByteArrayView view(bytes);
    if (view.startsWith(QByteArrayView(utf8Bom, 3))) {
        const QByteArrayView rest = view.sliced(3);
        if (rest.isValidUtf8())
            return fromDecoded(bytes.sliced(3), QStringLiteral("UTF-8"));
        return fromDecoded(windows1252ToUtf8(rest), QStringLiteral("Windows-1252"));
    }
    const bool utf16le = view.startsWith("\xFF\xFE");
    if (utf16le || view.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(view.sliced(2));
        return fromDecoded(text.toUtf8(), QStringLiteral("UTF-16"));
    }
    if (view.isValidUtf8())
        return fromDecoded(bytes, QStringLiteral("UTF-8"));
    return fromDecoded(windows1252ToUtf8(view), QStringLiteral("Windows-1252"));
}

Result<CsvReader> CsvReader::fromDecoded(QByteArray utf8, QString encoding)
{
    if (std::memchr(utf8.constData(), 0, static_cast<std::size_t>(utf8.size())) != nullptr) {
        return Error(Error::Kind::Validation,
                     tr("This is not a CSV file: it holds binary data. Choose a CSV file, or "
                        "save your spreadsheet as \"CSV UTF-8 (Comma delimited)\"."));
    }
    CsvReader reader;
    reader.m_data = std::move(utf8);
    reader.m_encoding = std::move(encoding);
    reader.skipEmptyLines();
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
        skipEmptyLines();
        if (atEnd())
            return false;
        parseRecord(record);
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

QString CsvReader::unneutralise(const QString& value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    if (i == 0 || i == value.size() || !CsvWriter::startsFormula(value.at(i)))
        return value;
    return value.sliced(1);
}

char CsvReader::detectSeparator() const
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_data.size(); ++i) {
        const char c = m_data.at(i);
        if (c == quote)
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\n' || c == '\r')
            break;
    }
    return semicolons > commas ? ';' : ',';
}

void CsvReader::skipLineBreak()
{
    if (m_pos < m_data.size() && m_data.at(m_pos) == '\r') {
        ++m_pos;
        if (m_pos < m_data.size() && m_data.at(m_pos) == '\n')
            ++m_pos;
        ++m_line;
    } else if (m_pos < m_data.size() && m_data.at(m_pos) == '\n') {
        ++m_pos;
        ++m_line;
    }
}

void CsvReader::skipEmptyLines()
{
    while (m_pos < m_data.size() && (m_data.at(m_pos) == '\n' || m_data.at(m_pos) == '\r'))
        skipLineBreak();
}

void CsvReader::parseRecord(CsvRecord& record)
{
    record.line = m_line;
    record.fields.clear();
    record.error.clear();
    m_quotedSeen = false;

    const char* const begin = m_data.constData();
    const char* const end = begin + m_data.size();
    const char* p = begin + m_pos;
    const char separator = m_separator;
    const auto columnLabel = [this](qsizetype index) {
        const QString number = QString::number(index + 1);
        if (index < m_header.size() && !m_header.at(index).isEmpty())
            return tr("column %1 (%2)").arg(number, m_header.at(index));
        return tr("column %1").arg(number);
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
                    if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n')))
                        ++m_line;
                    ++p;
                }
                if (p == end) {
                    // Never closed: the value runs to the end of the file.
                    record.fields.append(QString::fromUtf8(segment, end - segment));
                    record.error = tr("Line %1: a value opens a double quote (\") that is never "
                                      "closed, so the rest of the file was not read. Add the "
                                      "missing closing quote, or remove the stray one.")
                                       .arg(record.line);
                    m_pos = m_data.size();
                    return;
                }
                if (p + 1 < end && p[1] == quote) {
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
            const char* start = p;
            while (p < end && *p != separator && *p != '\n' && *p != '\r')
                ++p;
            record.fields.append(QString::fromUtf8(start, p - start));
        }
        if (p < end && *p == separator) {
            ++p;
            continue;
        }
        break;
    }
    m_pos = p - begin;
    skipLineBreak();
}

} // namespace setia
