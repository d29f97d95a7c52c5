#include "cli/commands/FindCommand.h"

#include "io/CsvWriter.h"
#include "services/Backend.h"
#include "services/CounterService.h"

#include <QFile>

namespace setia {
namespace {

QCommandLineOption limitOption()
{
    return QCommandLineOption(QStringLiteral("limit"),
                              QStringLiteral("At most N matches (default: all)."),
                              QStringLiteral("N"));
}

} // namespace

QString FindCommand::usage() const
{
    return QStringLiteral("  find TEXT [--limit N]                       the counter's matches "
                          "for TEXT, in its\n"
                          "                                              order, as CSV on "
                          "stdout (SPEC §11)\n");
}

QList<QCommandLineOption> FindCommand::options() const
{
    return {limitOption()};
}

QString FindCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                             const Clock&)
{
    if (arguments.isEmpty() || arguments.first().trimmed().isEmpty())
        return tr("find needs the text to look for: digits of a phone, a name or a member code.");
    if (QString extra = extraArguments(arguments, 1); !extra.isEmpty())
        return extra;
    m_text = arguments.first();
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || m_limit < 1)
            return tr("--limit takes a whole number of matches, 1 or more.");
    }
    return {};
}

int FindCommand::run(Backend& backend, const CommandOutput& output)
{
    auto found = backend.counter().find(m_text, m_limit);
    if (!found)
        return output.fail(found.error());
    output.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return output.fail(out.errorString());
    CsvWriter writer(&out, CsvWriter::Bom::Without);
    writer.writeRow(QStringList{QStringLiteral("code"), QStringLiteral("name"),
                                QStringLiteral("phone"), QStringLiteral("last_visit")});
    for (const CounterMatches::Row& row : std::as_const(found->rows))
        writer.writeRow(
            QStringList{row.code, row.name, row.phone, row.lastVisit.toString(Qt::ISODate)});
    if (Status written = writer.commit(); !written)
        return output.fail(written.error());
    return 0;
}

} // namespace setia
