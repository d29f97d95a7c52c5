#pragma once

#include "common/Result.h"
#include "reports/PageProgress.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace setia {

// Slow work that touches no database — laying out a long report, painting it, writing its
// PDF — run on a thread of its own, so that the window keeps painting. When it takes more
// than ~0.3 s a progress dialog says how far it got ("Page 120 of 3 222") and offers to stop
// it: the next PageProgress call returns false, and the work returns its Cancelled error.
class ProgressJob
{
    Q_DECLARE_TR_FUNCTIONS(ProgressJob)

public:
    using Work = std::function<Status(const PageProgress&)>;

    // `label` says what is being done ("Saving the PDF…"). Returns once the work is over.
    static Status run(QWidget* parent, const QString& label, const Work& work);
};

} // namespace setia
