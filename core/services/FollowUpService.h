#pragma once

#include "common/Result.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace setia {

class Clock;
class CustomerStore;
class Database;
class FollowUpStore;
class InteractionService;

// Follow-ups (SPEC §13): what to do about a customer, by whom, by when; done with an outcome
// that becomes an interaction on the customer's timeline. Never deleted.
class FollowUpService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxTaskLength = 200;

    // A quick way to make one: what to do, and in how many days.
    struct Preset
    {
        QString task;
        InteractionKind kind = InteractionKind::Call; // how it will most likely be done
        int days = 0;
    };

    // `staff` is who creates them, and whose they are unless told, until user accounts exist.
    FollowUpService(Database& database, FollowUpStore& followUps, InteractionService& interactions,
                    const CustomerStore& customers, const Clock& clock, QString staff,
                    QObject* parent = nullptr);

    // "Telepon dalam 3 hari", "Kunjungi minggu depan", … (translated).
    static QList<Preset> presets();
    // A follow-up of `preset` for the customer, due that many days from today.
    FollowUp fromPreset(qint64 customerId, const Preset& preset) const;

    // Saves a new follow-up; an empty staff is the one creating it. The due date may be in
    // the past (a task noted late) but must be given.
    Result<FollowUp> create(FollowUp draft);
    // Done now, with `outcome`: the follow-up is closed and an interaction of `kind` logged
    // (what to do as its summary), in one transaction. Refused when it was done already.
    Result<Interaction> complete(qint64 followUpId, InteractionKind kind, const QString& outcome);
    // A customer's follow-ups: open ones by due date, then done ones, newest first.
    Result<QList<FollowUp>> forCustomer(qint64 customerId) const;
    // Each customer's earliest follow-up open past its due day (before today): the lists mark
    // them red.
    Result<QHash<qint64, FollowUp>> overdueByCustomer() const;
    // The day "overdue" is counted from.
    QDate today() const;

Q_SIGNALS:
    // After the commit: one was added or done.
    void followUpsChanged(qint64 customerId);

private:
    Database& m_database;
    FollowUpStore& m_followUps;
    InteractionService& m_interactions;
    const CustomerStore& m_customers;
    const Clock& m_clock;
    QString m_staff;
};

} // namespace setia
