#include "cli/commands/SegmentsCommand.h"

#include "common/Clock.h"
#include "io/CsvWriter.h"
#include "services/Backend.h"
#include "services/SegmentService.h"

#include <QFile>

namespace setia {

QString SegmentsCommand::usage() const
{
    return QStringLiteral("  segments [--as-of YYYY-MM-DD]               every customer's segments "
                          "as CSV on\n"
                          "                                              stdout (SPEC §8)\n");
}

QString SegmentsCommand::prepare(const QStringList& arguments, const QCommandLineParser& parser,
                                 const Clock& clock)
{
    if (QString extra = extraArguments(arguments, 0); !extra.isEmpty())
        return extra;
    QString error;
    const auto day = asOf(parser, error);
    if (!day)
        return error;
    m_asOf = day->isValid() ? *day : clock.today();
    return {};
}

int SegmentsCommand::run(Backend& backend, const CommandOutput& output)
{
    auto computed = backend.segments().segments(m_asOf);
    if (!computed)
        return output.fail(computed.error());
    output.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return output.fail(out.errorString());
    CsvWriter writer(&out, CsvWriter::Bom::Without);
    SegmentService::writeCsv(writer, *computed);
    if (Status written = writer.commit(); !written)
        return output.fail(written.error());
    return 0;
}

} // namespace setia
