#include "cli/commands/ExportCommand.h"

#include "cli/commands/ImportCommand.h"
#include "common/Clock.h"
#include "io/CsvWriter.h"
#include "services/Backend.h"
#include "services/SegmentService.h"
#include "services/exchange/ExportService.h"

#include <QDir>

namespace setia {

QString ExportCommand::usage() const
{
    return QStringLiteral(
        "  export customers|products|sales|payments|interactions|surveys|tickets FILE.csv\n"
        "                                              export as CSV\n"
        "  export segments FILE.csv [--as-of YYYY-MM-DD]\n"
        "                                              every customer's segments as CSV\n");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {asOfOption()};
}

QString ExportCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                               const Clock& clock)
{
    QString error;
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("segments")) {
        if (arguments.size() < 2)
            return tr("export segments needs a file name.");
        if (QString extra = extraArguments(arguments, 2); !extra.isEmpty())
            return extra;
        const auto day = asOf(parser, error);
        if (!day)
            return error;
        m_asOf = day->isValid() ? *day : clock.today();
        m_file = arguments.at(1);
        return {};
    }
    ImportKind kind = ImportKind::Customers;
    if (QString wrong = ImportCommand::kindAndFile(name(), arguments, kind); !wrong.isEmpty())
        return wrong;
    if (parser.isSet(QStringLiteral("as-of")))
        return tr("--as-of goes with export segments only.");
    m_kind = kind;
    m_file = arguments.at(1);
    return {};
}

int ExportCommand::run(Backend& backend, const CommandOutput& output)
{
    if (Status safe = backend.checkTarget(m_file); !safe)
        return output.fail(safe.error());
    if (!m_kind)
        return exportSegments(backend, output);
    auto rows = backend.exports().run(*m_kind, m_file);
    if (!rows)
        return output.fail(rows.error());
    output.out << "rows: " << *rows << '\n' << "file: " << QDir::toNativeSeparators(m_file) << '\n';
    output.out.flush();
    return 0;
}

int ExportCommand::exportSegments(Backend& backend, const CommandOutput& output)
{
    auto computed = backend.segments().segments(m_asOf);
    auto writer = computed ? CsvWriter::create(m_file) : Result<CsvWriter>(computed.error());
    if (writer) {
        SegmentService::writeCsv(writer.value(), *computed);
        if (Status written = writer->commit(); !written)
            writer = written.error();
    }
    if (!writer)
        return output.fail(writer.error());
    output.out << "rows: " << computed->size() << '\n'
               << "file: " << QDir::toNativeSeparators(m_file) << '\n';
    output.out.flush();
    return 0;
}

} // namespace setia
