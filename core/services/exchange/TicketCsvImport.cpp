#include "services/exchange/TicketCsvImport.h"

#include "domain/Sale.h"
#include "io/CsvFields.h"
#include "services/SaleService.h"
#include "services/TicketService.h"

#include <QStringList>

#include <array>

namespace setia {

TicketCsvImport::TicketCsvImport(const CustomerService& customers, const SaleService& sales,
                                 TicketService& tickets)
    : m_customers(customers)
    , m_sales(sales)
    , m_tickets(tickets)
{}

std::optional<TicketPriority> TicketCsvImport::priorityOf(const QString& word)
{
    if (word.trimmed().isEmpty())
        return TicketPriority::Normal;
    if (const auto priority = ticket::priorityFromId(word))
        return priority;
    const QString wanted = word.simplified().toLower();
    if (wanted == QLatin1String("rendah"))
        return TicketPriority::Low;
    if (wanted == QLatin1String("biasa") || wanted == QLatin1String("sedang"))
        return TicketPriority::Normal;
    if (wanted == QLatin1String("tinggi") || wanted == QLatin1String("mendesak"))
        return TicketPriority::High;
    return std::nullopt;
}

std::optional<TicketStatus> TicketCsvImport::statusOf(const QString& word)
{
    if (word.trimmed().isEmpty())
        return TicketStatus::Open;
    if (const auto status = ticket::statusFromId(word))
        return status;
    struct Alias
    {
        const char* word;
        TicketStatus status;
    };
    static constexpr std::array aliases = {
        Alias{"baru", TicketStatus::Open},           Alias{"terbuka", TicketStatus::Open},
        Alias{"diproses", TicketStatus::InProgress}, Alias{"menunggu", TicketStatus::Waiting},
        Alias{"selesai", TicketStatus::Resolved},    Alias{"ditutup", TicketStatus::Closed},
        Alias{"tutup", TicketStatus::Closed},
    };
    const QString wanted = word.simplified().toLower();
    for (const Alias& alias : aliases)
        if (wanted == QLatin1String(alias.word))
            return alias.status;
    return std::nullopt;
}

Status TicketCsvImport::prepare()
{
    auto codes = m_customers.codeIndex();
    if (!codes)
        return codes.error();
    m_customerByCode = std::move(codes).value();
    return {};
}

std::optional<QString> TicketCsvImport::addRow(int, const QStringList& values)
{
    Ticket draft;
    draft.number = values.at(0).trimmed().toUpper();
    if (!draft.number.isEmpty()) {
        if (draft.number.size() > 30)
            return tr("number %1 is too long for a ticket number: at most 30 characters.")
                .arg(draft.number.left(40));
        if (m_numbers.contains(draft.number))
            return tr("Ticket %1 is in the file twice: only the first was imported.")
                .arg(draft.number);
        auto taken = m_tickets.numberTaken(draft.number);
        if (!taken)
            return refusedFor(taken.error());
        if (*taken)
            return tr("Ticket %1 is there already.").arg(draft.number);
    }
    QString reason;
    const auto when = CsvFields::dateAndTime(values.at(1), QStringLiteral("date"), reason);
    if (!when)
        return reason;
    draft.receivedAt = QDateTime(when->date, when->time);
    const QString code = values.at(2).trimmed().toUpper();
    const auto customer = m_customerByCode.constFind(code);
    if (customer == m_customerByCode.constEnd())
        return code.isEmpty() ? tr("customer_code is empty: say who complained.")
                              : tr("customer_code %1 is not a customer. Import the customers "
                                   "first, or correct the code.")
                                    .arg(code);
    draft.customerId = customer->id;
    if (const QString receipt = values.at(3).trimmed(); !receipt.isEmpty()) {
        auto sale = m_sales.findByReceipt(receipt);
        if (!sale)
            return refusedFor(sale.error());
        if (!sale->has_value())
            return tr("receipt %1 is not a sale in this file.").arg(receipt);
        draft.saleId = (*sale)->id;
    }
    draft.category = values.at(4).trimmed().isEmpty() ? QStringLiteral("other") : values.at(4);
    const auto priority = priorityOf(values.at(5));
    if (!priority)
        return tr("priority \"%1\" is not one: use low, normal or high (rendah, biasa, tinggi).")
            .arg(values.at(5).trimmed());
    draft.priority = *priority;
    const auto status = statusOf(values.at(6));
    if (!status)
        return tr("status \"%1\" is not one: use open, in_progress, waiting, resolved or closed "
                  "(baru, diproses, menunggu, selesai, ditutup).")
            .arg(values.at(6).trimmed());
    draft.status = *status;
    draft.summary = values.at(7);
    if (!values.at(8).trimmed().isEmpty()) {
        const auto cost = CsvFields::amount(values.at(8), QStringLiteral("remedy_cost"), reason);
        if (!cost)
            return reason;
        draft.remedyCost = *cost;
        if (*cost > 0)
            draft.remedy = RemedyKind::Other;
    }
    auto checked = m_tickets.validated(draft);
    if (!checked)
        return refusedFor(checked.error());
    if (!draft.number.isEmpty())
        m_numbers.insert(draft.number);
    m_staged.append(std::move(checked).value());
    return std::nullopt;
}

Result<qint64> TicketCsvImport::finish(QList<RejectedRow>&, int& acceptedRows,
                                       const BulkOptions& options)
{
    auto created = m_tickets.openMany(m_staged, options);
    if (!created)
        return created.error();
    acceptedRows += static_cast<int>(*created);
    return created;
}

} // namespace setia
