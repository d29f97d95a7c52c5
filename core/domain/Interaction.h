#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace setia {

// How the shop and the customer were in touch (SPEC §13). Stored by id ("call", …).
enum class InteractionKind { Call, Visit, WhatsApp, Sms, Email, Meeting, Note };

// A touch point with a customer: a call, a visit, a message, a meeting or a note, when and by
// whom, what was said and what came of it; optionally the sale it led to, or the follow-up it
// completed.
struct Interaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    InteractionKind kind = InteractionKind::Call;
    QDateTime at;
    QString staff;
    QString summary;
    QString outcome;
    qint64 saleId = 0;     // 0: none
    qint64 followUpId = 0; // the follow-up it completed, 0 for none
    QDateTime createdAt;

    friend bool operator==(const Interaction&, const Interaction&) = default;
};

namespace interaction {
// Every kind, in SPEC §13's order (how lists offer them).
QList<InteractionKind> kinds();
QString kindId(InteractionKind kind);
// nullopt for an id that is not one of SPEC §13's.
std::optional<InteractionKind> kindFromId(const QString& id);
} // namespace interaction

} // namespace setia
