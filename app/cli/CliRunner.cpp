#include "cli/CliRunner.h"

#include "cli/Command.h"
#include "cli/commands/AgendaCommand.h"
#include "cli/commands/BackupCommand.h"
#include "cli/commands/CampaignCommand.h"
#include "cli/commands/CardCommand.h"
#include "cli/commands/CheckCommand.h"
#include "cli/commands/DemoCommand.h"
#include "cli/commands/ExportCommand.h"
#include "cli/commands/FindCommand.h"
#include "cli/commands/ImportCommand.h"
#include "cli/commands/InitCommand.h"
#include "cli/commands/NpsCommand.h"
#include "cli/commands/RestoreCommand.h"
#include "cli/commands/RulesCommand.h"
#include "cli/commands/SegmentsCommand.h"
#include "cli/commands/StatsCommand.h"
#include "cli/commands/TargetsCommand.h"
#include "common/Clock.h"
#include "services/Backend.h"

#include <QCommandLineParser>

#include <algorithm>

namespace setia {
namespace {

// setia-cli's own options, which every command takes.
const QStringList globalOptions = {QStringLiteral("db"), QStringLiteral("lang"),
                                   QStringLiteral("h"), QStringLiteral("help")};

} // namespace

CliRunner::CliRunner(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
    , m_commands(makeCommands())
{}

CliRunner::~CliRunner() = default;

std::vector<std::unique_ptr<Command>> CliRunner::makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<CardCommand>());
    commands.push_back(std::make_unique<SegmentsCommand>());
    commands.push_back(std::make_unique<TargetsCommand>());
    commands.push_back(std::make_unique<FindCommand>());
    commands.push_back(std::make_unique<AgendaCommand>());
    commands.push_back(std::make_unique<NpsCommand>());
    commands.push_back(std::make_unique<CampaignCommand>());
    commands.push_back(std::make_unique<RulesCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    return commands;
}

bool CliRunner::printsDocuments(const QStringList& arguments)
{
    const auto commands = makeCommands();
    return std::any_of(commands.cbegin(), commands.cend(), [&arguments](const auto& command) {
        return command->printsDocuments() && arguments.contains(command->name());
    });
}

QString CliRunner::usage() const
{
    QString text = QStringLiteral("Usage: setia-cli [--db FILE] [--lang id|en] COMMAND [OPTIONS]\n"
                                  "\n"
                                  "Commands:\n");
    for (const auto& command : m_commands)
        text += command->usage();
    text += QStringLiteral(
        "\nExit codes: 0 done, 1 failed, 2 wrong command line, 3 imported with rejected rows.\n");
    return text;
}

int CliRunner::usageError(const QString& message)
{
    m_err << message << '\n' << usage();
    m_err.flush();
    return 2;
}

QString CliRunner::misplaced(const QString& option) const
{
    QStringList owners;
    for (const auto& command : m_commands) {
        const QList<QCommandLineOption> options = command->options();
        if (std::any_of(options.cbegin(), options.cend(), [&option](const auto& declared) {
                return declared.names().contains(option);
            }))
            owners.append(command->name());
    }
    if (owners.size() == 1)
        return tr("--%1 belongs to the %2 command.").arg(option, owners.first());
    const QString last = owners.takeLast();
    return tr("--%1 belongs to the %2 and %3 commands.")
        .arg(option, owners.join(QStringLiteral(", ")), last);
}

int CliRunner::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    // Every command's options, each once (several commands share -o, --paper and --as-of).
    QStringList known = globalOptions;
    for (const auto& command : m_commands) {
        for (const QCommandLineOption& option : command->options()) {
            if (known.contains(option.names().first()))
                continue;
            known += option.names();
            parser.addOption(option);
        }
    }
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usage();
        m_out.flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("Name a command."));
    const auto found =
        std::find_if(m_commands.cbegin(), m_commands.cend(), [&positional](const auto& command) {
            return command->name() == positional.first();
        });
    if (found == m_commands.cend())
        return usageError(tr("Unknown command: %1").arg(positional.first()));
    Command& command = **found;
    const QList<QCommandLineOption> own = command.options();
    for (const QString& option : parser.optionNames()) {
        const bool taken = globalOptions.contains(option) ||
                           std::any_of(own.cbegin(), own.cend(), [&option](const auto& declared) {
                               return declared.names().contains(option);
                           });
        if (!taken)
            return usageError(misplaced(option));
    }
    // The whole command line is checked before the database is opened: a wrong one must not
    // create or change a file.
    SystemClock clock;
    if (QString wrong = command.prepare(positional.mid(1), parser, clock); !wrong.isEmpty())
        return usageError(wrong);

    const CommandOutput output{m_out, m_err};
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Backend::defaultDatabasePath();
    auto backend = Backend::open(path, clock, QStringLiteral("setia-cli"),
                                 command.createsDatabase() ? Backend::Opening::CreateIfMissing
                                                           : Backend::Opening::Existing);
    if (!backend && backend.error().kind() == Error::Kind::NotFound)
        return output.fail(backend.error().message() + QLatin1Char('\n') +
                           tr("To make a new database there: setia-cli --db %1 init").arg(path));
    if (!backend)
        return output.fail(backend.error());
    return command.run(**backend, output);
}

} // namespace setia
