#include "reports/PaymentReceipt.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/Terbilang.h"
#include "reports/ReceiptText.h"

namespace setia {

PaymentReceipt::PaymentReceipt(BusinessProfile business)
    : m_business(std::move(business))
{}

QString PaymentReceipt::number(const Payment& payment)
{
    return QStringLiteral("KW-%1").arg(payment.id, 6, 10, QLatin1Char('0'));
}

QStringList PaymentReceipt::lines(const Payment& payment, const Customer& payer, qint64 stillOwed,
                                  ReceiptRoll roll) const
{
    using namespace receiptText;
    const int columns = receiptRoll::columns(roll);
    QStringList out;
    out += shopHeader(m_business, columns);
    out += rule(columns);
    out += centred(tr("RECEIPT (KWITANSI)"), columns);
    out += spread(number(payment), display::shortDate(payment.paidOn), columns);
    out += rule(columns);
    out += wrapped(tr("Received from: %1 (%2)").arg(payer.name, payer.code), columns);
    // The amount in words is Indonesian whatever the screen's language: the kwitansi's law.
    out += wrapped(tr("The sum of: %1").arg(terbilang::rupiah(payment.amount)), columns);
    out +=
        wrapped(payment.note.isEmpty() ? tr("For: payment of what is owed")
                                       : tr("For: payment of what is owed (%1)").arg(payment.note),
                columns);
    if (!payment.method.isEmpty())
        out += spread(tr("Paid by"), payment.method, columns);
    out += rule(columns);
    out += spread(tr("AMOUNT"), money::format(payment.amount), columns);
    out += spread(tr("Still owed"), money::format(std::max<qint64>(0, stillOwed)), columns);
    if (payment.voided)
        out += centred(tr("VOIDED: %1").arg(payment.voidReason), columns);
    out += QString();
    out += spread(QString(), tr("Received by,"), columns);
    out += QString();
    out += QString();
    out += spread(QString(), QStringLiteral("(______________)"), columns);
    return out;
}

} // namespace setia
