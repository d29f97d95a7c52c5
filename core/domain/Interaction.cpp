#include "domain/Interaction.h"

#include <array>

namespace setia::interaction {
namespace {

struct KindName
{
    InteractionKind kind;
    const char* id;
};

constexpr std::array<KindName, 7> kindNames = {{
    {InteractionKind::Call, "call"},
    {InteractionKind::Visit, "visit"},
    {InteractionKind::WhatsApp, "whatsapp"},
    {InteractionKind::Sms, "sms"},
    {InteractionKind::Email, "email"},
    {InteractionKind::Meeting, "meeting"},
    {InteractionKind::Note, "note"},
}};

} // namespace

QList<InteractionKind> kinds()
{
    QList<InteractionKind> all;
    for (const KindName& name : kindNames)
        all.append(name.kind);
    return all;
}

QString kindId(InteractionKind kind)
{
    for (const KindName& name : kindNames)
        if (name.kind == kind)
            return QLatin1String(name.id);
    return {};
}

std::optional<InteractionKind> kindFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (const KindName& name : kindNames)
        if (wanted == QLatin1String(name.id))
            return name.kind;
    return std::nullopt;
}

} // namespace setia::interaction
