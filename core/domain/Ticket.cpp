#include "domain/Ticket.h"

#include <QStringList>

#include <array>

namespace setia::ticket {
namespace {

template <typename Enum>
struct IdName
{
    Enum value;
    const char* id;
};

constexpr std::array<IdName<TicketStatus>, 5> statusNames = {{
    {TicketStatus::Open, "open"},
    {TicketStatus::InProgress, "in_progress"},
    {TicketStatus::Waiting, "waiting"},
    {TicketStatus::Resolved, "resolved"},
    {TicketStatus::Closed, "closed"},
}};

constexpr std::array<IdName<TicketPriority>, 3> priorityNames = {{
    {TicketPriority::Low, "low"},
    {TicketPriority::Normal, "normal"},
    {TicketPriority::High, "high"},
}};

constexpr std::array<IdName<RemedyKind>, 6> remedyNames = {{
    {RemedyKind::None, "none"},
    {RemedyKind::Refund, "refund"},
    {RemedyKind::Credit, "credit"},
    {RemedyKind::FreeItem, "free_item"},
    {RemedyKind::Points, "points"},
    {RemedyKind::Other, "other"},
}};

constexpr std::array<IdName<TicketEventKind>, 5> eventNames = {{
    {TicketEventKind::Opened, "opened"},
    {TicketEventKind::Status, "status"},
    {TicketEventKind::Response, "response"},
    {TicketEventKind::Note, "note"},
    {TicketEventKind::Remedy, "remedy"},
}};

template <typename Enum, std::size_t N>
QList<Enum> all(const std::array<IdName<Enum>, N>& names)
{
    QList<Enum> values;
    for (const auto& name : names)
        values.append(name.value);
    return values;
}

template <typename Enum, std::size_t N>
QString idOf(const std::array<IdName<Enum>, N>& names, Enum value)
{
    for (const auto& name : names)
        if (name.value == value)
            return QLatin1String(name.id);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<IdName<Enum>, N>& names, const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (const auto& name : names)
        if (wanted == QLatin1String(name.id))
            return name.value;
    return std::nullopt;
}

} // namespace

QList<TicketStatus> statuses()
{
    return all(statusNames);
}

QString statusId(TicketStatus status)
{
    return idOf(statusNames, status);
}

std::optional<TicketStatus> statusFromId(const QString& id)
{
    return fromId(statusNames, id);
}

QList<TicketPriority> priorities()
{
    return all(priorityNames);
}

QString priorityId(TicketPriority priority)
{
    return idOf(priorityNames, priority);
}

std::optional<TicketPriority> priorityFromId(const QString& id)
{
    return fromId(priorityNames, id);
}

QList<RemedyKind> remedies()
{
    return all(remedyNames);
}

QString remedyId(RemedyKind remedy)
{
    return idOf(remedyNames, remedy);
}

std::optional<RemedyKind> remedyFromId(const QString& id)
{
    return fromId(remedyNames, id);
}

QString eventKindId(TicketEventKind kind)
{
    return idOf(eventNames, kind);
}

std::optional<TicketEventKind> eventKindFromId(const QString& id)
{
    return fromId(eventNames, id);
}

QStringList defaultCategories()
{
    return {QStringLiteral("product"), QStringLiteral("service"), QStringLiteral("price"),
            QStringLiteral("delivery"), QStringLiteral("other")};
}

bool canMove(TicketStatus from, TicketStatus to)
{
    if (from == to)
        return false;
    switch (from) {
    case TicketStatus::Open:
        return true;
    case TicketStatus::InProgress:
    case TicketStatus::Waiting:
        return to != TicketStatus::Open && to != TicketStatus::Closed;
    case TicketStatus::Resolved:
        return to == TicketStatus::Closed || to == TicketStatus::InProgress;
    case TicketStatus::Closed:
        return false;
    }
    return false;
}

QString number(const QDate& day, int sequence)
{
    return QStringLiteral("KL%1-%2")
        .arg(day.toString(QStringLiteral("yyMMdd")))
        .arg(sequence, 3, 10, QLatin1Char('0'));
}

} // namespace setia::ticket
