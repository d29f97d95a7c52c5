#include "cli/commands/CheckCommand.h"

#include "services/Backend.h"
#include "services/DataSafetyService.h"

namespace setia {

QString CheckCommand::usage() const
{
    return QStringLiteral("  check                                       the file and Setia's "
                          "rules checked; exit 1\n"
                          "                                              with one line per "
                          "problem (SPEC §12)\n");
}

QString CheckCommand::prepare(const QStringList& arguments, const QCommandLineParser&, const Clock&)
{
    return extraArguments(arguments, 0);
}

int CheckCommand::run(Backend& backend, const CommandOutput& output)
{
    auto problems = backend.safety().check();
    if (!problems)
        return output.fail(problems.error());
    if (problems->isEmpty()) {
        output.out << tr("No problems found.") << '\n';
        output.out.flush();
        return 0;
    }
    for (const QString& problem : std::as_const(*problems))
        output.out << problem << '\n';
    output.out.flush();
    return 1;
}

} // namespace setia
