#include "cli/commands/BackupCommand.h"

#include "services/Backend.h"
#include "services/DataSafetyService.h"

#include <QDir>

namespace setia {

QString BackupCommand::usage() const
{
    return QStringLiteral("  backup FILE                                 a verified copy of the "
                          "database (SPEC §12)\n");
}

QString BackupCommand::prepare(const QStringList& arguments, const QCommandLineParser&,
                               const Clock&)
{
    if (arguments.isEmpty() || arguments.first().trimmed().isEmpty())
        return tr("backup needs the file to write the copy to.");
    if (QString extra = extraArguments(arguments, 1); !extra.isEmpty())
        return extra;
    m_target = arguments.first();
    return {};
}

int BackupCommand::run(Backend& backend, const CommandOutput& output)
{
    auto summary = backend.safety().backup(m_target);
    if (!summary)
        return output.fail(summary.error());
    output.out << tr("Backed up and checked: %1 (data version %2, %3 customers, %4 sales)")
                      .arg(QDir::toNativeSeparators(m_target))
                      .arg(summary->schemaVersion)
                      .arg(summary->rows.value(QStringLiteral("customers")))
                      .arg(summary->rows.value(QStringLiteral("sales")))
               << '\n';
    output.out.flush();
    return 0;
}

} // namespace setia
