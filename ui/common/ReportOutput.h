#pragma once

#include "reports/PaperSize.h"

#include <QPageLayout>
#include <QString>

class QWidget;

namespace setia {

class ReportDocument;
class UserPrompter;

// A report's way out of a view: print preview, print, or a PDF file, on the paper chosen.
namespace reportOutput {

void preview(QWidget* parent, const ReportDocument& document, Paper paper,
             QPageLayout::Orientation orientation, UserPrompter& prompter);
// Asks where, then writes; returns the path written, empty when cancelled or refused (the
// user was told why).
QString savePdf(QWidget* parent, const ReportDocument& document, Paper paper,
                QPageLayout::Orientation orientation, UserPrompter& prompter,
                const QString& suggestedName);

} // namespace reportOutput

} // namespace setia
