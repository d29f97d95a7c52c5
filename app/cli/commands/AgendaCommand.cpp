#include "cli/commands/AgendaCommand.h"

#include "common/Clock.h"
#include "io/CsvWriter.h"
#include "services/AgendaService.h"
#include "services/Backend.h"

#include <QFile>

namespace setia {

QString AgendaCommand::usage() const
{
    return QStringLiteral("  agenda [--date YYYY-MM-DD] [--staff NAME]   the day's agenda "
                          "(default: today) as CSV\n"
                          "                                              on stdout (SPEC §13)\n");
}

QList<QCommandLineOption> AgendaCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("date"), QString(), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("staff"),
                               QStringLiteral("Only this staff member's agenda."),
                               QStringLiteral("NAME"))};
}

QString AgendaCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                               const Clock& clock)
{
    if (QString extra = extraArguments(arguments, 0); !extra.isEmpty())
        return extra;
    m_day = clock.today();
    if (parser.isSet(QStringLiteral("date"))) {
        m_day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!m_day.isValid())
            return tr("--date takes a date as YYYY-MM-DD, such as 2026-08-17.");
    }
    m_staff = parser.value(QStringLiteral("staff")).trimmed();
    if (parser.isSet(QStringLiteral("staff")) && m_staff.isEmpty())
        return tr("--staff needs the name of a staff member.");
    return {};
}

int AgendaCommand::run(Backend& backend, const CommandOutput& output)
{
    auto items = backend.agenda().forDay(m_day, m_staff);
    if (!items)
        return output.fail(items.error());
    output.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return output.fail(out.errorString());
    CsvWriter writer(&out, CsvWriter::Bom::Without);
    AgendaService::writeCsv(writer, *items);
    if (Status written = writer.commit(); !written)
        return output.fail(written.error());
    return 0;
}

} // namespace setia
