#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace setia {

// A task about a customer (SPEC §13): what to do, by whom, by when. Done with an outcome, which
// becomes an interaction; never deleted.
struct FollowUp
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate due;
    QString staff;
    QString task;
    QDateTime doneAt; // null while open
    QString outcome;
    QDateTime createdAt;
    QString createdBy;

    bool done() const { return doneAt.isValid(); }
    // Open and due before `day`: shown red wherever the customer appears.
    bool overdueOn(const QDate& day) const { return !done() && due.isValid() && due < day; }

    friend bool operator==(const FollowUp&, const FollowUp&) = default;
};

} // namespace setia
