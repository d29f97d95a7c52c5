#include "io/CsvWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace setia {
namespace {

// Encoded rows are handed to the device in blocks of about this size.
constexpr qsizetype flushThreshold = 256 * 1024;

// An optional sign, then a digit, then digits, dots and commas.
bool looksNumeric(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text.at(i) == u'-' || text.at(i) == u'+'))
        ++i;
    if (i == text.size() || !text.at(i).isDigit())
        return false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() > 0x7F || !(c.isDigit() || c == u'.' || c == u','))
            return false;
    }
    return true;
}

bool needsNeutralising(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i < text.size() && CsvWriter::startsFormula(text.at(i));
}

bool needsQuotes(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (text.front() == u' ' || text.front() == u'\t' || text.back() == u' ' ||
        text.back() == u'\t')
        return true;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u',':
        case u';': // so that a reader guessing the separator is not misled
        case u'"':
        case u'\r':
        case u'\n':
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

Result<CsvWriter> CsvWriter::create(const QString& path, Bom bom)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir()) {
        return Error(Error::Kind::Io, tr("The folder %1 does not exist, so %2 cannot be saved. "
                                         "Choose another folder.")
                                          .arg(QDir::toNativeSeparators(folder.filePath()), shown));
    }
    auto file = std::make_unique<QSaveFile>(path);
    // Unbuffered: the writer buffers itself, and QSaveFile::commit() (Qt 6.4) does not
    // notice when flushing its own buffer fails, which would replace the file with a
    // truncated one on a full disk.
    if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (!folder.isWritable() || (target.exists() && !target.isWritable())) {
            return Error(Error::Kind::ReadOnly,
                         tr("%1 cannot be written (it or its folder is read-only). Choose "
                            "another folder, or check the permissions.")
                             .arg(shown));
        }
        return Error(Error::Kind::Io,
                     tr("Setia cannot create %1 (%2). Choose another name or folder.")
                         .arg(shown, file->errorString()));
    }
    // Personal data: readable by its owner only (SPEC §12), whatever the umask.
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return CsvWriter(std::move(file), path, bom);
}

CsvWriter::CsvWriter(std::unique_ptr<QSaveFile> file, QString path, Bom bom)
    : CsvWriter(file.get(), bom)
{
    m_file = std::move(file);
    m_path = std::move(path);
}

CsvWriter::CsvWriter(QIODevice* device, Bom bom)
    : m_device(device)
{
    Q_ASSERT(device && device->isWritable());
    if (bom == Bom::With)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::CsvWriter(CsvWriter&&) noexcept = default;
CsvWriter& CsvWriter::operator=(CsvWriter&&) noexcept = default;
// QSaveFile's destructor throws away an uncommitted temporary file.
CsvWriter::~CsvWriter() = default;

void CsvWriter::writeRow(const QStringList& texts)
{
    if (m_finished)
        return;
    for (const QString& text : texts)
        appendCell(text, false);
    if (texts.size() == 1 && texts.front().isEmpty())
        m_row.append(QStringLiteral("\"\""));
    endRow();
}

void CsvWriter::writeRow(const QList<CsvCell>& cells)
{
    if (m_finished)
        return;
    for (const CsvCell& cell : cells)
        appendCell(cell.text, cell.number);
    if (cells.size() == 1 && cells.front().text.isEmpty())
        m_row.append(QStringLiteral("\"\""));
    endRow();
}

void CsvWriter::writeRow(std::initializer_list<CsvCell> cells)
{
    writeRow(QList<CsvCell>(cells));
}

bool CsvWriter::startsFormula(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::neutralise(const QString& value)
{
    return needsNeutralising(value) ? QLatin1Char('\'') + value : value;
}

void CsvWriter::appendCell(QStringView text, bool number)
{
    if (m_rowCells > 0)
        m_row.append(QLatin1Char(','));
    ++m_rowCells;
    const bool apostrophe = !(number && looksNumeric(text)) && needsNeutralising(text);
    if (!needsQuotes(text)) {
        if (apostrophe)
            m_row.append(QLatin1Char('\''));
        m_row.append(text);
        return;
    }
    m_row.append(QLatin1Char('"'));
    if (apostrophe)
        m_row.append(QLatin1Char('\''));
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(u'"'); at >= 0; at = text.indexOf(u'"', from)) {
        m_row.append(text.sliced(from, at + 1 - from));
        m_row.append(QLatin1Char('"'));
        from = at + 1;
    }
    m_row.append(text.sliced(from));
    m_row.append(QLatin1Char('"'));
}

void CsvWriter::endRow()
{
    m_row.append(QStringLiteral("\r\n"));
    m_buffer.append(m_row.toUtf8());
    m_row.clear();
    m_rowCells = 0;
    ++m_rows;
    if (m_buffer.size() >= flushThreshold)
        flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty() || m_failed)
        return;
    // A write that fills the disk is short and sets no error; writing the rest then fails
    // with the reason (ENOSPC gives QFileDevice::ResourceError).
    qsizetype written = 0;
    while (written < m_buffer.size()) {
        const qint64 chunk =
            m_device->write(m_buffer.constData() + written, m_buffer.size() - written);
        if (chunk <= 0) {
            m_failed = true;
            break;
        }
        written += chunk;
    }
    m_buffer.clear();
}

Status CsvWriter::commit()
{
    if (m_finished)
        return {};
    m_finished = true;
    flush();
    if (m_file) {
        // QSaveFile refuses to commit after a write it saw fail, but not after a short
        // write, so a failure seen here throws the temporary file away explicitly.
        if (m_failed) {
            const Error error = writeError();
            m_file->cancelWriting();
            return error;
        }
        if (!m_file->commit())
            return writeError();
        return {};
    }
    // A QFile keeps a buffer of its own: a full disk shows only when it is flushed.
    if (auto* file = qobject_cast<QFileDevice*>(m_device); file && !file->flush())
        m_failed = true;
    if (m_failed)
        return writeError();
    return {};
}

Error CsvWriter::writeError() const
{
    const QString shown = m_path.isEmpty() ? tr("the CSV file") : QDir::toNativeSeparators(m_path);
    if (const auto* file = qobject_cast<const QFileDevice*>(m_device);
        file && file->error() == QFileDevice::ResourceError) {
        return Error(Error::Kind::DiskFull,
                     tr("The disk is full, so %1 was not saved. Free some space and try "
                        "again.")
                         .arg(shown));
    }
    return Error(Error::Kind::Io, tr("Setia could not write %1 (%2). Check the disk and that "
                                     "you may write to the folder, then try again.")
                                      .arg(shown, m_device->errorString()));
}

} // namespace setia
