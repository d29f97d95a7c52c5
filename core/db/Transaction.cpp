#include "db/Transaction.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlitePlatform.h"

namespace setia {

Transaction::Transaction(Database& database)
    : m_database(database)
    , m_db(database.connection())
{}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::begin()
{
    if (Status status = sqlite::beginWrite(m_db); !status)
        return status;
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_db.commit())
        return SqlError::from(m_db.lastError());
    m_active = false;
    ++m_database.m_commits;
    return {};
}

} // namespace setia
