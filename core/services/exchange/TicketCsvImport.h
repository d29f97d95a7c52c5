#pragma once

#include "domain/Ticket.h"
#include "services/CustomerService.h"
#include "services/exchange/CsvImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace setia {

class SaleService;
class TicketService;

// Tickets files (SPEC §14): number, date, customer_code, receipt, category, priority, status,
// summary, remedy_cost — complaints kept in another tool or a book. An empty number is made
// as the app makes one; a number already in the file or twice in it is refused. Priority and
// status may be SPEC §14's ids or Indonesian words (rendah, tinggi, baru, diproses, menunggu,
// selesai, ditutup); empty ones are normal and open. A finished ticket brought in has no time
// of resolution (none was given), so it has no deadline to be late against.
class TicketCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(TicketCsvImport)

public:
    TicketCsvImport(const CustomerService& customers, const SaleService& sales,
                    TicketService& tickets);

    Status prepare() override;
    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const BulkOptions& options) override;

    static std::optional<TicketPriority> priorityOf(const QString& word);
    static std::optional<TicketStatus> statusOf(const QString& word);

private:
    const CustomerService& m_customers;
    const SaleService& m_sales;
    TicketService& m_tickets;
    QHash<QString, CustomerService::CodeEntry> m_customerByCode;
    QSet<QString> m_numbers; // given in the file so far
    QList<Ticket> m_staged;
};

} // namespace setia
