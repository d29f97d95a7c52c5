#pragma once

#include "common/Result.h"
#include "domain/BusinessProfile.h"
#include "domain/Customer.h"
#include "reports/PageProgress.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

class QPagedPaintDevice;
class QPainter;

namespace setia {

// Member cards (85.6 × 54 mm, the size of a bank card): the business name, the member's
// name and code, the code as a Code 128 barcode for a scanner and as a QR code for a phone
// camera. Printed ten to an A4 page with cut marks.
class MemberCardSheet
{
    Q_DECLARE_TR_FUNCTIONS(MemberCardSheet)

public:
    static constexpr double cardWidthMm = 85.6;
    static constexpr double cardHeightMm = 54.0;

    explicit MemberCardSheet(BusinessProfile business);

    // Draws one card into `card`, given in device pixels of a device with `dotsPerMm`.
    Status paintCard(QPainter& painter, const QRectF& card, double dotsPerMm,
                     const Customer& member) const;
    // One card as an image at `dpi` (to look at, and for tests that scan it back).
    Result<QImage> cardImage(const Customer& member, int dpi) const;
    // Every member's card, ten to an A4 page, onto `device` (a printer, nothing painted on
    // it yet): its paper is set to A4 from the corner, as the cut marks need.
    Status render(QPagedPaintDevice& device, const QList<Customer>& members,
                  const PageProgress& progress = {}) const;
    // The same as a PDF at `path`; the file appears whole or not at all.
    Status writePdf(const QList<Customer>& members, const QString& path,
                    const PageProgress& progress = {}) const;

private:
    BusinessProfile m_business;
};

} // namespace setia
