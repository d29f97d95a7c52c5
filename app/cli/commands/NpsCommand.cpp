#include "cli/commands/NpsCommand.h"

#include "io/CsvWriter.h"
#include "services/Backend.h"

#include <QFile>

namespace setia {

QString NpsCommand::usage() const
{
    return QStringLiteral(
        "  nps --from YYYY-MM-DD --to YYYY-MM-DD [--by lifecycle|tier|rfm_segment|type|area]\n"
        "                                              NPS over the period as CSV on stdout\n"
        "                                              (SPEC §14)\n");
}

QList<QCommandLineOption> NpsCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("from"), QString(), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("to"), QString(), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("by"), QString(), QStringLiteral("GROUPING"))};
}

QString NpsCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                            const Clock&)
{
    if (QString extra = extraArguments(arguments, 0); !extra.isEmpty())
        return extra;
    for (const auto& [option, date] :
         {std::pair{QStringLiteral("from"), &m_from}, std::pair{QStringLiteral("to"), &m_to}}) {
        if (!parser.isSet(option))
            return tr("nps needs --from and --to, each a date as YYYY-MM-DD.");
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date->isValid())
            return tr("--%1 takes a date as YYYY-MM-DD, such as 2026-08-17.").arg(option);
    }
    if (m_to < m_from)
        return tr("--to is before --from: give the period's first day, then its last.");
    if (parser.isSet(QStringLiteral("by"))) {
        const auto by = SurveyService::groupingFromId(parser.value(QStringLiteral("by")));
        if (!by)
            return tr("--by takes lifecycle, tier, rfm_segment, type or area.");
        m_by = *by;
    }
    return {};
}

int NpsCommand::run(Backend& backend, const CommandOutput& output)
{
    output.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return output.fail(out.errorString());
    CsvWriter writer(&out, CsvWriter::Bom::Without);
    if (Status status = backend.surveys().writeCsv(writer, m_from, m_to, m_by); !status)
        return output.fail(status.error());
    if (Status written = writer.commit(); !written)
        return output.fail(written.error());
    return 0;
}

} // namespace setia
