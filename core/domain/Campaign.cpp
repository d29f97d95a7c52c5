#include "domain/Campaign.h"

#include <QCoreApplication>

#include <array>

namespace setia::campaign {
namespace {

struct ChannelName
{
    CampaignChannel channel;
    const char* id;
};

constexpr std::array<ChannelName, 4> channelNames = {{
    {CampaignChannel::WhatsApp, "whatsapp"},
    {CampaignChannel::Sms, "sms"},
    {CampaignChannel::Letter, "letter"},
    {CampaignChannel::Call, "call"},
}};

} // namespace

QList<CampaignChannel> channels()
{
    QList<CampaignChannel> all;
    for (const ChannelName& name : channelNames)
        all.append(name.channel);
    return all;
}

QString channelId(CampaignChannel channel)
{
    for (const ChannelName& name : channelNames)
        if (name.channel == channel)
            return QLatin1String(name.id);
    return {};
}

std::optional<CampaignChannel> channelFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (const ChannelName& name : channelNames)
        if (wanted == QLatin1String(name.id))
            return name.channel;
    return std::nullopt;
}

QString groupId(CampaignGroup group)
{
    return group == CampaignGroup::Holdout ? QStringLiteral("holdout")
                                           : QStringLiteral("treatment");
}

std::optional<CampaignGroup> groupFromId(const QString& id)
{
    if (id == QLatin1String("treatment"))
        return CampaignGroup::Treatment;
    if (id == QLatin1String("holdout"))
        return CampaignGroup::Holdout;
    return std::nullopt;
}

QString channelName(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::WhatsApp:
        return QCoreApplication::translate("Campaign", "WhatsApp");
    case CampaignChannel::Sms:
        return QCoreApplication::translate("Campaign", "SMS");
    case CampaignChannel::Letter:
        return QCoreApplication::translate("Campaign", "Letter");
    case CampaignChannel::Call:
        return QCoreApplication::translate("Campaign", "Phone call");
    }
    return {};
}

} // namespace setia::campaign
