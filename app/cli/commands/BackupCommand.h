#pragma once

#include "cli/Command.h"

namespace setia {

// `setia-cli backup FILE`: a verified copy of the database at FILE (SPEC §12).
class BackupCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString usage() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    QString m_target;
};

} // namespace setia
