#include "services/DataSafetyService.h"

#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "domain/Money.h"
#include "stores/IntegrityQuery.h"

namespace setia {

DataSafetyService::DataSafetyService(Database& database, const IntegrityQuery& integrity)
    : m_database(database)
    , m_integrity(integrity)
{}

Result<DataSafetyService::BackupSummary> DataSafetyService::backup(const QString& target)
{
    auto summary = DatabaseFile::backup(m_database, target);
    if (!summary)
        return summary.error();
    return BackupSummary{summary->schemaVersion, summary->rows};
}

Result<DataSafetyService::BackupSummary> DataSafetyService::restore(const QString& source,
                                                                    QString* savedAs)
{
    auto summary = DatabaseFile::restore(m_database, source, savedAs);
    if (!summary)
        return summary.error();
    return BackupSummary{summary->schemaVersion, summary->rows};
}

Result<QStringList> DataSafetyService::check() const
{
    QStringList problems;
    auto damaged = m_integrity.damage();
    // Damage bad enough to stop the check itself is what the check is for: a finding.
    if (!damaged && damaged.error().kind() == Error::Kind::Corrupt)
        return QStringList{tr("The file is damaged: %1").arg(damaged.error().message())};
    if (!damaged)
        return damaged.error();
    for (const QString& line : std::as_const(*damaged))
        problems.append(tr("The file is damaged: %1").arg(line));
    auto references = m_integrity.brokenReferences();
    if (!references)
        return references.error();
    for (const QString& line : std::as_const(*references))
        problems.append(tr("A reference points at nothing: %1").arg(line));
    if (!damaged->isEmpty())
        return problems; // the invariants read through the damage would say little more
    auto sales = m_integrity.salesOff();
    if (!sales)
        return sales.error();
    for (const IntegrityQuery::SaleTotals& sale : std::as_const(*sales))
        problems.append(tr("Sale %1: its lines add up to %2 but it says %3 (revenue %4, "
                           "discount %5).")
                            .arg(sale.receipt, money::format(sale.linesSum),
                                 money::format(sale.linesTotal), money::format(sale.revenue),
                                 money::format(sale.discount)));
    auto balances = m_integrity.negativeBalances();
    if (!balances)
        return balances.error();
    for (const IntegrityQuery::Balance& b : std::as_const(*balances))
        problems.append(
            b.card.isEmpty()
                ? tr("Customer %1: points add up to %2, below zero.").arg(b.code).arg(b.balance)
                : tr("Customer %1: stamps on the card %2 add up to %3, below zero.")
                      .arg(b.code, b.card)
                      .arg(b.balance));
    return problems;
}

} // namespace setia
