#pragma once

#include "common/Result.h"
#include "domain/BusinessProfile.h"
#include "domain/Customer.h"
#include "domain/Loyalty.h"
#include "domain/StampCard.h"
#include "reports/ReceiptRoll.h"

#include <QCoreApplication>
#include <QDateTime>

class QPagedPaintDevice;
class QPainter;

namespace setia {

// A member slip for a thermal receipt printer (58 or 80 mm rolls): the business, the
// member's name and code with its QR code, their tier and points and what the points are
// worth, the stamps on each of their cards with the rewards ready, and when it was printed.
class MemberSlip
{
    Q_DECLARE_TR_FUNCTIONS(MemberSlip)

public:
    using Roll = ReceiptRoll;

    MemberSlip(BusinessProfile business, LoyaltySettings rules);

    // On a printer or any paged device (its page layout is set here).
    Status print(const Customer& member, const LoyaltySummary& loyalty,
                 const QList<StampStanding>& stamps, Roll roll, const QDateTime& printedAt,
                 QPagedPaintDevice& device) const;
    Status writePdf(const Customer& member, const LoyaltySummary& loyalty,
                    const QList<StampStanding>& stamps, Roll roll, const QDateTime& printedAt,
                    const QString& path) const;

private:
    BusinessProfile m_business;
    LoyaltySettings m_rules;
};

} // namespace setia
