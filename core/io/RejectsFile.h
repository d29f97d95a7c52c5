#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"

namespace setia {

// The rows an import refused, as a CSV file with the imported file's header: each row's own
// values, then `rejected_line` and `rejected_reason`. Corrected, it imports as it is.
class RejectsFile
{
public:
    static Status write(const ImportReport& report, const QString& path);
};

} // namespace setia
