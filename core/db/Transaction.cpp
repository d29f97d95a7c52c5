#include "db/Transaction.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"

#include <QSqlDatabase>

namespace setia {

Transaction::Transaction(Database& database)
    : m_database(database)
{}

Transaction::~Transaction()
{
    if (m_active)
        m_database.connection().rollback();
}

Status Transaction::begin()
{
    QSqlDatabase db = m_database.connection();
    if (Status status = m_database.dialect().beginWrite(db); !status)
        return status;
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    QSqlDatabase db = m_database.connection();
    if (!db.commit())
        return SqlError::from(db);
    m_active = false;
    ++m_database.m_commits;
    return {};
}

} // namespace setia
