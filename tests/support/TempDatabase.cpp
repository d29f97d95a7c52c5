#include "support/TempDatabase.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

std::string Catch::StringMaker<setia::Error::Kind>::convert(setia::Error::Kind kind)
{
    using Kind = setia::Error::Kind;
    switch (kind) {
    case Kind::Validation:
        return "Validation";
    case Kind::Cancelled:
        return "Cancelled";
    case Kind::Duplicate:
        return "Duplicate";
    case Kind::CreditLimit:
        return "CreditLimit";
    case Kind::NotFound:
        return "NotFound";
    case Kind::Busy:
        return "Busy";
    case Kind::ReadOnly:
        return "ReadOnly";
    case Kind::DiskFull:
        return "DiskFull";
    case Kind::NewerVersion:
        return "NewerVersion";
    case Kind::Corrupt:
        return "Corrupt";
    case Kind::CannotOpen:
        return "CannotOpen";
    case Kind::Io:
        return "Io";
    case Kind::Database:
        return "Database";
    }
    return "(unknown kind)";
}

namespace setia::test {

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
}

QString TempDatabase::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString TempDatabase::freshPath()
{
    QString candidate;
    do {
        candidate = path(QStringLiteral("setia-%1.db").arg(++m_files));
    } while (QFile::exists(candidate));
    return candidate;
}

std::unique_ptr<Backend> TempDatabase::open(const QString& path)
{
    auto backend = Backend::open(path, m_clock, staff(), Backend::Opening::CreateIfMissing);
    SETIA_REQUIRE_OK(backend);
    return std::move(backend).value();
}

RawSqlite::RawSqlite(const QString& path)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("raw-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        FAIL("cannot open " << path.toStdString() << ": " << db.lastError().text().toStdString());
}

RawSqlite::~RawSqlite()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawSqlite::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

void RawSqlite::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
}

QVariant RawSqlite::scalar(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
    if (!query.next())
        FAIL(sql.toStdString() << ": no row");
    return query.value(0);
}

QStringList RawSqlite::rows(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
    QStringList rows;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns.append(query.value(i).toString());
        rows.append(columns.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList schemaOf(const QString& path)
{
    RawSqlite file(path);
    QStringList schema =
        file.rows(QStringLiteral("SELECT type, name, ifnull(sql, '') FROM sqlite_master"));
    schema.sort();
    return schema;
}

QStringList schemaDifference(const QString& a, const QString& b)
{
    const QStringList first = schemaOf(a);
    const QStringList second = schemaOf(b);
    QStringList difference;
    for (const QString& object : first) {
        if (!second.contains(object))
            difference.append(QStringLiteral("- ") + object);
    }
    for (const QString& object : second) {
        if (!first.contains(object))
            difference.append(QStringLiteral("+ ") + object);
    }
    return difference;
}

QList<qint64> damagePages(const QString& path, const QStringList& btrees)
{
    QList<qint64> pages;
    qint64 pageSize = 0;
    {
        RawSqlite file(path);
        pageSize = file.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        for (const QString& btree : btrees) {
            const QStringList leaves = file.rows(
                QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf'"
                               " ORDER BY pageno")
                    .arg(btree));
            INFO("b-tree " << btree.toStdString());
            REQUIRE(leaves.size() >= 3);
            pages.append(leaves.at(leaves.size() / 2).toLongLong());
        }
    }
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    for (qint64 page : std::as_const(pages)) {
        REQUIRE(file.seek((page - 1) * pageSize));
        REQUIRE(file.write(QByteArray(pageSize, '\xff')) == pageSize);
    }
    return pages;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace setia::test
