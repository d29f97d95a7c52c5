#pragma once

#include <QList>

namespace setia::bench {

// The q-quantile (0–1) of `samples` in milliseconds, nearest-rank.
double quantile(QList<double> samples, double q);

} // namespace setia::bench
