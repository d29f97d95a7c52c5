#pragma once

#include "common/Result.h"
#include "domain/Agenda.h"
#include "reports/TabularReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>

namespace setia {

class AgendaQuery;
class CsvWriter;
class Database;
class SettingsService;
class TicketService;
struct AgendaInputs;
struct DueTicket;

// The day's agenda of SPEC §13 — follow-ups due, complaints past a deadline (§14), birthdays of the
// coming week, receivables falling due or overdue, customers out of touch for longer than their
// contact interval — for a day and optionally one staff member. What it is made of is read once per
// day and kept until the database changes, so asking again for another staff member costs nothing.
class AgendaService
{
    Q_DECLARE_TR_FUNCTIONS(AgendaService)

public:
    AgendaService(Database& database, const AgendaQuery& query, const TicketService& tickets,
                  const SettingsService& settings);
    ~AgendaService();

    Result<QList<AgendaItem>> forDay(const QDate& day, const QString& staff = {}) const;
    // Whether forDay(day) answers at once (nothing to read from the file first).
    bool isReady(const QDate& day) const;
    // Whose agenda the day can be narrowed to: every salesperson of a customer and everyone a
    // follow-up due by then is for, each once (ignoring case), sorted.
    Result<QStringList> staff(const QDate& day) const;

    // The CSV of SPEC §13 (`setia-cli agenda`): kind,code,name,due,detail.
    static void writeCsv(CsvWriter& writer, const QList<AgendaItem>& items);
    // The printed day list: one numbered row per item, with room to tick it done and to
    // write what came of it.
    static TabularReport dayList(const QList<AgendaItem>& items, const QDate& day,
                                 const QString& staff);

private:
    bool holds(const QDate& day, qint64 dataVersion) const;
    // The inputs of `day`, read from the file unless they are held already.
    Result<const AgendaInputs*> inputsFor(const QDate& day) const;
    // The unfinished tickets whose clocks run, with the deadline each works towards.
    Result<QList<DueTicket>> dueTickets() const;

    Database& m_database;
    const AgendaQuery& m_query;
    const TicketService& m_tickets;
    const SettingsService& m_settings;
    struct Cached;
    mutable std::unique_ptr<Cached> m_cached;
};

} // namespace setia
