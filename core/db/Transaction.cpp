#include "db/Transaction.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <utility>

namespace setia {

Transaction::Transaction(Database& database)
    : m_database(database)
{}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_database.m_openTransactions;
    if (m_nested) {
        m_database.m_doomed = true; // the outer transaction must not commit half of it
    } else {
        m_database.connection().rollback();
        ++m_database.m_changes;
        ++m_database.m_rollbacks;
        m_database.m_afterCommit.clear(); // what it would have announced never happened
    }
}

Status Transaction::begin()
{
    if (m_database.m_openTransactions > 0) {
        m_nested = true;
    } else {
        QSqlDatabase db = m_database.connection();
        if (Status status = m_database.dialect().beginWrite(db); !status)
            return status;
        m_database.m_doomed = false;
    }
    m_active = true;
    ++m_database.m_openTransactions;
    return {};
}

Status Transaction::begin(const std::function<bool(int waitedSeconds)>& waiting)
{
    if (!waiting || m_database.m_openTransactions > 0)
        return begin();
    QSqlDatabase db = m_database.connection();
    const SqlDialect& dialect = m_database.dialect();
    constexpr int stepMs = 1000;
    if (Status status = dialect.setLockTimeout(db, stepMs); !status)
        return status;
    Status begun;
    for (int waited = 1;; ++waited) {
        begun = begin();
        if (begun || begun.error().kind() != Error::Kind::Busy || !waiting(waited))
            break;
    }
    if (Status restored = dialect.setLockTimeout(db, dialect.lockTimeoutMs()); !restored)
        return restored;
    return begun;
}

Status Transaction::commit()
{
    if (m_nested) {
        m_active = false;
        --m_database.m_openTransactions;
        return {};
    }
    if (m_database.m_doomed)
        return Error(Error::Kind::Database,
                     QCoreApplication::translate("Transaction",
                                                 "A part of this change failed, so none of it "
                                                 "was saved. Try again."));
    QSqlDatabase db = m_database.connection();
    if (!db.commit())
        return SqlError::from(db);
    m_active = false;
    --m_database.m_openTransactions;
    ++m_database.m_changes;
    // Taken out first: what runs may begin transactions of its own.
    const auto committed = std::exchange(m_database.m_afterCommit, {});
    for (const auto& then : committed)
        then();
    return {};
}

} // namespace setia
