#pragma once

#include <QString>

namespace setia {

// The shop's own details, printed on reports and receipts.
struct BusinessProfile
{
    QString name;
    QString address;
    QString phone; // as the owner wants it printed

    friend bool operator==(const BusinessProfile&, const BusinessProfile&) = default;
};

} // namespace setia
