#include "reports/SaleReceipt.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "reports/ReceiptText.h"

namespace setia {

SaleReceipt::SaleReceipt(BusinessProfile business)
    : m_business(std::move(business))
{}

QStringList SaleReceipt::lines(const Sale& sale, const std::optional<Member>& member,
                               ReceiptRoll roll, const QDateTime& printedAt, bool copy) const
{
    using namespace receiptText;
    const int columns = receiptRoll::columns(roll);
    const auto when = [](const QDateTime& at) -> QString {
        return display::shortDate(at.date()) + QLatin1Char(' ') +
               at.time().toString(QStringLiteral("HH:mm"));
    };
    QStringList out;
    out += shopHeader(m_business, columns);
    out += rule(columns);
    out += spread(sale.receipt, when(sale.soldAt), columns);
    if (copy)
        out += centred(tr("COPY — printed %1").arg(when(printedAt)), columns);
    if (member)
        out += wrapped(tr("Member: %1 (%2)").arg(member->name, member->code), columns);
    out += rule(columns);
    for (const SaleLine& line : sale.lines) {
        out += wrapped(line.productName, columns);
        out += spread(QStringLiteral("  %1 x %2")
                          .arg(line.quantity.toString(), money::formatPlain(line.unitPrice)),
                      money::formatPlain(line.amount + line.discount), columns);
        if (line.discount > 0)
            out += spread(tr("  discount"), QLatin1Char('-') + money::formatPlain(line.discount),
                          columns);
    }
    out += rule(columns);
    out += spread(tr("Subtotal"), money::formatPlain(sale.linesTotal), columns);
    if (sale.discount > 0)
        out +=
            spread(member && member->pointsUsed > 0 ? tr("%1 points used").arg(member->pointsUsed)
                                                    : tr("Discount"),
                   QLatin1Char('-') + money::formatPlain(sale.discount), columns);
    out += spread(tr("TOTAL"), money::format(sale.revenue), columns);
    out += sale.payment == PaymentKind::Credit
               ? wrapped(tr("On credit, due %1").arg(display::shortDate(sale.dueDate)), columns)
               : wrapped(tr("Paid in cash"), columns);
    if (sale.voided)
        out += centred(tr("VOIDED: %1").arg(sale.voidReason), columns);
    if (member) {
        out += rule(columns);
        out += spread(tr("Points earned"), display::count(member->pointsEarned), columns);
        out += spread(tr("Points balance"), display::count(member->pointsBalance), columns);
        for (const StampStanding& standing : member->stamps) {
            out += spread(
                standing.card.name,
                QStringLiteral("%1/%2").arg(standing.onCard()).arg(standing.card.stampsNeeded),
                columns);
            if (standing.rewards() > 0)
                out += wrapped(tr("%1 × %2 free, ready to take")
                                   .arg(standing.rewards())
                                   .arg(standing.card.rewardName),
                               columns, 2);
        }
    }
    out += rule(columns);
    out += centred(tr("Thank you for your visit"), columns);
    return out;
}

} // namespace setia
