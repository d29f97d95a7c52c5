#include "reports/KwitansiSheet.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/Terbilang.h"
#include "reports/PaymentReceipt.h"
#include "reports/PdfFile.h"
#include "reports/PrintFont.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace setia {
namespace {

constexpr double marginMm = 12.0;
constexpr double labelMm = 42.0;
const QColor shade(0xEE, 0xEE, 0xEE);
const QColor quiet(0x44, 0x44, 0x44);

} // namespace

KwitansiSheet::KwitansiSheet(BusinessProfile business)
    : m_business(std::move(business))
{}

Status KwitansiSheet::render(QPagedPaintDevice& device, const Payment& payment,
                             const Customer& payer, qint64 stillOwed) const
{
    QPageLayout a5(QPageSize(QPageSize::A5), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
    a5.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(a5);
    QPainter painter;
    if (!painter.begin(&device))
        return Error(Error::Kind::Io, tr("The printer or the file could not be started. Check "
                                         "the printer, then try again."));
    painter.setRenderHint(QPainter::Antialiasing);
    const double mm = device.logicalDpiX() / 25.4;
    const auto at = [mm](double x, double y, double w, double h) {
        return QRectF(x * mm, y * mm, w * mm, h * mm);
    };
    const double width = 210.0 - 2 * marginMm;
    const double right = 210.0 - marginMm;
    QPen rule(Qt::black, 0.3 * mm);

    // The shop on the left, the kwitansi and its number on the right.
    double y = marginMm;
    painter.setFont(printFont(13, true));
    painter.drawText(at(marginMm, y, width * 0.6, 7), Qt::AlignLeft | Qt::AlignVCenter,
                     m_business.name.trimmed());
    painter.setFont(printFont(15, true));
    painter.drawText(at(marginMm, y, width, 8), Qt::AlignRight | Qt::AlignVCenter, tr("KWITANSI"));
    y += 8;
    painter.setPen(quiet);
    painter.setFont(printFont(8));
    QStringList contact;
    for (const QString& part : {m_business.address.trimmed(), m_business.phone.trimmed()})
        if (!part.isEmpty())
            contact.append(part);
    painter.drawText(at(marginMm, y, width * 0.65, 9), Qt::AlignLeft | Qt::TextWordWrap,
                     contact.join(QStringLiteral(" · ")));
    painter.setFont(printFont(9));
    painter.drawText(at(marginMm, y, width, 5), Qt::AlignRight,
                     tr("No. %1").arg(PaymentReceipt::number(payment)));
    painter.setPen(Qt::black);
    y += 11;
    painter.setPen(rule);
    painter.drawLine(QPointF(marginMm * mm, y * mm), QPointF(right * mm, y * mm));
    y += 6;

    // The rows: a label, a colon, the value (wrapped).
    const auto row = [&](const QString& label, const QString& value, double height,
                         bool emphasised) {
        painter.setPen(Qt::black);
        painter.setFont(printFont(10));
        painter.drawText(at(marginMm, y, labelMm, height), Qt::AlignLeft | Qt::AlignTop, label);
        painter.drawText(at(marginMm + labelMm, y, 4, height), Qt::AlignLeft | Qt::AlignTop,
                         QStringLiteral(":"));
        const QRectF box = at(marginMm + labelMm + 4, y - 1.2, width - labelMm - 4, height);
        if (emphasised) {
            painter.fillRect(box, shade);
            QFont words = printFont(11, true);
            words.setItalic(true);
            painter.setFont(words);
            painter.drawText(box.adjusted(2 * mm, 1.2 * mm, -2 * mm, 0),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
        } else {
            painter.setFont(printFont(10, true));
            painter.drawText(box.adjusted(0, 1.2 * mm, 0, 0),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
        }
        y += height + 2;
    };
    row(tr("Received from"), QStringLiteral("%1 (%2)").arg(payer.name, payer.code), 7, false);
    // The amount in words is Indonesian whatever the screen's language: the kwitansi's law.
    const QString words = terbilang::rupiah(payment.amount);
    row(tr("The sum of"), words.left(1).toUpper() + words.mid(1), 14, true);
    row(tr("For"),
        payment.note.isEmpty() ? tr("payment of what is owed")
                               : tr("payment of what is owed (%1)").arg(payment.note),
        7, false);
    if (!payment.method.isEmpty())
        row(tr("Paid by"), payment.method, 7, false);
    row(tr("Still owed"), money::format(std::max<qint64>(0, stillOwed)), 7, false);

    // The amount in figures, boxed, and the signature with the place and date.
    const double foot = 148.0 - marginMm - 30;
    const QRectF amount = at(marginMm, foot + 8, 70, 13);
    painter.setPen(rule);
    painter.setBrush(shade);
    painter.drawRect(amount);
    painter.setBrush(Qt::NoBrush);
    painter.setFont(printFont(16, true));
    painter.drawText(amount, Qt::AlignCenter, money::format(payment.amount));
    if (payment.voided) {
        painter.setPen(QPen(Qt::black));
        painter.setFont(printFont(10, true));
        painter.drawText(at(marginMm, foot + 23, 90, 6), Qt::AlignLeft,
                         tr("VOIDED: %1").arg(payment.voidReason));
    }
    const double sign = right - 60;
    painter.setPen(Qt::black);
    painter.setFont(printFont(9));
    painter.drawText(at(sign, foot, 60, 5), Qt::AlignCenter, display::shortDate(payment.paidOn));
    painter.drawText(at(sign, foot + 5, 60, 5), Qt::AlignCenter, tr("Received by,"));
    painter.drawLine(QPointF((sign + 8) * mm, (foot + 26) * mm),
                     QPointF((right - 8) * mm, (foot + 26) * mm));
    painter.setPen(quiet);
    painter.setFont(printFont(8));
    painter.drawText(at(sign, foot + 27, 60, 5), Qt::AlignCenter, m_business.name);
    if (!painter.end())
        return Error(Error::Kind::Io, tr("The document could not be finished. Try again."));
    return {};
}

Status KwitansiSheet::writePdf(const QString& path, const Payment& payment, const Customer& payer,
                               qint64 stillOwed) const
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(tr("Kwitansi %1").arg(PaymentReceipt::number(payment)));
        writer.setCreator(QStringLiteral("Setia"));
        if (Status rendered = render(writer, payment, payer, stillOwed); !rendered)
            return rendered;
    }
    return pdfFile::save(pdf, path);
}

} // namespace setia
