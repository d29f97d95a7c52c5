#pragma once

#include "cli/Command.h"

namespace setia {

// `setia-cli rules [--as-of D]`: runs the business rules as of D (default today) — what the
// app does once a day — and prints what fired as CSV on stdout:
// rule,code,name,why,what. A customer fires a rule once for coming to match it, so a second
// run the same day prints only the header.
class RulesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("rules"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override { return {asOfOption()}; }
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    QDate m_asOf;
};

} // namespace setia
