#include "db/SqlitePlatform.h"

#include "db/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia::sqlite {
namespace {

Status run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlError::from(query);
    return {};
}

Result<qint64> scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return SqlError::from(query);
    return query.value(0).toLongLong();
}

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

Status applyConnectionPragmas(QSqlDatabase& db)
{
    // The busy timeout comes first: the journal-mode switch itself may have to wait.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32000"),
        QStringLiteral("PRAGMA mmap_size = 1073741824"),
    };
    for (const QString& pragma : pragmas) {
        if (Status status = run(db, pragma); !status)
            return status;
    }
    return {};
}

Status beginWrite(QSqlDatabase& db)
{
    return run(db, QStringLiteral("BEGIN IMMEDIATE"));
}

Result<int> userVersion(const QSqlDatabase& db)
{
    auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Status setUserVersion(QSqlDatabase& db, int version)
{
    return run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<qint64> readApplicationId(const QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("PRAGMA application_id"));
}

Status writeApplicationId(QSqlDatabase& db)
{
    return run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
}

Result<bool> hasTables(const QSqlDatabase& db)
{
    auto count = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!count)
        return count.error();
    return *count > 0;
}

Status copyTo(QSqlDatabase& db, const QString& target)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

Result<BulkIndexing> BulkIndexing::suspend(QSqlDatabase& db, const QString& table,
                                           const QStringList& ftsTables, const QStringList& refill)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"));
    query.addBindValue(table);
    if (!query.exec())
        return SqlError::from(query);
    QStringList names;
    QStringList triggers;
    while (query.next()) {
        names.append(query.value(0).toString());
        triggers.append(query.value(1).toString());
    }
    for (const QString& name : std::as_const(names)) {
        if (Status status = run(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !status)
            return status.error();
    }
    return BulkIndexing(db, triggers, ftsTables, refill);
}

BulkIndexing::BulkIndexing(QSqlDatabase db, QStringList triggers, QStringList ftsTables,
                           QStringList refill)
    : m_db(std::move(db))
    , m_triggers(std::move(triggers))
    , m_ftsTables(std::move(ftsTables))
    , m_refill(std::move(refill))
{}

Status BulkIndexing::finish()
{
    QStringList statements;
    for (const QString& fts : std::as_const(m_ftsTables))
        statements.append(QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(fts));
    statements += m_refill;
    statements += m_triggers;
    for (const QString& statement : std::as_const(statements)) {
        if (Status status = run(m_db, statement); !status)
            return status;
    }
    return {};
}

Result<qint64> matchCount(const QSqlDatabase& db, const QString& ftsTable, const QString& match)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(ftsTable));
    query.addBindValue(match);
    if (!query.exec() || !query.next())
        return SqlError::from(query);
    return query.value(0).toLongLong();
}

Status checkpoint(QSqlDatabase& db)
{
    return run(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

QString prefixMatchQuery(const QStringList& words)
{
    QStringList terms;
    terms.reserve(words.size());
    for (const QString& word : words)
        terms.append(quoted(word) + QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

QString substringMatchQuery(const QString& text)
{
    return quoted(text);
}

} // namespace setia::sqlite
