#pragma once

#include "common/Clock.h"

#include <QDateTime>

namespace setia::test {

// A Clock whose time only moves when a test moves it. Starts at Sunday 22 November 2026,
// 10:00 local time unless told otherwise.
class FixedClock final : public Clock
{
public:
    static QDateTime defaultNow() { return QDateTime(QDate(2026, 11, 22), QTime(10, 0)); }

    explicit FixedClock(QDateTime now = defaultNow())
        : m_now(std::move(now))
    {}

    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace setia::test
