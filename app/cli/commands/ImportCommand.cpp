#include "cli/commands/ImportCommand.h"

#include "io/CsvColumns.h"
#include "io/RejectsFile.h"
#include "services/Backend.h"
#include "services/exchange/ImportService.h"

#include <QDir>
#include <QFileInfo>

namespace setia {

QString ImportCommand::usage() const
{
    return QStringLiteral(
        "  import customers|products|sales|payments|interactions|surveys|tickets FILE.csv\n"
        "         [--dry-run] [--rejects FILE]\n"
        "                                              import a CSV file (SPEC §8)\n");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("dry-run")),
            QCommandLineOption(QStringLiteral("rejects"), QString(), QStringLiteral("FILE"))};
}

QString ImportCommand::kindAndFile(const QString& command, const QStringList& arguments,
                                   ImportKind& kind)
{
    if (arguments.size() < 2)
        return tr("%1 needs what (customers, products, sales, payments, interactions, surveys or "
                  "tickets) and a file name.")
            .arg(command);
    const auto found = CsvColumns::kindFromId(arguments.at(0));
    if (!found)
        return tr("Cannot %1 \"%2\": choose customers, products, sales, payments, interactions, "
                  "surveys or tickets.")
            .arg(command, arguments.at(0));
    kind = *found;
    return extraArguments(arguments, 2);
}

QString ImportCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                               const Clock&)
{
    if (QString wrong = kindAndFile(name(), arguments, m_kind); !wrong.isEmpty())
        return wrong;
    m_file = arguments.at(1);
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_rejects = parser.value(QStringLiteral("rejects"));
    return {};
}

int ImportCommand::run(Backend& backend, const CommandOutput& output)
{
    // A rejects file over the database is refused before anything is imported.
    if (!m_rejects.isEmpty()) {
        if (Status safe = backend.checkTarget(m_rejects); !safe)
            return output.fail(safe.error());
    }
    ImportOptions options;
    options.dryRun = m_dryRun;
    // Another long writer (an import in the app, say) is waited for, up to ten minutes,
    // instead of failing after a few seconds.
    options.waiting = [&output](int waitedSeconds) {
        constexpr int patienceSeconds = 600;
        if (waitedSeconds == 1) {
            output.err << tr("Another program is writing to the database; waiting for it to "
                             "finish (up to %1 minutes)…")
                              .arg(patienceSeconds / 60)
                       << '\n';
            output.err.flush();
        }
        return waitedSeconds < patienceSeconds;
    };
    auto report = backend.imports().run(m_kind, m_file, options);
    if (!report)
        return output.fail(report.error());
    output.out << "rows: " << report->rows << '\n'
               << "accepted: " << report->acceptedRows << '\n'
               << "rejected: " << report->rejected.size() << '\n'
               << "created: " << report->created << '\n'
               << "encoding: " << report->encoding << '\n'
               << "dry_run: " << (m_dryRun ? "yes" : "no") << '\n';
    output.out.flush();
    for (const RejectedRow& row : std::as_const(report->rejected))
        output.err << tr("line %1: %2").arg(row.line).arg(row.reason) << '\n';
    if (!report->rejected.isEmpty() && !m_dryRun) {
        const QFileInfo input(m_file);
        const QString path =
            m_rejects.isEmpty()
                ? input.dir().filePath(input.completeBaseName() + QStringLiteral(".rejects.csv"))
                : m_rejects;
        Status status = backend.checkTarget(path);
        if (status)
            status = RejectsFile::write(*report, path);
        if (!status)
            output.err << Command::tr("Error: %1").arg(status.error().message()) << '\n';
        else
            output.err << tr("The rejected rows were written to %1; correct them there and "
                             "import that file.")
                              .arg(QDir::toNativeSeparators(path))
                       << '\n';
    }
    output.err.flush();
    return report->rejected.isEmpty() ? 0 : 3;
}

} // namespace setia
