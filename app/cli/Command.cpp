#include "cli/Command.h"

#include "reports/PaperSize.h"

namespace setia {

int CommandOutput::fail(const QString& message) const
{
    err << Command::tr("Error: %1").arg(message) << '\n';
    err.flush();
    return 1;
}

QCommandLineOption Command::outputOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                              QStringLiteral("FILE"));
}

QCommandLineOption Command::paperOption()
{
    return QCommandLineOption(QStringLiteral("paper"), QString(), QStringLiteral("PAPER"));
}

QCommandLineOption Command::asOfOption()
{
    return QCommandLineOption(QStringLiteral("as-of"), QString(), QStringLiteral("DATE"));
}

QString Command::extraArguments(const QStringList& arguments, qsizetype count)
{
    return arguments.size() > count ? tr("Unexpected argument: %1").arg(arguments.at(count))
                                    : QString();
}

std::optional<Paper> Command::paper(const QCommandLineParser& parser, QString& error)
{
    const QString value = parser.value(QStringLiteral("paper"));
    const auto paper = paper::parse(value.isEmpty() ? QStringLiteral("a4") : value);
    if (!paper)
        error = tr("--paper takes a4, f4 or letter.");
    return paper;
}

std::optional<QDate> Command::asOf(const QCommandLineParser& parser, QString& error)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return QDate();
    const QDate day = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!day.isValid()) {
        error = tr("--as-of takes a date as YYYY-MM-DD.");
        return std::nullopt;
    }
    return day;
}

} // namespace setia
