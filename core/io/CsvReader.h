#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace setia {

// One data row of a CSV file. `line` is the 1-based physical line where the row starts (a
// quoted value holding a line break makes the next row start later). `error` is a translated
// sentence saying what is wrong with the row and how to fix it; empty when the row is fine.
// A row with an error still carries the values that could be read.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Reads a CSV file as SPEC §8 describes it: UTF-8 with or without a BOM (bytes that are not
// UTF-8 are read as Windows-1252, as Excel saves them on Indonesian Windows; UTF-16 with a
// BOM is read too), comma- or semicolon-separated, RFC 4180 quoting, a header row first.
//
// The whole file is held in memory as UTF-8 bytes (a 1 000 000-row sales file is ~40 MB);
// rows are parsed one at a time by next(), so a caller never holds them all. Values are not
// trimmed (header names are). Empty lines, and lines holding only separators, are skipped
// but counted. Broken rows do not stop the reading: each carries its own error, except that
// a quote that is never closed swallows the rest of the file and is reported once.
//
// Not thread-safe; a reader is cheap to copy (the bytes are shared).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Reads the file at `path`. Error::Kind::Io when it cannot be read; Validation when it
    // has no header row or is not a text file (an Excel workbook, for instance).
    static Result<CsvReader> open(const QString& path);
    // The same for bytes already in memory.
    static Result<CsvReader> fromBytes(const QByteArray& bytes);

    // The column names of the header row, trimmed.
    const QStringList& header() const { return m_header; }
    // The physical line of the header row (1 unless empty lines come first).
    int headerLine() const { return m_headerLine; }
    // The index of the column called `name` (case-insensitive, trimmed); -1 when absent.
    int column(const QString& name) const;

    // ',' or ';': whichever occurs more often outside quotes in the header row.
    QChar separator() const { return QLatin1Char(m_separator); }
    // "UTF-8", "Windows-1252" or "UTF-16": importers tell the user when the file was not
    // UTF-8, since a wrongly guessed encoding shows as odd letters.
    const QString& encoding() const { return m_encoding; }

    // Parses the next data row into `record` (reusing its storage); false at the end.
    bool next(CsvRecord& record);
    // Every row not read yet. For small files and tests; big files go through next().
    QList<CsvRecord> readAll();

    // Progress for progress bars: bytes consumed of size(). Both count the file's text
    // converted to UTF-8 without a BOM, so they may differ a little from the file's size.
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_data.size(); }
    bool atEnd() const { return m_pos >= m_data.size(); }

    // Undoes CsvWriter's formula neutralisation on a text value: one leading apostrophe
    // is removed when what follows (after any further apostrophes) starts with = + - @,
    // a tab or a CR. "'+6281234567890" gives "+6281234567890"; "'Ndang" stays as it is.
    // Importers apply it to text columns only.
    static QString unneutralise(const QString& value);

private:
    CsvReader() = default;
    static Result<CsvReader> fromDecoded(QByteArray utf8, QString encoding);
    char detectSeparator() const;
    // Parses one row starting at m_pos (which must not be at a line end). Values keep
    // their unquoted text; `record.error` is set for a stray quote or text after a quote.
    void parseRecord(CsvRecord& record);
    void skipLineBreak();
    void skipEmptyLines();

    QByteArray m_data; // UTF-8, BOM removed
    qsizetype m_pos = 0;
    int m_line = 1; // physical line at m_pos
    char m_separator = ',';
    QString m_encoding;
    QStringList m_header;
    int m_headerLine = 0;
    QByteArray m_scratch; // a quoted value with doubled quotes, unescaped
    bool m_quotedSeen = false;
};

} // namespace setia
