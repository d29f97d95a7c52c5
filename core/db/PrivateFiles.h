#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace setia {

// Files and folders holding personal data (SPEC §12): made readable by their owner only,
// whatever the umask, and never through a symbolic link.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)

public:
    // Makes an empty file at `path` with mode 0600. Refuses to reuse a file already there or
    // to follow a symbolic link (Error::Kind::Duplicate when something is there); a full disk
    // is Error::Kind::DiskFull.
    static Status createFile(const QString& path);

    // Makes the folder `path` (and its parents) when missing; a folder it made is 0700.
    // Folders that already exist keep their mode: the user chose it.
    static Status makeFolder(const QString& path);
};

} // namespace setia
