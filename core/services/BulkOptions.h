#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

namespace setia {

// How a service's bulk call (an import, demo data) runs: many records in one transaction.
struct BulkOptions
{
    // Everything is checked and written, then rolled back: what a real run would do.
    bool dryRun = false;
    // Called now and then with (records written, records to write); returning false stops the
    // call with Error::Kind::Cancelled, and nothing is written.
    std::function<bool(qint64 done, qint64 total)> progress;
    // While another program holds the write lock, called about once a second with the
    // seconds waited so far: true waits on, false gives up (Error::Kind::Busy, nothing
    // written). Empty: a few seconds, then Busy.
    std::function<bool(int waitedSeconds)> waiting;

    // For bulk calls: tells `progress` every few thousand records; Cancelled once it says stop.
    Status written(qint64 done, qint64 total) const
    {
        constexpr qint64 every = 2048;
        if (!progress || done % every != 0 || progress(done, total))
            return {};
        return Error(Error::Kind::Cancelled,
                     QCoreApplication::translate("CsvImport", "The import was cancelled: "
                                                              "nothing was changed."));
    }
};

} // namespace setia
