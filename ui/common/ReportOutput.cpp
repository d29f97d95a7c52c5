#include "common/ReportOutput.h"

#include "common/UserPrompter.h"
#include "io/CsvWriter.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace setia::reportOutput {

void preview(QWidget* parent, const ReportDocument& document, Paper paper,
             QPageLayout::Orientation orientation, UserPrompter& prompter)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportDocument::pageLayout(paper, orientation));
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        if (Status status = document.render(*target); !status)
            prompter.warn(parent, document.title(), status.error().message());
    });
    dialog.exec();
}

QString savePdf(QWidget* parent, const ReportDocument& document, Paper paper,
                QPageLayout::Orientation orientation, UserPrompter& prompter,
                const QString& suggestedName)
{
    const QString path =
        prompter.saveFileName(parent, document.title(), QDir::home().filePath(suggestedName),
                              QStringLiteral("PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (Status status = document.writePdf(path, paper, orientation); !status) {
        prompter.warn(parent, document.title(), status.error().message());
        return {};
    }
    return path;
}

QString saveCsv(QWidget* parent, const QString& title, const QString& suggestedName,
                const std::function<void(CsvWriter&)>& write, UserPrompter& prompter)
{
    const QString path =
        prompter.saveFileName(parent, title, QDir::home().filePath(suggestedName),
                              QCoreApplication::translate("setia::reportOutput", "CSV (*.csv)"));
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
    return path;
}

} // namespace setia::reportOutput
