#include "cli/commands/InitCommand.h"

#include "services/Backend.h"

#include <QDir>

namespace setia {

QString InitCommand::usage() const
{
    return QStringLiteral(
        "  init                                        create or upgrade the database\n");
}

QString InitCommand::prepare(const QStringList& arguments, const QCommandLineParser&, const Clock&)
{
    return extraArguments(arguments, 0);
}

int InitCommand::run(Backend& backend, const CommandOutput& output)
{
    output.out << tr("Database ready: %1 (data version %2)")
                      .arg(QDir::toNativeSeparators(backend.databasePath()))
                      .arg(backend.schemaVersion())
               << '\n';
    if (!backend.upgradeBackupPath().isEmpty())
        output.out << tr("The file was upgraded; its earlier version was copied to %1")
                          .arg(QDir::toNativeSeparators(backend.upgradeBackupPath()))
                   << '\n';
    output.out.flush();
    return 0;
}

} // namespace setia
