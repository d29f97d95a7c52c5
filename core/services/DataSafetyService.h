#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace setia {

class Database;
class IntegrityQuery;

// Keeping the shop's only file trustworthy (SPEC §12): verified backups and the check of
// the file and of Setia's own promises about its data.
class DataSafetyService
{
    Q_DECLARE_TR_FUNCTIONS(DataSafetyService)

public:
    // What a backup holds, for a message: its data version and every table's rows.
    struct BackupSummary
    {
        int schemaVersion = 0;
        QMap<QString, qint64> rows;
    };

    DataSafetyService(Database& database, const IntegrityQuery& integrity);

    // A verified copy of the open database at `target` (never over the database itself,
    // never through a symbolic link; mode 0600). Nothing is left at `target` on failure.
    Result<BackupSummary> backup(const QString& target);

    // Puts the backup `source` in place of the open database's contents, once it is
    // verified (a Setia database, not newer, intact) and the current contents are backed up
    // into backups/ beside the database (its path in `savedAs`). Refused: nothing changes.
    Result<BackupSummary> restore(const QString& source, QString* savedAs);

    // The engine's quick check and foreign keys, then Setia's invariants: each sale's totals
    // equal its lines, no points or stamp balance below zero. One translated line per
    // problem; none when everything holds.
    Result<QStringList> check() const;

private:
    Database& m_database;
    const IntegrityQuery& m_integrity;
};

} // namespace setia
