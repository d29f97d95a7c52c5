#include "reports/PdfFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace setia::pdfFile {

Status save(const QByteArray& pdf, const QString& path)
{
    if (path.trimmed().isEmpty())
        return Error(Error::Kind::Validation,
                     QCoreApplication::translate("PdfFile", "Choose a file to save the PDF to."),
                     QStringLiteral("path"));
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (!target.absoluteDir().exists())
        return Error(Error::Kind::Io,
                     QCoreApplication::translate(
                         "PdfFile", "The folder %1 does not exist. Choose another folder.")
                         .arg(folder),
                     QStringLiteral("path"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::ReadOnly,
                     QCoreApplication::translate(
                         "PdfFile",
                         "%1 cannot be written. Check that you may write to the folder %2 and "
                         "that the file is not open in another program.")
                         .arg(QDir::toNativeSeparators(target.absoluteFilePath()), folder),
                     QStringLiteral("path"));
    // Personal data: readable by its owner only (SPEC §12), whatever the umask.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        if (file.error() == QFileDevice::ResourceError)
            return Error(Error::Kind::DiskFull,
                         QCoreApplication::translate(
                             "PdfFile",
                             "The disk is full, so the PDF was not saved. Free some space and "
                             "try again."));
        return Error(
            Error::Kind::Io,
            QCoreApplication::translate("PdfFile", "The PDF could not be saved to %1: %2")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath()), file.errorString()));
    }
    return {};
}

} // namespace setia::pdfFile
