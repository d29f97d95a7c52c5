#pragma once

#include "cli/Command.h"

#include <QDate>

namespace setia {

// `setia-cli agenda --date YYYY-MM-DD [--staff NAME]`: the day's agenda (SPEC §13) as CSV on
// stdout: kind,code,name,due,detail.
class AgendaCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("agenda"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    QDate m_day;
    QString m_staff;
};

} // namespace setia
