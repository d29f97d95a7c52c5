#include "db/ReaderConnection.h"

#include "db/Database.h"
#include "db/SqlDialect.h"

#include <QAtomicInteger>
#include <QSqlDatabase>

namespace setia {

std::unique_ptr<ReaderConnection> ReaderConnection::open(const Database& database)
{
    if (database.inMemory())
        return nullptr;
    return openFile(database.dialect(), database.path());
}

std::unique_ptr<ReaderConnection> ReaderConnection::openFile(const SqlDialect& dialect,
                                                             const QString& path)
{
    static QAtomicInteger<int> connections;
    std::unique_ptr<ReaderConnection> reader(new ReaderConnection(
        QStringLiteral("setia-reader-%1").arg(connections.fetchAndAddRelaxed(1))));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), reader->m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(dialect.readerOptions());
    if (!db.open() || !dialect.configureReader(db))
        return nullptr;
    return reader;
}

ReaderConnection::ReaderConnection(QString name)
    : m_name(std::move(name))
{}

ReaderConnection::~ReaderConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReaderConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace setia
