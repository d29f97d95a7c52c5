#include "cli/commands/TargetsCommand.h"

#include "common/Clock.h"
#include "io/CsvWriter.h"
#include "services/Backend.h"
#include "services/SettingsService.h"
#include "services/TargetSheetService.h"

#include <QDir>
#include <QFileInfo>

namespace setia {

QString TargetsCommand::usage() const
{
    return QStringLiteral(
        "  targets --date YYYY-MM-DD [--salesperson NAME] -o FILE.pdf|FILE.csv [--paper a4|f4]\n"
        "                                              the daily sales target sheet (SPEC §7)\n");
}

QList<QCommandLineOption> TargetsCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("date"), QString(), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("salesperson"), QString(), QStringLiteral("NAME")),
            outputOption(), paperOption()};
}

QString TargetsCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                                const Clock&)
{
    if (QString extra = extraArguments(arguments, 0); !extra.isEmpty())
        return extra;
    m_day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    m_salesperson = parser.value(QStringLiteral("salesperson")).trimmed();
    m_output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(m_output).suffix().toLower();
    if (!m_day.isValid() || m_output.isEmpty() ||
        (suffix != QLatin1String("pdf") && suffix != QLatin1String("csv")))
        return tr("targets needs --date YYYY-MM-DD and -o FILE.pdf or FILE.csv.");
    QString error;
    const auto chosen = paper(parser, error);
    if (!chosen)
        return error;
    m_paper = *chosen;
    return {};
}

int TargetsCommand::run(Backend& backend, const CommandOutput& output)
{
    if (Status safe = backend.checkTarget(m_output); !safe)
        return output.fail(safe.error());
    auto sheet = backend.targets().sheet(m_day, m_salesperson);
    Status status = sheet ? Status() : Status(sheet.error());
    if (status && m_output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        auto writer = CsvWriter::create(m_output);
        if (!writer) {
            status = writer.error();
        } else {
            TargetSheetService::writeCsv(writer.value(), *sheet);
            status = writer->commit();
        }
    } else if (status) {
        auto business = backend.settings().businessProfile();
        status = !business ? Status(business.error())
                           : TargetSheetService::report(*sheet, *business, backend.clock().now())
                                 .writePdf(m_output, m_paper, QPageLayout::Landscape);
    }
    if (!status)
        return output.fail(status.error());
    qsizetype customers = 0;
    for (const TargetSection& section : sheet->sections)
        customers += section.customers.size();
    output.out << "file: " << QDir::toNativeSeparators(m_output) << '\n'
               << "salespeople: " << sheet->sections.size() << '\n'
               << "customers: " << customers << '\n';
    output.out.flush();
    return 0;
}

} // namespace setia
