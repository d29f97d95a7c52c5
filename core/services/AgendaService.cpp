#include "services/AgendaService.h"

#include "analytics/DayAgenda.h"
#include "db/Database.h"
#include "domain/AgendaTexts.h"
#include "domain/PhoneNumber.h"
#include "io/CsvWriter.h"
#include "services/SettingsService.h"
#include "services/TicketService.h"
#include "stores/AgendaQuery.h"

#include <QLocale>
#include <QMap>

namespace setia {

struct AgendaService::Cached
{
    QDate day;
    quint64 changes = 0;
    qint64 dataVersion = 0;
    AgendaInputs inputs;
};

AgendaService::AgendaService(Database& database, const AgendaQuery& query,
                             const TicketService& tickets, const SettingsService& settings)
    : m_database(database)
    , m_query(query)
    , m_tickets(tickets)
    , m_settings(settings)
{}

AgendaService::~AgendaService() = default;

bool AgendaService::holds(const QDate& day, qint64 dataVersion) const
{
    return m_cached && m_cached->day == day && m_cached->changes == m_database.changes() &&
           m_cached->dataVersion == dataVersion;
}

Result<const AgendaInputs*> AgendaService::inputsFor(const QDate& day) const
{
    if (!day.isValid())
        return Error(Error::Kind::Validation, tr("The agenda needs a date."));
    auto dataVersion = m_database.dataVersion();
    if (!dataVersion)
        return dataVersion.error();
    if (!holds(day, *dataVersion)) {
        m_cached.reset();
        auto inputs = m_query.read(day);
        if (!inputs)
            return inputs.error();
        auto tickets = dueTickets();
        if (!tickets)
            return tickets.error();
        inputs->tickets = std::move(tickets).value();
        m_cached = std::make_unique<Cached>(
            Cached{day, m_database.changes(), *dataVersion, std::move(inputs).value()});
    }
    return &m_cached->inputs;
}

Result<QList<DueTicket>> AgendaService::dueTickets() const
{
    auto queue = m_tickets.queue();
    if (!queue)
        return queue.error();
    QList<DueTicket> due;
    for (const TicketDetails& d : std::as_const(*queue)) {
        // The deadline it works towards does not depend on the moment asked.
        const QDateTime pending = TicketClock::pendingDue(d.ticket, d.clock);
        if (pending.isValid())
            due.append(
                {d.ticket.id, d.ticket.customerId, d.ticket.number, d.ticket.staff, pending});
    }
    return due;
}

Result<QList<AgendaItem>> AgendaService::forDay(const QDate& day, const QString& staff) const
{
    auto rules = m_settings.segmentationRules();
    if (!rules)
        return rules.error();
    auto inputs = inputsFor(day);
    if (!inputs)
        return inputs.error();
    return agenda::build(**inputs, day, staff, *rules);
}

bool AgendaService::isReady(const QDate& day) const
{
    auto dataVersion = m_database.dataVersion();
    return dataVersion && holds(day, *dataVersion);
}

Result<QStringList> AgendaService::staff(const QDate& day) const
{
    auto inputs = inputsFor(day);
    if (!inputs)
        return inputs.error();
    QMap<QString, QString> byKey; // folded → as first written
    const auto add = [&byKey](const QString& name) {
        const QString shown = name.trimmed();
        if (!shown.isEmpty())
            byKey.insert(shown.toCaseFolded(), shown);
    };
    for (const AgendaCustomer& c : (*inputs)->customers)
        add(c.salesperson);
    for (const FollowUp& f : (*inputs)->followUps)
        add(f.staff);
    for (const DueTicket& t : (*inputs)->tickets)
        add(t.staff);
    return QStringList(byKey.cbegin(), byKey.cend());
}

void AgendaService::writeCsv(CsvWriter& writer, const QList<AgendaItem>& items)
{
    writer.writeRow(QStringList{QStringLiteral("kind"), QStringLiteral("code"),
                                QStringLiteral("name"), QStringLiteral("due"),
                                QStringLiteral("detail")});
    for (const AgendaItem& item : items)
        writer.writeRow(QStringList{agenda::kindId(item.kind), item.code, item.name,
                                    item.due.toString(Qt::ISODate), item.detail()});
}

TabularReport AgendaService::dayList(const QList<AgendaItem>& items, const QDate& day,
                                     const QString& staff)
{
    using Column = TabularReport::Column;
    const QString whose = staff.trimmed().isEmpty() ? tr("everyone") : staff.trimmed();
    TabularReport report(
        tr("Today's work list"),
        tr("%1 · %2").arg(QLocale().toString(day, QStringLiteral("dddd, d MMMM yyyy")), whose),
        {Column{tr("No."), QStringLiteral("no"), 4, ReportTable::Align::Right},
         Column{tr("Kind"), QStringLiteral("kind"), 10},
         Column{tr("Code"), QStringLiteral("code"), 10},
         Column{tr("Name"), QStringLiteral("name"), 17},
         Column{tr("Phone"), QStringLiteral("phone"), 16},
         Column{tr("What"), QStringLiteral("detail"), 23},
         Column{tr("Done"), QStringLiteral("done"), 8},
         Column{tr("Outcome"), QStringLiteral("outcome"), 12}});
    int number = 0;
    for (const AgendaItem& item : items) {
        ++number;
        const QString no = QString::number(number);
        const QString phone = PhoneNumber::formatNational(item.phone);
        const QString what = AgendaTexts::detail(item, day);
        report.addRow({no, AgendaTexts::kindName(item.kind), item.code, item.name, phone, what,
                       QStringLiteral("☐"), QString()},
                      {qint64(number), agenda::kindId(item.kind), item.code, item.name, item.phone,
                       what, QString(), QString()});
    }
    report.setNote(tr("%n row(s). Tick what was done and write what came of it; enter it in "
                      "Setia as a contact so that the customer's timeline holds it.",
                      nullptr, int(items.size())));
    return report;
}

} // namespace setia
