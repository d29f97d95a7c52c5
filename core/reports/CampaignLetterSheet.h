#pragma once

#include "common/Result.h"
#include "domain/BusinessProfile.h"
#include "reports/AddressLabelSheet.h"
#include "reports/PageProgress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace setia {

// One customer's letter: who it goes to and what it says, filled in.
struct CampaignLetter
{
    AddressLabel to;
    QString code; // the member code, printed small at the foot
    QString text;
};

// A campaign's letters (issue 17, mail merge): one A4 page per customer on the shop's
// letterhead — its name, address and phone —, the date, the address block, the message and
// the shop's signature line.
class CampaignLetterSheet
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLetterSheet)

public:
    CampaignLetterSheet(BusinessProfile business, QDate date);

    // Draws one letter onto a whole A4 `page`, in device pixels of a device with `dotsPerMm`.
    void paintLetter(QPainter& painter, const QRectF& page, double dotsPerMm,
                     const CampaignLetter& letter) const;
    // Every letter, one per A4 page, onto `device` (a printer, nothing painted on it yet).
    Status render(QPagedPaintDevice& device, const QList<CampaignLetter>& letters,
                  const PageProgress& progress = {}) const;
    // The same as a PDF at `path`, whole or not at all.
    Status writePdf(const QList<CampaignLetter>& letters, const QString& path,
                    const PageProgress& progress = {}) const;

private:
    BusinessProfile m_business;
    QDate m_date;
};

} // namespace setia
