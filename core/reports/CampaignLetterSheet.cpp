#include "reports/CampaignLetterSheet.h"

#include "domain/DisplayFormat.h"
#include "reports/CardPages.h"
#include "reports/PrintFont.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace setia {
namespace {

constexpr double marginMm = 25.0;
const QColor teal(0x0f, 0x76, 0x6e);
const QColor grey(0x47, 0x55, 0x69);

} // namespace

CampaignLetterSheet::CampaignLetterSheet(BusinessProfile business, QDate date)
    : m_business(std::move(business))
    , m_date(date)
{}

void CampaignLetterSheet::paintLetter(QPainter& painter, const QRectF& page, double dotsPerMm,
                                      const CampaignLetter& letter) const
{
    const auto mm = [dotsPerMm](double millimetres) { return millimetres * dotsPerMm; };
    const QRectF body = page.adjusted(mm(marginMm), mm(20), -mm(marginMm), -mm(20));
    painter.save();
    painter.fillRect(page, Qt::white);
    double y = body.top();
    const auto block = [&](const QString& text, const QFont& font, const QColor& colour,
                           Qt::Alignment align = Qt::AlignLeft) {
        painter.setFont(font);
        painter.setPen(colour);
        const QRectF room(body.left(), y, body.width(), body.bottom() - y);
        const QRectF used = painter.boundingRect(room, int(align | Qt::TextWordWrap), text);
        painter.drawText(room, int(align | Qt::AlignTop | Qt::TextWordWrap), text);
        y += used.height();
    };
    // The letterhead.
    block(m_business.name.isEmpty() ? QStringLiteral("Setia") : m_business.name,
          printFont(16, true), teal);
    QStringList contact;
    if (!m_business.address.isEmpty())
        contact.append(m_business.address);
    if (!m_business.phone.isEmpty())
        contact.append(tr("Phone %1").arg(m_business.phone));
    if (!contact.isEmpty())
        block(contact.join(QStringLiteral(" · ")), printFont(9), grey);
    y += mm(2);
    painter.setPen(QPen(teal, mm(0.5)));
    painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    y += mm(8);
    block(display::longDate(m_date, QLocale()), printFont(10), Qt::black, Qt::AlignRight);
    y += mm(6);
    // The address block, as a window envelope shows it.
    block(tr("To"), printFont(10), Qt::black);
    block(letter.to.name, printFont(11, true), Qt::black);
    block(letter.to.address, printFont(10), Qt::black);
    y += mm(12);
    block(letter.text, printFont(11), Qt::black);
    y += mm(12);
    block(tr("Kind regards,"), printFont(11), Qt::black);
    y += mm(18);
    block(m_business.name.isEmpty() ? QStringLiteral("Setia") : m_business.name,
          printFont(11, true), Qt::black);
    // The member code at the foot, for whoever answers the letter at the counter.
    painter.setFont(printFont(8));
    painter.setPen(grey);
    painter.drawText(QRectF(body.left(), body.bottom() - mm(6), body.width(), mm(6)),
                     Qt::AlignLeft | Qt::AlignBottom, tr("Member code %1").arg(letter.code));
    painter.restore();
}

Status CampaignLetterSheet::render(QPagedPaintDevice& device, const QList<CampaignLetter>& letters,
                                   const PageProgress& progress) const
{
    if (letters.isEmpty())
        return Error(Error::Kind::Validation, tr("There is no letter to print."));
    return CardPages::render(
        device, letters.size(), {QSizeF(210, 297), 1, 1, QPointF(0, 0)},
        [&](QPainter& painter, const QRectF& page, double dotsPerMm, qsizetype i) {
            paintLetter(painter, page, dotsPerMm, letters.at(i));
            return Status();
        },
        [](QPainter&, double) {}, progress);
}

Status CampaignLetterSheet::writePdf(const QList<CampaignLetter>& letters, const QString& path,
                                     const PageProgress& progress) const
{
    return CardPages::writePdf(tr("Letters"), path, [&](QPagedPaintDevice& device) {
        return render(device, letters, progress);
    });
}

} // namespace setia
