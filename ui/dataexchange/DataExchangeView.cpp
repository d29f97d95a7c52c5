#include "dataexchange/DataExchangeView.h"

#include "common/Clock.h"
#include "common/UserPrompter.h"
#include "dataexchange/ExchangeTexts.h"
#include "dataexchange/ImportDialog.h"
#include "dataexchange/ImportHistoryBox.h"
#include "io/CsvReader.h"
#include "services/exchange/ExportService.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace setia {

DataExchangeView::DataExchangeView(const Services& services, UserPrompter& prompter,
                                   QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("dataExchangeView"));
    auto* title = new QLabel(tr("Import & export"), this);
    title->setObjectName(QStringLiteral("viewTitle"));
    auto* subtitle = new QLabel(tr("Bring in lists from a spreadsheet or another program, or "
                                   "take them out as CSV files that Excel and LibreOffice open."),
                                this);
    subtitle->setObjectName(QStringLiteral("viewSubtitle"));
    subtitle->setWordWrap(true);

    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(subtitle);
    for (ImportKind kind : ExchangeTexts::kinds())
        column->addWidget(makeKindBox(kind));
    auto* formatHint = new QLabel(
        tr("Files are read as UTF-8 or as Excel saves them, with commas or semicolons. Setia "
           "writes UTF-8 with commas."),
        this);
    formatHint->setObjectName(QStringLiteral("hint"));
    formatHint->setWordWrap(true);
    column->addWidget(formatHint);
    m_history = new ImportHistoryBox(services.imports, prompter, this);
    column->addWidget(m_history);
    column->addStretch();
    // In a scroll area: on a 768-pixel-high screen the list of imports goes below the fold
    // rather than over the boxes above it.
    auto* content = new QWidget(this);
    auto* row = new QHBoxLayout(content);
    row->setContentsMargins(24, 20, 24, 20);
    row->addLayout(column, 3);
    row->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QWidget* DataExchangeView::makeKindBox(ImportKind kind)
{
    auto* box = new QGroupBox(ExchangeTexts::kindTitle(kind), this);
    auto* explanation = new QLabel(ExchangeTexts::explanation(kind), box);
    explanation->setWordWrap(true);
    auto* importButton = new QPushButton(tr("Import…"), box);
    importButton->setToolTip(ExchangeTexts::importTitle(kind));
    auto* exportButton = new QPushButton(tr("Export…"), box);
    exportButton->setToolTip(ExchangeTexts::exportTitle(kind));
    auto* row = new QHBoxLayout(box);
    row->addWidget(explanation, 1);
    row->addWidget(importButton);
    row->addWidget(exportButton);
    connect(importButton, &QPushButton::clicked, this, [this, kind] { importFile(kind); });
    connect(exportButton, &QPushButton::clicked, this, [this, kind] { exportFile(kind); });
    return box;
}

void DataExchangeView::importFile(ImportKind kind)
{
    const QString title = ExchangeTexts::importTitle(kind);
    const QString path =
        m_prompter.openFileName(this, title, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto reader = CsvReader::open(path);
    if (!reader) {
        m_prompter.warn(this, title, reader.error().message());
        return;
    }
    // What it imports, the services announce: the lists that show it read it again.
    ImportDialog dialog(m_services.imports, kind, path, *reader, m_prompter, this);
    dialog.exec();
    m_history->reload();
}

void DataExchangeView::exportFile(ImportKind kind)
{
    const QString title = ExchangeTexts::exportTitle(kind);
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.csv")
            .arg(ExchangeTexts::fileStem(kind), m_services.clock.today().toString(Qt::ISODate)));
    const QString path = m_prompter.saveFileName(this, title, suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ExportService& exporter = m_services.exports;
    auto rows = exporter.run(kind, path);
    if (!rows) {
        m_prompter.warn(this, title, rows.error().message());
        return;
    }
    m_prompter.fileSaved(this, title, path, tr("%1 rows written.").arg(QLocale().toString(*rows)));
}

} // namespace setia
