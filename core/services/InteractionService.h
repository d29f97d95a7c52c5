#pragma once

#include "common/Result.h"
#include "domain/Interaction.h"
#include "services/BulkOptions.h"

#include <QList>
#include <QObject>

namespace setia {

class Clock;
class CustomerStore;
class Database;
class InteractionStore;

// Touch points with customers (SPEC §13): a call, a visit, a message, a meeting or a note,
// logged with who and when (filled in), what was said and what came of it.
class InteractionService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxSummaryLength = 1000;
    static constexpr int maxOutcomeLength = 300;
    static constexpr int maxStaffLength = 60;

    // `staff` is who logs, until user accounts exist.
    InteractionService(Database& database, InteractionStore& interactions,
                       const CustomerStore& customers, const Clock& clock, QString staff,
                       QObject* parent = nullptr);

    // Trims and checks a draft; an empty time is now, an empty staff the one logging.
    // Error::Kind::Validation names the field at fault.
    Result<Interaction> validated(Interaction draft) const;
    // Saves it (its own transaction, or the caller's).
    Result<Interaction> log(Interaction draft);
    // Saves many (an import of a notebook of past calls) in one transaction, each checked as
    // validated() does; a dry run checks and rolls back. How many were saved.
    Result<qint64> logMany(QList<Interaction> drafts, const BulkOptions& options);
    // A customer's interactions, newest first.
    Result<QList<Interaction>> forCustomer(qint64 customerId) const;

    const QString& staff() const { return m_staff; }

Q_SIGNALS:
    // After the commit.
    void interactionLogged(qint64 interactionId, qint64 customerId);
    // After the commit of many (an import, an undone import).
    void interactionsChanged();

private:
    Database& m_database;
    InteractionStore& m_interactions;
    const CustomerStore& m_customers;
    const Clock& m_clock;
    QString m_staff;
};

} // namespace setia
