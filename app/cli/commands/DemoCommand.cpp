#include "cli/commands/DemoCommand.h"

#include "common/Clock.h"
#include "services/Backend.h"

#include <QElapsedTimer>

namespace setia {

QString DemoCommand::usage() const
{
    return QStringLiteral(
        "  demo [--customers N] [--sales N] [--seed S] [--end YYYY-MM-DD]\n"
        "                                              fill a new database with demo data\n");
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("customers"), QString(), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("sales"), QString(), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("seed"), QString(), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("end"), QString(), QStringLiteral("DATE"))};
}

QString DemoCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                             const Clock& clock)
{
    if (QString extra = extraArguments(arguments, 0); !extra.isEmpty())
        return extra;
    const auto value = [&parser](const char* name) { return parser.value(QLatin1String(name)); };
    if (!value("customers").isEmpty()) {
        bool ok = false;
        m_options.customers = value("customers").toInt(&ok);
        if (!ok || m_options.customers < 0 || m_options.customers > DemoGenerator::maxCustomers)
            return tr("--customers takes a whole number from 0 to %1.")
                .arg(DemoGenerator::maxCustomers);
    }
    if (!value("seed").isEmpty()) {
        bool ok = false;
        m_options.seed = value("seed").toULongLong(&ok);
        if (!ok)
            return tr("--seed takes a whole number.");
    }
    if (!value("end").isEmpty()) {
        m_options.end = QDate::fromString(value("end"), Qt::ISODate);
        if (!m_options.end.isValid())
            return tr("--end takes a date as YYYY-MM-DD.");
        if (m_options.end > clock.today())
            return tr("--end may not lie after today: nothing is recorded in the future.");
    } else {
        m_options.end = clock.today();
    }
    if (!value("sales").isEmpty()) {
        bool ok = false;
        m_options.sales = value("sales").toLongLong(&ok);
        if (!ok || m_options.sales < 0 || m_options.sales > DemoGenerator::maxSales)
            return tr("--sales takes a whole number from 0 to %1.").arg(DemoGenerator::maxSales);
    }
    return {};
}

int DemoCommand::run(Backend& backend, const CommandOutput& output)
{
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(backend);
    auto summary = generator.generate(m_options);
    if (!summary)
        return output.fail(summary.error());
    output.out << tr("Demo data written: %1 customers, %2 products, %3 sales with %4 lines and "
                     "%5 payments in %6 s")
                      .arg(summary->customers)
                      .arg(summary->products)
                      .arg(summary->sales)
                      .arg(summary->saleLines)
                      .arg(summary->payments)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
               << '\n';
    output.out.flush();
    return 0;
}

} // namespace setia
