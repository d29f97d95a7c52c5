#pragma once

#include "domain/FollowUp.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace setia {

class FollowUpService;

// The customers with a follow-up open past its due day (SPEC §13), as a list of customers
// shows them: in red, with the late task in the tooltip. refresh() reads them again;
// refreshIfStale() only when the day turned or invalidate() said the follow-ups changed (a
// list reads it with each page: a search's keystrokes must not each read them).
class LateFollowUps
{
    Q_DECLARE_TR_FUNCTIONS(LateFollowUps)

public:
    // The red of late follow-ups wherever a customer appears.
    static QColor colour() { return QColor(0xb7, 0x1c, 0x1c); }

    // False (the marks kept as they were) when they cannot be read.
    bool refresh(const FollowUpService& followUps);
    bool refreshIfStale(const FollowUpService& followUps);
    void invalidate() { m_day = QDate(); }
    bool isLate(qint64 customerId) const { return m_earliest.contains(customerId); }
    // "Tindak lanjut terlambat sejak 20/11/2026: Tagih nota"; empty when none is late.
    QString note(qint64 customerId) const;
    static QString note(const QDate& due, const QString& task);

private:
    QHash<qint64, FollowUp> m_earliest;
    QDate m_day; // of the marks read; invalid: to be read
};

} // namespace setia
