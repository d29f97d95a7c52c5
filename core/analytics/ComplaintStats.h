#pragma once

#include "analytics/TicketDetails.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace setia {

// How a set of complaints went (the complaints report, SPEC §14): how many, how many heard
// back and were put right within their deadlines, how long that took in opening hours, and
// what the remedies cost.
struct ComplaintFigures
{
    int tickets = 0;
    int finished = 0; // resolved or closed
    // A deadline is decided once it is met or missed: met in time, met late, or missed and
    // still not met (which counts against the shop like a late one).
    int responseDecided = 0;
    int responseOnTime = 0;
    int resolutionDecided = 0;
    int resolutionOnTime = 0;
    qint64 remedyCost = 0;
    QList<qint64> responseSeconds;   // open seconds to the first response, one per answered
    QList<qint64> resolutionSeconds; // open seconds to the resolution, one per resolved

    void add(const TicketDetails& details);
    // The median in open seconds; -1 without any.
    qint64 medianResponseSeconds() const;
    qint64 medianResolutionSeconds() const;
};

// The complaints of a period taken apart: by category, by month and category, the customers
// who complained more than once, and each kind of remedy.
class ComplaintStats
{
public:
    struct Category
    {
        QString category; // as stored: a default's id or the shop's words
        ComplaintFigures figures;
    };
    struct Month
    {
        QDate month; // its first day
        QList<Category> categories;
        ComplaintFigures figures;
    };
    struct RepeatCustomer
    {
        qint64 customerId = 0;
        QString code;
        QString name;
        int tickets = 0;
        QStringList categories; // each once, in the order first complained about
        QDateTime last;
    };
    struct Remedy
    {
        RemedyKind kind = RemedyKind::None;
        int tickets = 0;
        qint64 cost = 0;
    };

    // A customer with at least this many complaints in the period is a repeated one.
    static constexpr int repeatAtLeast = 2;

    // `tickets` are those received in the period.
    explicit ComplaintStats(const QList<TicketDetails>& tickets);

    const ComplaintFigures& total() const { return m_total; }
    // Most complained about first (then by name).
    const QList<Category>& byCategory() const { return m_byCategory; }
    // Oldest month first, each month's categories as byCategory().
    const QList<Month>& byMonth() const { return m_byMonth; }
    // Most complaints first, then the latest.
    const QList<RepeatCustomer>& repeated() const { return m_repeated; }
    // Remedies given (not None), in RemedyKind's order.
    const QList<Remedy>& remedies() const { return m_remedies; }

private:
    ComplaintFigures m_total;
    QList<Category> m_byCategory;
    QList<Month> m_byMonth;
    QList<RepeatCustomer> m_repeated;
    QList<Remedy> m_remedies;
};

} // namespace setia
