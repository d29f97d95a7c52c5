#include "domain/StampCard.h"

namespace setia::stamp {

QString kindId(StampEntryKind kind)
{
    switch (kind) {
    case StampEntryKind::Stamp:
        return QStringLiteral("stamp");
    case StampEntryKind::Reward:
        return QStringLiteral("reward");
    case StampEntryKind::Adjust:
        return QStringLiteral("adjust");
    }
    return {};
}

} // namespace setia::stamp
