#include "services/AgendaService.h"

#include "analytics/DayAgenda.h"
#include "db/Database.h"
#include "io/CsvWriter.h"
#include "services/SettingsService.h"
#include "stores/AgendaQuery.h"

namespace setia {

struct AgendaService::Cached
{
    QDate day;
    quint64 changes = 0;
    qint64 dataVersion = 0;
    AgendaInputs inputs;
};

AgendaService::AgendaService(Database& database, const AgendaQuery& query,
                             const SettingsService& settings)
    : m_database(database)
    , m_query(query)
    , m_settings(settings)
{}

AgendaService::~AgendaService() = default;

bool AgendaService::holds(const QDate& day, qint64 dataVersion) const
{
    return m_cached && m_cached->day == day && m_cached->changes == m_database.changes() &&
           m_cached->dataVersion == dataVersion;
}

Result<QList<AgendaItem>> AgendaService::forDay(const QDate& day, const QString& staff) const
{
    if (!day.isValid())
        return Error(Error::Kind::Validation, tr("The agenda needs a date."));
    auto rules = m_settings.segmentationRules();
    if (!rules)
        return rules.error();
    auto dataVersion = m_database.dataVersion();
    if (!dataVersion)
        return dataVersion.error();
    if (!holds(day, *dataVersion)) {
        auto inputs = m_query.read(day);
        if (!inputs)
            return inputs.error();
        m_cached = std::make_unique<Cached>(
            Cached{day, m_database.changes(), *dataVersion, std::move(inputs).value()});
    }
    return agenda::build(m_cached->inputs, day, staff, *rules);
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

} // namespace setia
