#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

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

// The most a CsvReader takes in. The defaults are Setia's own; tests pass smaller ones.
struct CsvLimits
{
    // The whole file, in its own bytes: 2 GB. A bigger file is refused before anything is
    // read; a stream of unknown length (a pipe, a device) stops when it passes it.
    qint64 fileBytes = 2'000'000'000;
    // One row in UTF-8, its line break excluded: 1 MB (so one value too). A longer row is
    // reported as that row's error and the reading stops there.
    qint64 rowBytes = 1'000'000;
    // How much is read from the file at a time. Only tests change it, to put the ends of
    // chunks everywhere.
    qint64 chunkBytes = 1 << 20;
};

// Reads a CSV file as SPEC §8 describes it: UTF-8 with or without a BOM (bytes that are not
// UTF-8 are read as Windows-1252, as Excel saves them on Indonesian Windows; UTF-16 with a
// BOM is read too), comma- or semicolon-separated, RFC 4180 quoting, a header row first.
//
// The file is read as a stream, a chunk at a time, so memory stays bounded whatever its size:
// the reader holds the row limit and a few chunks (heldBytes(): a few MB with the default
// limits, whether the file has a thousand rows or fifty million), and rows are parsed one at
// a time by next(), so a caller never holds them all either. Values are not trimmed (header
// names are). Empty lines, and lines holding only separators, are skipped but counted.
//
// The encoding is decided on the file's first megabyte (CsvLimits do not change that): a BOM
// says UTF-8 or UTF-16; without one, the file is UTF-8 when that megabyte is, Windows-1252
// otherwise. In a file judged UTF-8, a later byte that is not part of a UTF-8 sequence is read
// as Windows-1252 on its own (a file put together from two sources); encoding() still says
// UTF-8. A file of up to a megabyte is read exactly as when the whole file was looked at
// before its first row.
//
// Broken rows do not stop the reading: each carries its own error. Three things end it early,
// each reported once as the last row's error: a quote that is never closed (it swallows the
// rest of the file), a row longer than CsvLimits::rowBytes (most often such a quote), and a
// failure of the file itself — it cannot be read further, another program changed it since
// it was opened, it holds binary data past its first megabyte, or (a stream) it grows past
// CsvLimits::fileBytes. Only that last kind makes status() an error: a caller that must not act
// on part of a file checks status() after the last row.
//
// Not thread-safe. A copy reads on from where the original stood, independently of it; copies
// share the open file, so they must stay on one thread. A file that cannot seek (a pipe) can
// be read only once: a second copy reading it fails with a message saying so.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Reads the file at `path` (its header row now, the rest as next() asks). Error::Kind::Io
    // when it cannot be read; Validation when it has no header row, is not a text file (an
    // Excel workbook, for instance) or is larger than `limits.fileBytes`.
    static Result<CsvReader> open(const QString& path, const CsvLimits& limits = {});
    // The same for bytes already in memory (shared, not copied).
    static Result<CsvReader> fromBytes(const QByteArray& bytes, const CsvLimits& limits = {});

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
    // Ok unless the file itself failed before its end (see above); then the error, which the
    // last row read also carried.
    Status status() const;

    // Progress for progress bars, in the file's own bytes: how far the rows read so far reach
    // of size(). Exact for UTF-8 (the BOM counts); for other encodings within a chunk of the
    // truth, never going backwards. For a stream of unknown length, size() is what has been
    // read of it so far. At the end position() == size().
    qint64 position() const { return m_position; }
    qint64 size() const;
    bool atEnd() const;

    // The memory the reader holds for the text it has read ahead, in bytes: bounded by the
    // limits (about rowBytes + 4 × chunkBytes), not by the file's size.
    qsizetype heldBytes() const;

    // Undoes CsvWriter's formula neutralisation on a text value: one leading apostrophe
    // is removed when what follows (after any further apostrophes) starts with = + - @,
    // a tab or a CR. "'+6281234567890" gives "+6281234567890"; "'Ndang" stays as it is.
    // Importers apply it to text columns only.
    static QString unneutralise(const QString& value);

private:
    struct Source;
    enum class Decoding { Undecided, Utf8, Windows1252, Utf16LE, Utf16BE };

    CsvReader() = default;
    static Result<CsvReader> start(std::shared_ptr<Source> source, const CsvLimits& limits);

    // Reads on until the buffer holds a whole row's worth after m_pos (rowBytes + 2), the
    // file ends or it fails (m_failure).
    void fill();
    void readChunk();
    void decide();
    void decode(bool atFileEnd);
    void checkDecoded(qsizetype from);
    void fail(Error error);
    qsizetype available() const { return m_buffer.size() - m_pos; }
    int lineAt(qsizetype offset) const;
    void updatePosition();

    char detectSeparator() const;
    // Parses one row starting at m_pos (which must not be at a line end). Values keep
    // their unquoted text; `record.error` is set for a stray quote or text after a quote,
    // and for the errors that end the reading (m_stopped).
    void parseRecord(CsvRecord& record);
    void skipLineBreak();
    void skipEmptyLines();

    std::shared_ptr<Source> m_source; // shared by copies
    CsvLimits m_limits;
    qint64 m_sourcePos = 0; // bytes of the source taken into m_raw
    bool m_sourceDone = false;
    Decoding m_decoding = Decoding::Undecided;
    QByteArray m_raw;    // bytes read but not decoded yet (an unfinished character)
    QByteArray m_buffer; // UTF-8 decoded from the source, BOM removed; [m_pos, end) unread
    qsizetype m_pos = 0;
    int m_line = 1; // physical line at m_pos
    bool m_stopped = false;
    std::optional<Error> m_failure;
    bool m_failureReported = false;
    qint64 m_position = 0;
    char m_separator = ',';
    QString m_encoding;
    QStringList m_header;
    int m_headerLine = 0;
    QByteArray m_scratch; // a quoted value with doubled quotes, unescaped
    bool m_quotedSeen = false;
};

} // namespace setia
