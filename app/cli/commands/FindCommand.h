#pragma once

#include "cli/Command.h"

namespace setia {

// `setia-cli find TEXT [--limit N]`: the counter's matches for TEXT, in its order (SPEC §11),
// as CSV on stdout: code,name,phone,last_visit.
class FindCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("find"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    QString m_text;
    int m_limit = 0; // 0: every match
};

} // namespace setia
