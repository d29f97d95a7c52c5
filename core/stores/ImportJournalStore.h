#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace setia {

class Database;

// All SQL of the imports' journal (SPEC §12): which rows each import created — a range of
// ids of one table, since ids only grow while an import holds the write lock — and undoing
// one: deleting those rows and what came with them, unless something later depends on them.
// Writes run inside the caller's Transaction.
class ImportJournalStore
{
public:
    // One import, as the journal keeps it. `table` is customers, products, sales or payments.
    struct Entry
    {
        qint64 id = 0;
        QString table;
        QString fileName;
        QDateTime importedAt;
        QString importedBy;
        qint64 firstId = 0;
        qint64 lastId = 0;
        qint64 records = 0;
        QDateTime undoneAt; // null while the import stands
    };

    // What stops an import's rows from going: how many of them something later uses.
    struct Dependents
    {
        qint64 changed = 0; // rows changed (or voided) since the import
        qint64 used = 0;    // rows later records point to (a sale of an imported customer…)
    };

    explicit ImportJournalStore(Database& database);

    // The highest id in `table` now (0 when empty): an import's rows come after it.
    Result<qint64> lastId(const QString& table) const;
    Result<qint64> record(const Entry& entry);
    Result<QList<Entry>> latest(int limit) const;
    Result<std::optional<Entry>> find(qint64 id) const;

    Result<Dependents> dependents(const Entry& entry) const;
    // Deletes the import's rows and what they brought (a sale's lines, a customer's
    // consents).
    Status remove(const Entry& entry);
    Status markUndone(qint64 id, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace setia
