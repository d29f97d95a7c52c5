#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>
#include <initializer_list>
#include <memory>

class QIODevice;
class QSaveFile;

namespace setia {

// One cell of a row for CsvWriter: text (the default, from a QString) or a number.
// Text that a spreadsheet would run as a formula is neutralised (see CsvWriter); a number
// is written as it is, so "-1250000" stays a negative amount.
struct CsvCell
{
    CsvCell(QString value)
        : text(std::move(value))
    {}
    // Any integer (qint64 Rupiah, an int count); not bool or characters. A double does not
    // compile: money is whole Rupiah, and a quantity with a fraction goes through numeric().
    template <std::integral Integer>
    requires(!std::same_as<Integer, bool> && !std::same_as<Integer, char> &&
             !std::same_as<Integer, char16_t>) CsvCell(Integer value)
        : text(QString::number(value))
        , number(true)
    {}

    // Text the caller vouches is a number: "-1250000", "2,5", "+6281234567890". It is
    // written without neutralisation only when it looks like one (an optional sign, then
    // digits, dots and commas); anything else is neutralised as text would be, so a value
    // from the database can never smuggle a formula through.
    static CsvCell numeric(QString value)
    {
        CsvCell cell(std::move(value));
        cell.number = true;
        return cell;
    }

    QString text;
    bool number = false;
};

// Writes a CSV file as SPEC §8 reads it: UTF-8, comma-separated, CRLF line ends (RFC 4180),
// a header row first (the caller's first writeRow). A value is put in double quotes, with
// its quotes doubled, when it holds a comma, semicolon, quote, CR or LF or starts or ends
// with a space or tab. A row of one empty value is written as "" so that it is not an
// empty line, which readers skip.
//
// A UTF-8 BOM is written first by default: without it Excel on Windows reads the file as
// the ANSI code page and garbles Indonesian names with accents and every emoji; Setia's
// reader, LibreOffice and Google Sheets all accept it. Pass Bom::Without for machines
// (setia-cli writing to a pipe, say).
//
// Formula neutralisation (CSV injection): a text value whose first character is = + - @,
// a tab or a CR would be run as a formula by a spreadsheet, so it is written with a leading
// apostrophe, which spreadsheets read as "this is text". Values that already start with
// apostrophes before such a character get one more, so that CsvReader::unneutralise(),
// which removes exactly one, gives back the value written. Numbers (CsvCell(qint64),
// CsvCell::numeric) are not neutralised. Setia exports phone numbers as text, so
// "+6281234567890" is written "'+6281234567890" (a spreadsheet would otherwise turn it
// into 6.28123E+12) and its importers call unneutralise() on text columns.
//
// Writing to a path is atomic: the rows go to a temporary file beside it that replaces
// the file only when commit() succeeds. A writer destroyed without commit() leaves the
// previous file as it was and no temporary file behind.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class Bom { With, Without };

    // Opens the temporary file next to `path`. Error::Kind::Io when the folder does not
    // exist or the file cannot be created, ReadOnly when the folder or an existing file
    // may not be written.
    static Result<CsvWriter> create(const QString& path, Bom bom = Bom::With);
    // Writes to `device`, which is open for writing, not owned and must outlive the writer
    // (stdout, a QBuffer). commit() flushes what is buffered; nothing is atomic.
    explicit CsvWriter(QIODevice* device, Bom bom = Bom::With);

    CsvWriter(CsvWriter&&) noexcept;
    CsvWriter& operator=(CsvWriter&&) noexcept;
    ~CsvWriter();

    // One row of text values (the header row, or a row without numbers).
    void writeRow(const QStringList& texts);
    // One row of text and number cells: writeRow({code, name, qint64(limit)}).
    void writeRow(const QList<CsvCell>& cells);
    void writeRow(std::initializer_list<CsvCell> cells);

    // Rows written so far, the header row included.
    qint64 rowsWritten() const { return m_rows; }

    // Finishes the file: for a path, flushes and moves it into place (Error::Kind::DiskFull
    // when the disk filled up, Io for other failures, and then the previous file is
    // untouched); for a device, flushes. Rows written afterwards are ignored.
    Status commit();

    // The text `value` is written as, before quoting: with one more leading apostrophe when
    // a spreadsheet would read it as a formula (see above).
    static QString neutralise(const QString& value);
    // Whether a spreadsheet reads a value starting with `c` (after apostrophes) as a
    // formula: = + - @, tab or CR. CsvReader::unneutralise() undoes by the same rule.
    static bool startsFormula(QChar c);

private:
    CsvWriter(std::unique_ptr<QSaveFile> file, QString path, Bom bom);
    void appendCell(QStringView text, bool number);
    void endRow();
    void flush();
    Error writeError() const;

    std::unique_ptr<QSaveFile> m_file; // when writing to a path
    QIODevice* m_device = nullptr;     // m_file, or the caller's device
    QString m_path;
    QString m_row; // the row being built
    qsizetype m_rowCells = 0;
    QByteArray m_buffer; // encoded rows not yet handed to the device
    qint64 m_rows = 0;
    bool m_failed = false; // a write to the device failed
    bool m_finished = false;
};

} // namespace setia
