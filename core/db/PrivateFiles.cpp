#include "db/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace setia {

Status PrivateFiles::createFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int failure = errno;
        const QString shown = QDir::toNativeSeparators(path);
        if (failure == ENOSPC || failure == EDQUOT)
            return Error(Error::Kind::DiskFull,
                         tr("%1 cannot be created: the disk is full. Free some space on the "
                            "drive holding %2, then try again; nothing was changed.")
                             .arg(shown, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        if (failure == EEXIST)
            return Error(Error::Kind::Duplicate,
                         tr("%1 already exists: Setia does not write over it. Choose another "
                            "name.")
                             .arg(shown));
        if (failure == EACCES || failure == EROFS || failure == EPERM)
            return Error(Error::Kind::ReadOnly,
                         tr("%1 cannot be created: the folder is read-only. Choose another "
                            "folder, or check its permissions.")
                             .arg(shown));
        return Error(Error::Kind::Io,
                     tr("%1 cannot be created (%2). Choose another place.")
                         .arg(shown, QString::fromLocal8Bit(std::strerror(failure))));
    }
    // The mode asked for at open() passes through the umask, which may take from it but
    // never adds: fchmod makes it exactly 0600.
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    return {};
}

Status PrivateFiles::makeFolder(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    if (!QDir().mkpath(path))
        return Error(Error::Kind::CannotOpen,
                     tr("The folder %1 cannot be created. Choose another place, or check the "
                        "permissions of the folder above it.")
                         .arg(QDir::toNativeSeparators(path)));
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace setia
