#pragma once

#include "reports/PaperSize.h"

#include <QPageLayout>
#include <QString>

#include <functional>

class QWidget;

namespace setia {

class CsvWriter;
class ReportDocument;
class UserPrompter;

// A report's way out of a view: print preview, print, a PDF file on the paper chosen, or CSV.
namespace reportOutput {

void preview(QWidget* parent, const ReportDocument& document, Paper paper,
             QPageLayout::Orientation orientation, UserPrompter& prompter);
// The same on a page of any size (a tanda terima on A5).
void preview(QWidget* parent, const ReportDocument& document, const QPageLayout& layout,
             UserPrompter& prompter);
// Asks where, then writes; returns the path written, empty when cancelled or refused (the
// user was told why).
QString savePdf(QWidget* parent, const ReportDocument& document, Paper paper,
                QPageLayout::Orientation orientation, UserPrompter& prompter,
                const QString& suggestedName);
QString savePdf(QWidget* parent, const ReportDocument& document, const QPageLayout& layout,
                UserPrompter& prompter, const QString& suggestedName);

// Asks where, then writes the CSV through `write`; the file appears whole or not at all.
// Returns the path written, empty when cancelled or refused (the user was told why).
QString saveCsv(QWidget* parent, const QString& title, const QString& suggestedName,
                const std::function<void(CsvWriter&)>& write, UserPrompter& prompter);

} // namespace reportOutput

} // namespace setia
