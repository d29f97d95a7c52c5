#include "relationships/LateFollowUps.h"

#include "domain/DisplayFormat.h"
#include "services/FollowUpService.h"

namespace setia {

bool LateFollowUps::refresh(const FollowUpService& followUps)
{
    auto late = followUps.overdueByCustomer();
    if (!late)
        return false;
    m_earliest = std::move(late).value();
    m_day = followUps.today();
    return true;
}

bool LateFollowUps::refreshIfStale(const FollowUpService& followUps)
{
    return m_day == followUps.today() || refresh(followUps);
}

QString LateFollowUps::note(qint64 customerId) const
{
    const auto found = m_earliest.constFind(customerId);
    if (found == m_earliest.cend())
        return {};
    return note(found->due, found->task);
}

QString LateFollowUps::note(const QDate& due, const QString& task)
{
    return tr("Follow-up late since %1: %2").arg(display::shortDate(due), task);
}

} // namespace setia
