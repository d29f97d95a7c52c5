#include "cli/commands/RulesCommand.h"

#include "common/Clock.h"
#include "io/CsvWriter.h"
#include "services/Backend.h"
#include "services/BusinessRuleService.h"

#include <QFile>

namespace setia {

QString RulesCommand::usage() const
{
    return QStringLiteral("  rules [--as-of YYYY-MM-DD]                  runs the business rules "
                          "(default: today);\n"
                          "                                              what fired as CSV on "
                          "stdout\n");
}

QString RulesCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                              const Clock& clock)
{
    if (QString extra = extraArguments(arguments, 0); !extra.isEmpty())
        return extra;
    QString error;
    const auto day = asOf(parser, error);
    if (!day)
        return error;
    m_asOf = day->isValid() ? *day : clock.today();
    return {};
}

int RulesCommand::run(Backend& backend, const CommandOutput& output)
{
    auto run = backend.businessRules().run(m_asOf);
    if (!run)
        return output.fail(run.error());
    output.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return output.fail(out.errorString());
    CsvWriter writer(&out, CsvWriter::Bom::Without);
    writer.writeRow(QStringList{QStringLiteral("rule"), QStringLiteral("code"),
                                QStringLiteral("name"), QStringLiteral("why"),
                                QStringLiteral("what")});
    for (const RuleFiring& f : std::as_const(run->fired))
        writer.writeRow(QStringList{f.ruleName, f.customerCode, f.customerName, f.why, f.what});
    if (Status written = writer.commit(); !written)
        return output.fail(written.error());
    return 0;
}

} // namespace setia
