#pragma once

#include <QDateTime>
#include <QString>

namespace setia {

// What a row of a customer's timeline is (SPEC §13): the record card's sales and payments,
// points, touch points, follow-ups, what the business rules did for them, every step of their
// complaints and their survey answers (SPEC §14).
enum class TimelineKind { Sale, Payment, Points, Interaction, FollowUp, Rule, Complaint, Survey };

// One row of the timeline, as shown and printed.
struct TimelineEntry
{
    TimelineKind kind = TimelineKind::Sale;
    qint64 id = 0;   // the sale's, payment's, points entry's, interaction's, follow-up's, firing's,
                     // the complaint's (each of its steps), the answer's
    QDateTime at;    // when; a follow-up: its due day (open) or when it was done
    QString what;    // "Tunai: 2 × Beras", "Telepon — Tanya stok", a follow-up's task
    QString outcome; // an interaction's or a done follow-up's
    QString staff;
    qint64 amount = 0; // Rupiah of a sale or payment, points of a points entry; 0 otherwise
    bool voided = false;
    bool open = false;    // a follow-up not done yet
    bool overdue = false; // a follow-up open past its due day (shown red)
};

} // namespace setia
