#include "cli/commands/CampaignCommand.h"

#include "analytics/Holdout.h"
#include "io/CsvWriter.h"
#include "services/Backend.h"
#include "services/CampaignService.h"

#include <QDir>

namespace setia {
namespace {

QString tenthsText(qint64 tenths)
{
    const qint64 whole = std::abs(tenths);
    return QStringLiteral("%1%2.%3")
        .arg(tenths < 0 ? QStringLiteral("-") : QString())
        .arg(whole / 10)
        .arg(whole % 10);
}

} // namespace

QString CampaignCommand::usage() const
{
    return QStringLiteral(
        "  campaign create --code C --audience SEGMENT --start YYYY-MM-DD --channel CH\n"
        "           --message TEXT [--window W] [--holdout H] [--name N] [--offer TEXT]\n"
        "                                              a campaign with its audience frozen\n"
        "                                              and split (SPEC §15); CH: whatsapp,\n"
        "                                              sms, letter or call\n"
        "  campaign members C -o FILE.csv              its members: code,name,group,phone\n"
        "  campaign messages C -o FILE.csv             the treatment's messages for a bulk\n"
        "                                              sender\n"
        "  campaign result C                           treatment against holdout as\n"
        "                                              \"key: value\" lines\n");
}

QList<QCommandLineOption> CampaignCommand::options() const
{
    QList<QCommandLineOption> options{outputOption()};
    for (const char* name :
         {"code", "audience", "start", "channel", "message", "window", "holdout", "name", "offer"})
        options.append(QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("VALUE")));
    return options;
}

QString CampaignCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                                 const Clock&)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("create")) {
        if (QString extra = extraArguments(arguments, 1); !extra.isEmpty())
            return extra;
        m_action = Action::Create;
        return prepareCreate(parser);
    }
    const std::pair<const char*, Action> actions[] = {
        {"members", Action::Members}, {"messages", Action::Messages}, {"result", Action::Result}};
    for (const auto& [word, kind] : actions) {
        if (action != QLatin1String(word))
            continue;
        if (QString extra = extraArguments(arguments, 2); !extra.isEmpty())
            return extra;
        if (arguments.size() < 2)
            return tr("campaign %1 needs the campaign's code.").arg(action);
        m_action = kind;
        m_code = arguments.at(1);
        if (kind != Action::Result) {
            if (!parser.isSet(QStringLiteral("output")))
                return tr("campaign %1 needs -o FILE.csv.").arg(action);
            m_output = parser.value(QStringLiteral("output"));
        }
        return {};
    }
    return tr("campaign takes create, members, messages or result.");
}

QString CampaignCommand::prepareCreate(const QCommandLineParser& parser)
{
    for (const char* required : {"code", "audience", "start", "channel", "message"})
        if (!parser.isSet(QLatin1String(required)))
            return tr("campaign create needs --code, --audience, --start, --channel and "
                      "--message.");
    m_draft.code = parser.value(QStringLiteral("code"));
    m_draft.audience = parser.value(QStringLiteral("audience"));
    m_draft.message = parser.value(QStringLiteral("message"));
    m_draft.name = parser.value(QStringLiteral("name"));
    m_draft.offer = parser.value(QStringLiteral("offer"));
    m_draft.start = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
    if (!m_draft.start.isValid())
        return tr("--start takes a date as YYYY-MM-DD, such as 2026-12-01.");
    const auto channel = campaign::channelFromId(parser.value(QStringLiteral("channel")));
    if (!channel)
        return tr("--channel takes whatsapp, sms, letter or call.");
    m_draft.channel = *channel;
    if (parser.isSet(QStringLiteral("window"))) {
        bool ok = false;
        m_draft.windowDays = parser.value(QStringLiteral("window")).toInt(&ok);
        if (!ok || m_draft.windowDays < 1 || m_draft.windowDays > CampaignService::maxWindowDays)
            return tr("--window takes a number of days, 1 to %1.")
                .arg(CampaignService::maxWindowDays);
    }
    if (parser.isSet(QStringLiteral("holdout"))) {
        const auto share = holdout::parseShare(parser.value(QStringLiteral("holdout")));
        if (!share)
            return tr("--holdout takes a share from 0 to 0.5, such as 0.1 (at most 6 "
                      "decimals).");
        m_draft.holdoutPpm = *share;
    }
    return {};
}

int CampaignCommand::run(Backend& backend, const CommandOutput& output)
{
    switch (m_action) {
    case Action::Create:
        return create(backend, output);
    case Action::Members:
    case Action::Messages:
        return writeCsv(backend, output);
    case Action::Result:
        return result(backend, output);
    }
    return 1;
}

int CampaignCommand::create(Backend& backend, const CommandOutput& output)
{
    auto audience = backend.campaigns().preview(m_draft);
    if (!audience)
        return output.fail(audience.error());
    auto created = backend.campaigns().create(m_draft);
    if (!created)
        return output.fail(created.error());
    output.out << "code: " << created->code << '\n'
               << "customers: " << audience->members.size() << '\n'
               << "treatment_customers: " << audience->treatment << '\n'
               << "holdout_customers: " << audience->holdout << '\n'
               << "left_out_bad: " << audience->bad << '\n'
               << "left_out_no_consent: " << audience->withoutConsent << '\n'
               << "left_out_unreachable: " << audience->unreachable << '\n'
               << "detectable_lift_points: "
               << (audience->detectableLiftPoints ? QString::number(*audience->detectableLiftPoints)
                                                  : QString())
               << '\n';
    output.out.flush();
    return 0;
}

int CampaignCommand::writeCsv(Backend& backend, const CommandOutput& output)
{
    if (Status safe = backend.checkTarget(m_output); !safe)
        return output.fail(safe.error());
    auto found = backend.campaigns().findByCode(m_code);
    if (!found)
        return output.fail(found.error());
    auto writer = CsvWriter::create(m_output);
    if (!writer)
        return output.fail(writer.error());
    Status status = m_action == Action::Members
                        ? backend.campaigns().writeMembersCsv(writer.value(), found->id)
                        : backend.campaigns().writeMessagesCsv(writer.value(), found->id);
    if (status)
        status = writer->commit();
    if (!status)
        return output.fail(status.error());
    output.out << "file: " << QDir::toNativeSeparators(m_output) << '\n';
    output.out.flush();
    return 0;
}

int CampaignCommand::result(Backend& backend, const CommandOutput& output)
{
    auto found = backend.campaigns().findByCode(m_code);
    if (!found)
        return output.fail(found.error());
    auto result = backend.campaigns().result(found->id);
    if (!result)
        return output.fail(result.error());
    const CampaignOutcome& o = result->overall;
    output.out << "treatment_customers: " << o.treatment.customers << '\n'
               << "treatment_responders: " << o.treatment.responders << '\n'
               << "holdout_customers: " << o.holdout.customers << '\n'
               << "holdout_responders: " << o.holdout.responders << '\n'
               << "uplift_points: " << (o.upliftTenths ? tenthsText(*o.upliftTenths) : QString())
               << '\n'
               << "incremental_revenue: "
               << (o.incrementalRevenue ? QString::number(*o.incrementalRevenue) : QString())
               << '\n'
               << "p_value: " << (o.pValue ? QString::number(*o.pValue, 'f', 4) : QString())
               << '\n';
    output.out.flush();
    return 0;
}

} // namespace setia
