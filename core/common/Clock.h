#pragma once

#include <QDateTime>

namespace setia {

// The current time, injected so that rules about "today" can be tested on fixed dates.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace setia
