#pragma once

#include "cli/Command.h"

namespace setia {

// `setia-cli restore FILE`: the backup FILE in place of the database's contents, verified
// first and after a backup of what is there now (SPEC §12).
class RestoreCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    bool createsDatabase() const override { return true; }
    QString usage() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    QString m_source;
};

} // namespace setia
