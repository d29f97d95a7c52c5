#include "reports/MemberSlip.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "reports/Barcode.h"
#include "reports/PdfFile.h"
#include "reports/PrintFont.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace setia {
namespace {

constexpr int resolution = 203;      // the dots per inch of thermal receipt printers
constexpr double slipLengthMm = 100; // without stamp cards
constexpr double stampCardMm = 10;   // each stamp card adds its lines

} // namespace

MemberSlip::MemberSlip(BusinessProfile business, LoyaltySettings rules)
    : m_business(std::move(business))
    , m_rules(std::move(rules))
{}

Status MemberSlip::print(const Customer& member, const LoyaltySummary& loyalty,
                         const QList<StampStanding>& stamps, Roll roll, const QDateTime& printedAt,
                         QPagedPaintDevice& device) const
{
    auto qr = Barcode::encode(Barcode::Kind::QrCode, member.code);
    if (!qr)
        return qr.error();
    const double dotsPerMm = device.logicalDpiX() / 25.4;
    const double width = receiptRoll::printWidthMm(roll);
    const double margin = (receiptRoll::paperWidthMm(roll) - width) / 2;
    const bool wide = roll == Roll::Mm80;
    const double length = slipLengthMm + stampCardMm * static_cast<double>(stamps.size()) +
                          (m_rules.expiryMonths > 0 ? 5 : 0);

    if (!device.setPageLayout(
            QPageLayout(QPageSize(QSizeF(receiptRoll::paperWidthMm(roll), length),
                                  QPageSize::Millimeter, tr("Receipt roll"), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0))))
        return Error(Error::Kind::Io, tr("The printer does not take a receipt roll's page. "
                                         "Choose the receipt printer in Settings."));
    {
        QPainter painter;
        if (!painter.begin(&device))
            return Error(Error::Kind::Io, tr("The slip could not be printed: the printer or the "
                                             "file is not ready. Check it and try again."));
        double y = 3; // millimetres from the top
        // Long texts wrap onto as many lines as they need.
        auto line = [&](const QString& text, const QFont& f, Qt::Alignment align) {
            painter.setFont(f);
            const int flags = int(align | Qt::AlignTop) | Qt::TextWordWrap;
            const QRectF area(margin * dotsPerMm, y * dotsPerMm, width * dotsPerMm,
                              length * dotsPerMm);
            const QRectF used = painter.boundingRect(area, flags, text);
            painter.drawText(area, flags, text);
            y += used.height() * 1.1 / dotsPerMm;
        };
        auto rule = [&] {
            y += 1.5;
            painter.setPen(QPen(Qt::black, 0.3 * dotsPerMm, Qt::DashLine));
            painter.drawLine(QPointF(margin * dotsPerMm, y * dotsPerMm),
                             QPointF((margin + width) * dotsPerMm, y * dotsPerMm));
            painter.setPen(Qt::black);
            y += 2;
        };
        const double big = wide ? 11 : 9;
        const double normal = wide ? 9 : 7.5;
        line(m_business.name.isEmpty() ? QStringLiteral("Setia") : m_business.name,
             printFont(big, true), Qt::AlignHCenter);
        if (!m_business.phone.isEmpty())
            line(m_business.phone, printFont(normal - 1), Qt::AlignHCenter);
        rule();
        line(tr("MEMBER"), printFont(normal - 1, true), Qt::AlignHCenter);
        line(member.name, printFont(big, true), Qt::AlignHCenter);
        line(member.code, printFont(normal), Qt::AlignHCenter);
        const double qrSize = wide ? 30 : 26;
        qr->paint(painter, QRectF((margin + (width - qrSize) / 2) * dotsPerMm, (y + 1) * dotsPerMm,
                                  qrSize * dotsPerMm, qrSize * dotsPerMm));
        y += qrSize + 2;
        rule();
        line(tr("Tier: %1").arg(loyalty::tierName(loyalty.tier)), printFont(normal), Qt::AlignLeft);
        line(tr("Points: %1").arg(display::count(loyalty.points)), printFont(big, true),
             Qt::AlignLeft);
        line(tr("Worth %1 on your next purchase")
                 .arg(money::format(loyalty.points * m_rules.pointValue)),
             printFont(normal), Qt::AlignLeft);
        if (m_rules.expiryMonths > 0)
            line(tr("Points expire %1 months after they are earned.").arg(m_rules.expiryMonths),
                 printFont(normal - 1.5), Qt::AlignLeft);
        if (!stamps.isEmpty())
            rule();
        for (const StampStanding& standing : stamps) {
            line(tr("%1: %2 of %3 stamps")
                     .arg(standing.card.name)
                     .arg(standing.onCard())
                     .arg(standing.card.stampsNeeded),
                 printFont(normal, true), Qt::AlignLeft);
            if (standing.rewards() > 0)
                line(tr("%1 × %2 free, ready to take")
                         .arg(standing.rewards())
                         .arg(standing.card.rewardName),
                     printFont(normal), Qt::AlignLeft);
        }
        rule();
        line(tr("Printed %1 %2")
                 .arg(display::shortDate(printedAt.date()),
                      printedAt.time().toString(QStringLiteral("HH:mm"))),
             printFont(normal - 1.5), Qt::AlignHCenter);
        if (!painter.end())
            return Error(Error::Kind::Io, tr("The slip could not be printed completely. Check "
                                             "the printer and print it again."));
    }
    return {};
}

Status MemberSlip::writePdf(const Customer& member, const LoyaltySummary& loyalty,
                            const QList<StampStanding>& stamps, Roll roll,
                            const QDateTime& printedAt, const QString& path) const
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setTitle(tr("Member slip %1").arg(member.code));
        writer.setCreator(QStringLiteral("Setia"));
        if (Status printed = print(member, loyalty, stamps, roll, printedAt, writer); !printed)
            return printed;
    }
    return pdfFile::save(pdf, path);
}

} // namespace setia
