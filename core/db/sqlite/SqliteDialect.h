#pragma once

#include "db/SqlDialect.h"

namespace setia {

// SQLite's side of the SqlDialect: WAL with synchronous=FULL and no automatic checkpoints,
// BEGIN IMMEDIATE, user_version and application_id in the file header, VACUUM INTO,
// data_version, FTS5 (word prefixes and trigrams) kept in step by triggers, rowid, COLLATE
// NOCASE and SQLite's result codes.
class SqliteDialect final : public SqlDialect
{
public:
    // 'SETI': written into every Setia file's header, checked on open.
    static constexpr qint64 applicationId = 0x53455449;

    QString driverName() const override;
    Status configure(QSqlDatabase& db) const override;
    QString readerOptions() const override;
    int lockTimeoutMs() const override { return 5000; }
    Status setLockTimeout(QSqlDatabase& db, int ms) const override;
    QString unchangingName(const QString& path) const override;
    QString unchangingOptions() const override;
    Status configureReader(QSqlDatabase& db) const override;
    Status beginWrite(QSqlDatabase& db) const override;
    Result<int> schemaVersion(const QSqlDatabase& db) const override;
    Status setSchemaVersion(QSqlDatabase& db, int version) const override;
    Result<Content> content(const QSqlDatabase& db) const override;
    Status markAsSetia(QSqlDatabase& db) const override;
    Status copyTo(QSqlDatabase& db, const QString& target) const override;
    Status replaceWith(QSqlDatabase& db, const QString& source) const override;
    Result<QStringList> integrityProblems(const QSqlDatabase& db, bool quick) const override;
    Result<QStringList> foreignKeyProblems(const QSqlDatabase& db) const override;
    Result<QMap<QString, qint64>> tableRows(const QSqlDatabase& db) const override;
    Status checkpoint(QSqlDatabase& db) const override;
    std::unique_ptr<QObject> startMaintenance(const QString& path) const override;
    Result<qint64> changeCounter(const QSqlDatabase& db) const override;
    Error error(const QSqlError& error) const override;

    Result<std::unique_ptr<Statement>> prepare(const QSqlDatabase& db,
                                               const QString& sql) const override;
    Result<std::unique_ptr<Suspension>>
    suspendTextIndexes(QSqlDatabase& db, const QString& table,
                       const QList<TextIndex>& indexes) const override;
    Result<std::unique_ptr<Suspension>> deferIndexes(QSqlDatabase& db,
                                                     const QString& table) const override;
    std::unique_ptr<Suspension> bulkCache(QSqlDatabase& db, int megabytes) const override;

    QString textMatchIds(const TextIndex& index) const override;
    QString textMatchFrom(const TextIndex& index, const QString& table,
                          const QString& alias) const override;
    QString prefixMatch(const QStringList& words) const override;
    QString substringMatch(const QString& text) const override;
    Result<qint64> textMatchCount(const QSqlDatabase& db, const TextIndex& index,
                                  const QString& match) const override;
    QString withoutIndex(const QString& expression) const override;
    QString orderedJoin() const override;
    QString ignoringCase(const QString& expression) const override;
    QString likeIgnoringCase(const QString& expression, const QString& pattern) const override;
    QString greatest(const QString& a, const QString& b) const override;
    QString upsert(const QString& table, const QStringList& columns, const QStringList& keys,
                   const QString& update) const override;
    QString createTemporaryTable(const QString& name, const QString& columns,
                                 const QString& primaryKey) const override;
    QString temporaryTable(const QString& name) const override;
};

} // namespace setia
