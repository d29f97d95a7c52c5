#include "common/ReportOutput.h"

#include "common/ProgressJob.h"
#include "common/UserPrompter.h"
#include "io/CsvWriter.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace setia::reportOutput {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("setia::reportOutput", text);
}

// A failure worth telling: stopping was the user's own choice.
void warnUnlessStopped(QWidget* parent, const QString& title, const Status& status,
                       UserPrompter& prompter)
{
    if (!status && status.error().kind() != Error::Kind::Cancelled)
        prompter.warn(parent, title, status.error().message());
}

} // namespace

void preview(QWidget* parent, const ReportDocument& document, Paper paper,
             QPageLayout::Orientation orientation, UserPrompter& prompter)
{
    preview(parent, document, ReportDocument::pageLayout(paper, orientation), prompter);
}

void preview(QWidget* parent, const ReportDocument& document, const QPageLayout& layout,
             UserPrompter& prompter)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(layout);
    QPrintPreviewDialog dialog(&printer, parent);
    // Qt paints a preview on the UI thread (and caches fonts per thread), so the pages are
    // laid out and painted here, with a progress dialog that can stop them.
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        QProgressDialog progress(tr("Laying out the pages…"), tr("Stop"), 0, 0, parent);
        progress.setWindowTitle(document.title());
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumWidth(360);
        progress.show();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        const Status status = document.render(*target, [&progress](int painted, int pages) {
            progress.setLabelText(
                tr("Preparing page %1 of %2…")
                    .arg(QLocale().toString(painted + 1 > pages ? pages : painted + 1),
                         QLocale().toString(pages)));
            progress.setMaximum(pages);
            progress.setValue(painted);
            return !progress.wasCanceled();
        });
        warnUnlessStopped(parent, document.title(), status, prompter);
    });
    dialog.exec();
}

QString savePdf(QWidget* parent, const ReportDocument& document, Paper paper,
                QPageLayout::Orientation orientation, UserPrompter& prompter,
                const QString& suggestedName)
{
    return savePdf(parent, document, ReportDocument::pageLayout(paper, orientation), prompter,
                   suggestedName);
}

QString savePdf(QWidget* parent, const ReportDocument& document, const QPageLayout& layout,
                UserPrompter& prompter, const QString& suggestedName)
{
    const QString path =
        prompter.saveFileName(parent, document.title(), QDir::home().filePath(suggestedName),
                              QStringLiteral("PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    const Status written =
        ProgressJob::run(parent, tr("Saving the PDF…"), [&](const auto& progress) {
            return document.writePdf(path, layout, progress);
        });
    if (!written) {
        warnUnlessStopped(parent, document.title(), written, prompter);
        return {};
    }
    prompter.fileSaved(parent, document.title(), path, {});
    return path;
}

QString saveCsv(QWidget* parent, const QString& title, const QString& suggestedName,
                const std::function<void(CsvWriter&)>& write, UserPrompter& prompter)
{
    const QString path = prompter.saveFileName(parent, title, QDir::home().filePath(suggestedName),
                                               tr("CSV (*.csv)"));
    if (path.isEmpty())
        return {};
    auto writer = CsvWriter::create(path);
    if (writer) {
        write(writer.value());
        if (Status status = writer->commit(); !status)
            writer = status.error();
    }
    if (!writer) {
        prompter.warn(parent, title, writer.error().message());
        return {};
    }
    prompter.fileSaved(parent, title, path, {});
    return path;
}

} // namespace setia::reportOutput
