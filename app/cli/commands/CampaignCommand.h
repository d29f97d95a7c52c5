#pragma once

#include "cli/Command.h"
#include "domain/Campaign.h"

namespace setia {

// `setia-cli campaign create|members|messages|result …` (SPEC §15): a campaign created from a
// segment with its audience frozen and split by the holdout's hash; its members as CSV; its
// filled-in messages for a bulk sender; its result against the holdout as `key: value` lines.
class CampaignCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("campaign"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    enum class Action { Create, Members, Messages, Result };

    QString prepareCreate(const QCommandLineParser& parser);
    int create(Backend& backend, const CommandOutput& output);
    int writeCsv(Backend& backend, const CommandOutput& output);
    int result(Backend& backend, const CommandOutput& output);

    Action m_action = Action::Create;
    Campaign m_draft;
    QString m_code;
    QString m_output;
};

} // namespace setia
