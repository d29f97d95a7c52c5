#include "domain/Customer.h"

#include <array>

namespace setia::customer {
namespace {

struct SourceName
{
    AcquisitionSource source;
    const char* id;
};

constexpr std::array<SourceName, 9> sourceNames = {{
    {AcquisitionSource::Unknown, ""},
    {AcquisitionSource::WalkIn, "walk_in"},
    {AcquisitionSource::Referral, "referral"},
    {AcquisitionSource::MemberCard, "member_card"},
    {AcquisitionSource::Event, "event"},
    {AcquisitionSource::SalesVisit, "sales_visit"},
    {AcquisitionSource::Exhibition, "exhibition"},
    {AcquisitionSource::Online, "online"},
    {AcquisitionSource::Other, "other"},
}};

} // namespace

QString kindId(CustomerKind kind)
{
    return kind == CustomerKind::Business ? QStringLiteral("business") : QStringLiteral("person");
}

CustomerKind kindFromId(const QString& id)
{
    return id == QLatin1String("business") ? CustomerKind::Business : CustomerKind::Person;
}

QString sourceId(AcquisitionSource source)
{
    for (const SourceName& name : sourceNames) {
        if (name.source == source)
            return QLatin1String(name.id);
    }
    return {};
}

std::optional<AcquisitionSource> sourceFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const SourceName& name : sourceNames) {
        if (wanted == QLatin1String(name.id))
            return name.source;
    }
    return std::nullopt;
}

QString channelId(ConsentChannel channel)
{
    switch (channel) {
    case ConsentChannel::WhatsApp:
        return QStringLiteral("whatsapp");
    case ConsentChannel::Sms:
        return QStringLiteral("sms");
    case ConsentChannel::Email:
        return QStringLiteral("email");
    }
    return {};
}

QStringList suggestedTypes()
{
    return {QStringLiteral("eceran"), QStringLiteral("warung"), QStringLiteral("grosir"),
            QStringLiteral("horeka"), QStringLiteral("konsumen")};
}

} // namespace setia::customer
