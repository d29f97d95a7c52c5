#include "domain/SurveyResponse.h"

#include <array>

namespace setia::survey {
namespace {

struct ChannelName
{
    SurveyChannel channel;
    const char* id;
};

constexpr std::array<ChannelName, 4> channelNames = {{
    {SurveyChannel::Counter, "counter"},
    {SurveyChannel::Paper, "paper"},
    {SurveyChannel::WhatsApp, "whatsapp"},
    {SurveyChannel::Phone, "phone"},
}};

} // namespace

QList<SurveyChannel> channels()
{
    QList<SurveyChannel> all;
    for (const ChannelName& name : channelNames)
        all.append(name.channel);
    return all;
}

QString channelId(SurveyChannel channel)
{
    for (const ChannelName& name : channelNames)
        if (name.channel == channel)
            return QLatin1String(name.id);
    return {};
}

std::optional<SurveyChannel> channelFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (const ChannelName& name : channelNames)
        if (wanted == QLatin1String(name.id))
            return name.channel;
    return std::nullopt;
}

} // namespace setia::survey
