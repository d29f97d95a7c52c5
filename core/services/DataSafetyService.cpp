#include "services/DataSafetyService.h"

#include "common/Clock.h"
#include "db/AutomaticBackups.h"
#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "domain/Money.h"
#include "stores/IntegrityQuery.h"

#include <QFileInfo>

namespace setia {

DataSafetyService::DataSafetyService(Database& database, const IntegrityQuery& integrity,
                                     const Clock& clock)
    : m_database(database)
    , m_integrity(integrity)
    , m_clock(clock)
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
    auto summary = DatabaseFile::restore(m_database, source, m_clock.now(), savedAs);
    if (!summary)
        return summary.error();
    return BackupSummary{summary->schemaVersion, summary->rows};
}

Result<QString> DataSafetyService::dailyBackup()
{
    const QDateTime now = m_clock.now();
    if (m_database.inMemory() || !m_database.readOnly().isEmpty() ||
        !AutomaticBackups::dailyDue(m_database, now))
        return QString();
    return AutomaticBackups::take(m_database, AutomaticBackups::Reason::Daily, now);
}

QString DataSafetyService::backupFolder() const
{
    return DatabaseFile::backupFolder(m_database);
}

QList<DataSafetyService::AutomaticBackup> DataSafetyService::automaticBackups() const
{
    QList<AutomaticBackup> backups;
    for (const AutomaticBackups::Entry& entry : AutomaticBackups::list(m_database)) {
        AutomaticBackup backup;
        backup.path = entry.path;
        backup.reason = entry.reason == AutomaticBackups::Reason::Daily
                            ? AutomaticBackup::Reason::Daily
                        : entry.reason == AutomaticBackups::Reason::BeforeUpgrade
                            ? AutomaticBackup::Reason::BeforeUpgrade
                            : AutomaticBackup::Reason::BeforeRestore;
        backup.taken = entry.taken;
        backup.bytes = entry.bytes;
        backup.fromVersion = entry.fromVersion;
        backups.append(backup);
    }
    return backups;
}

Result<DataSafetyService::FileContents> DataSafetyService::inspect(const QString& path) const
{
    auto summary = DatabaseFile::verify(m_database.dialect(), path);
    if (!summary)
        return summary.error();
    FileContents contents;
    contents.schemaVersion = summary->schemaVersion;
    contents.modified = QFileInfo(path).lastModified();
    contents.customers = summary->rows.value(QStringLiteral("customers"));
    contents.sales = summary->rows.value(QStringLiteral("sales"));
    return contents;
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
