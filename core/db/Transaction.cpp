#include "db/Transaction.h"

#include "db/SqlError.h"
#include "db/SqlitePlatform.h"

namespace setia {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
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
    return {};
}

} // namespace setia
