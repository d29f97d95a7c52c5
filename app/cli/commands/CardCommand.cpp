#include "cli/commands/CardCommand.h"

#include "common/Clock.h"
#include "reports/CustomerCardReport.h"
#include "services/Backend.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/SettingsService.h"

#include <QDir>

namespace setia {

QString CardCommand::usage() const
{
    return QStringLiteral(
        "  card CODE -o FILE.pdf [--paper a4|f4] [--as-of YYYY-MM-DD]\n"
        "                                              a customer's record card as PDF\n");
}

QList<QCommandLineOption> CardCommand::options() const
{
    return {outputOption(), paperOption(), asOfOption()};
}

QString CardCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                             const Clock& clock)
{
    if (QString extra = extraArguments(arguments, 1); !extra.isEmpty())
        return extra;
    QString error;
    const auto day = asOf(parser, error);
    if (!day)
        return error;
    if (arguments.isEmpty() || !parser.isSet(QStringLiteral("output")))
        return tr("card needs a member code and -o FILE.pdf.");
    const auto chosen = paper(parser, error);
    if (!chosen)
        return error;
    m_code = arguments.first();
    m_output = parser.value(QStringLiteral("output"));
    m_paper = *chosen;
    m_asOf = day->isValid() ? *day : clock.today();
    return {};
}

int CardCommand::run(Backend& backend, const CommandOutput& output)
{
    if (Status safe = backend.checkTarget(m_output); !safe)
        return output.fail(safe.error());
    auto customer = backend.customers().findByCode(m_code);
    if (!customer)
        return output.fail(customer.error());
    if (!customer->has_value())
        return output.fail(tr("No customer has the member code %1.").arg(m_code));
    auto card = backend.cards().card((*customer)->id, m_asOf);
    auto business = backend.settings().businessProfile();
    Status status = !card ? Status(card.error()) : !business ? Status(business.error()) : Status();
    if (status) {
        const ReportDocument document =
            CustomerCardReport::build(*card, *business, backend.clock().now());
        status = document.writePdf(m_output, m_paper, QPageLayout::Portrait);
    }
    if (!status)
        return output.fail(status.error());
    output.out << "file: " << QDir::toNativeSeparators(m_output) << '\n'
               << "transactions: " << card->entries.size() << '\n'
               << "balance: " << card->receivable.balance << '\n';
    output.out.flush();
    return 0;
}

} // namespace setia
