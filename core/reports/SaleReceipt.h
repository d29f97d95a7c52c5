#pragma once

#include "domain/BusinessProfile.h"
#include "domain/Sale.h"
#include "domain/StampCard.h"
#include "reports/ReceiptRoll.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace setia {

// A sale's receipt (struk) for a thermal roll, as lines of 32 or 48 columns: the shop, the
// receipt number and time, the member, every item, the totals and how it was paid, the
// points earned and the balance, the stamps; "COPY" when printed again.
class SaleReceipt
{
    Q_DECLARE_TR_FUNCTIONS(SaleReceipt)

public:
    // What the receipt says of the member the sale was for.
    struct Member
    {
        QString name;
        QString code;
        qint64 pointsEarned = 0;
        qint64 pointsUsed = 0;
        qint64 pointsBalance = 0;
        QList<StampStanding> stamps;
    };

    explicit SaleReceipt(BusinessProfile business);

    QStringList lines(const Sale& sale, const std::optional<Member>& member, ReceiptRoll roll,
                      const QDateTime& printedAt, bool copy) const;

private:
    BusinessProfile m_business;
};

} // namespace setia
