#include "cli/commands/RestoreCommand.h"

#include "services/Backend.h"
#include "services/DataSafetyService.h"

#include <QDir>

namespace setia {

QString RestoreCommand::usage() const
{
    return QStringLiteral("  restore FILE                                a verified backup in "
                          "place of the data, the\n"
                          "                                              data before it backed "
                          "up first (SPEC §12)\n");
}

QString RestoreCommand::prepare(const QStringList& arguments, const QCommandLineParser&,
                                const Clock&)
{
    if (arguments.isEmpty() || arguments.first().trimmed().isEmpty())
        return tr("restore needs the backup file to put back.");
    if (QString extra = extraArguments(arguments, 1); !extra.isEmpty())
        return extra;
    m_source = arguments.first();
    return {};
}

int RestoreCommand::run(Backend& backend, const CommandOutput& output)
{
    QString savedAs;
    auto summary = backend.safety().restore(m_source, &savedAs);
    if (!summary)
        return output.fail(summary.error());
    output.out << tr("Restored %1 (data version %2, %3 customers, %4 sales). The data before "
                     "it is in %5.")
                      .arg(QDir::toNativeSeparators(m_source))
                      .arg(summary->schemaVersion)
                      .arg(summary->rows.value(QStringLiteral("customers")))
                      .arg(summary->rows.value(QStringLiteral("sales")))
                      .arg(QDir::toNativeSeparators(savedAs))
               << '\n';
    output.out.flush();
    return 0;
}

} // namespace setia
