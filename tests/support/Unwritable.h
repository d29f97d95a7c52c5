#pragma once

#include <QFile>
#include <QFileInfo>
#include <QString>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace setia::test {

// Makes the file or folder `path` unwritable, even for root (who ignores modes): immutable
// when running as root (the file system must allow it), read-only by mode otherwise. Undone
// when the object goes.
class Unwritable
{
public:
    explicit Unwritable(QString path)
        : m_path(std::move(path))
    {
        if (::geteuid() != 0) {
            REQUIRE(QFile::setPermissions(
                m_path, QFileInfo(m_path).isDir() ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                  : QFileDevice::ReadOwner));
            return;
        }
        REQUIRE(setImmutable(true));
    }
    ~Unwritable()
    {
        if (::geteuid() == 0)
            setImmutable(false);
        else
            QFile::setPermissions(m_path, QFileInfo(m_path).isDir()
                                              ? QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner
                                              : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    Unwritable(const Unwritable&) = delete;
    Unwritable& operator=(const Unwritable&) = delete;

private:
    bool setImmutable(bool on) const
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        int flags = 0;
        bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        done = done && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        ::close(fd);
        return done;
    }
    QString m_path;
};

} // namespace setia::test
