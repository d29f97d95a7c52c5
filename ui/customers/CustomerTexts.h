#pragma once

#include "domain/Customer.h"

#include <QList>
#include <QString>

// The translated words the customer screens show for stored ids.
namespace setia::customerTexts {

QList<AcquisitionSource> sources();
QString sourceName(AcquisitionSource source);
// "Sen", "Sel", … in Indonesian; "Mon", "Tue", … in English. `day` is a Qt::DayOfWeek.
QString shortDayName(int day);

} // namespace setia::customerTexts
