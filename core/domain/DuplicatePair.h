#pragma once

#include <QString>

namespace setia {

// A customer as the duplicate finder shows them.
struct DuplicateCandidate
{
    qint64 id = 0;
    QString code;
    QString name;
    QString phone; // E.164 or empty
    QString city;
    QString area;

    friend bool operator==(const DuplicateCandidate&, const DuplicateCandidate&) = default;
};

// Two active customers who may be one person (SPEC §2), and why the finder thinks so.
struct DuplicatePair
{
    enum class Reason {
        SamePhone, // the same phone number
        SameName,  // names alike (nameLikeness::key) in the same city
    };

    DuplicateCandidate first; // the one who joined first (the lower id)
    DuplicateCandidate second;
    Reason reason = Reason::SamePhone;
};

} // namespace setia
