#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

// Saving a PDF made in memory: the file appears only once complete, and every failure says
// what to do (a missing folder, a file that cannot be written, a full disk).
namespace setia::pdfFile {

Status save(const QByteArray& pdf, const QString& path);

} // namespace setia::pdfFile
