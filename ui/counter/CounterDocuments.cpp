#include "counter/CounterDocuments.h"

#include "common/Clock.h"
#include "common/UserPrompter.h"
#include "printing/ReceiptPrinter.h"
#include "reports/MemberCardSheet.h"
#include "reports/MemberSlip.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/ReceiptService.h"
#include "services/SettingsService.h"

#include <QDir>
#include <QPagedPaintDevice>

namespace setia {

CounterDocuments::CounterDocuments(const Services& services, UserPrompter& prompter,
                                   QWidget* parent)
    : m_services(services)
    , m_prompter(prompter)
    , m_parent(parent)
{}

std::optional<QString> CounterDocuments::saveMemberCard(qint64 customerId)
{
    auto member = m_services.customers.find(customerId);
    auto business = m_services.settings.businessProfile();
    if (!member || !*member || !business) {
        m_prompter.warn(m_parent, tr("Counter"),
                        !business ? business.error().message()
                        : !member ? member.error().message()
                                  : tr("This member no longer exists."));
        return std::nullopt;
    }
    const QString path = m_prompter.saveFileName(
        m_parent, tr("Save member card"),
        QDir::home().filePath(tr("Member card %1.pdf").arg((*member)->code)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return std::nullopt;
    if (Status saved = MemberCardSheet(*business).writePdf({**member}, path); !saved) {
        m_prompter.warn(m_parent, tr("Counter"), saved.error().message());
        return std::nullopt;
    }
    return tr("Member card saved: %1").arg(QDir::toNativeSeparators(path));
}

std::optional<CounterDocuments::Slip> CounterDocuments::slipOf(qint64 customerId)
{
    auto member = m_services.counter.member(customerId);
    auto business = m_services.settings.businessProfile();
    const Error* failure = !member ? &member.error() : !business ? &business.error() : nullptr;
    if (failure) {
        m_prompter.warn(m_parent, tr("Counter"), failure->message());
        return std::nullopt;
    }
    return Slip{std::move(member).value(), std::move(business).value()};
}

std::optional<QString> CounterDocuments::saveSlip(qint64 customerId, ReceiptRoll roll)
{
    const auto slip = slipOf(customerId);
    if (!slip)
        return std::nullopt;
    const Customer& customer = slip->member.card.customer;
    const QString path = m_prompter.saveFileName(
        m_parent, tr("Save points slip"),
        QDir::home().filePath(tr("Points slip %1.pdf").arg(customer.code)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return std::nullopt;
    if (Status saved = MemberSlip(slip->business, slip->member.rules)
                           .writePdf(customer, slip->member.loyalty, slip->member.stamps, roll,
                                     m_services.clock.now(), path);
        !saved) {
        m_prompter.warn(m_parent, tr("Counter"), saved.error().message());
        return std::nullopt;
    }
    return tr("Points slip saved: %1").arg(QDir::toNativeSeparators(path));
}

std::optional<QString> CounterDocuments::printSlip(qint64 customerId)
{
    const auto slip = slipOf(customerId);
    if (!slip)
        return std::nullopt;
    const ReceiptPrinter::Choice choice = ReceiptPrinter::stored();
    const MemberSlip document(slip->business, slip->member.rules);
    const QDateTime now = m_services.clock.now();
    const CounterMember& member = slip->member;
    const Status printed =
        ReceiptPrinter::print(choice, tr("Points slip %1").arg(member.card.customer.code),
                              [&](QPagedPaintDevice& device) {
                                  return document.print(member.card.customer, member.loyalty,
                                                        member.stamps, choice.roll, now, device);
                              });
    if (!printed) {
        m_prompter.warn(m_parent, tr("Counter"), printed.error().message());
        return std::nullopt;
    }
    return tr("Points slip printed");
}

QString CounterDocuments::printAfterSale(const Sale& sale)
{
    const ReceiptPrinter::Choice choice = ReceiptPrinter::stored();
    if (!choice.afterCounterSale)
        return {};
    auto lines = m_services.receipts.saleReceipt(sale.id, choice.roll, false);
    const Status printed =
        lines ? ReceiptPrinter::print(*lines, choice, tr("Receipt %1").arg(sale.receipt))
              : Status(lines.error());
    if (printed)
        return {};
    return tr("The receipt was not printed: %1").arg(printed.error().message());
}

} // namespace setia
