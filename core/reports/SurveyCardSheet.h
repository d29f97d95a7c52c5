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

// Paper survey cards (SPEC §14), A6 (105 × 148 mm), four to an A4 page: the shop's name, the
// member's name and code — the code as a Code 128 barcode, so a stack of filled-in cards is
// entered by scanning —, the two questions (recommend 0–10, satisfied 1–5) with a box to tick
// for each score, and lines for a comment. A customer without a code prints an anonymous card.
class SurveyCardSheet
{
    Q_DECLARE_TR_FUNCTIONS(SurveyCardSheet)

public:
    static constexpr double cardWidthMm = 105.0;
    static constexpr double cardHeightMm = 148.0;

    explicit SurveyCardSheet(BusinessProfile business);

    // Draws one card into `card`, given in device pixels of a device with `dotsPerMm`.
    Status paintCard(QPainter& painter, const QRectF& card, double dotsPerMm,
                     const Customer& member) const;
    // One card as an image at `dpi` (to look at, and for tests that scan it back).
    Result<QImage> cardImage(const Customer& member, int dpi) const;
    // Every card, four to an A4 page with dashed lines to cut along, onto `device` (a
    // printer, nothing painted on it yet).
    Status render(QPagedPaintDevice& device, const QList<Customer>& members,
                  const PageProgress& progress = {}) const;
    // The same as a PDF at `path`; the file appears whole or not at all.
    Status writePdf(const QList<Customer>& members, const QString& path,
                    const PageProgress& progress = {}) const;

private:
    BusinessProfile m_business;
};

} // namespace setia
