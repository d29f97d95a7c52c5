#pragma once

#include "domain/Interaction.h"
#include "services/CustomerService.h"
#include "services/exchange/CsvImport.h"

#include <QCoreApplication>
#include <QHash>

namespace setia {

class InteractionService;

// Interactions files (SPEC §13): date, customer_code, kind, staff, summary, outcome — a
// notebook of past calls and visits brought in, each checked as the contact form checks
// it. The kind is SPEC §13's id or its Indonesian word (telepon, kunjungan, wa, …); a date
// without a time is 00:00 of that day; an empty staff is the one importing.
class InteractionCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(InteractionCsvImport)

public:
    InteractionCsvImport(const CustomerService& customers, InteractionService& interactions);

    Status prepare() override;
    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const BulkOptions& options) override;

    // The kind a file's word names: an id of SPEC §13, or the Indonesian word for it.
    static std::optional<InteractionKind> kindOf(const QString& word);

private:
    const CustomerService& m_customers;
    InteractionService& m_interactions;
    QHash<QString, CustomerService::CodeEntry> m_customerByCode;
    QList<Interaction> m_staged;
};

} // namespace setia
