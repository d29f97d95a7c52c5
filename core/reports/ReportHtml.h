#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace setia::reporthtml {

// Small pieces of a ReportDocument body in the house style (ReportDocument::styleSheet()).
// Every function escapes its text; tables come from ReportTable.

enum class Break { None, NewPage };

// A section heading, e.g. one per salesperson; with NewPage the section starts a new page.
// A heading is never left alone at the bottom of a page.
QString heading(const QString& text, Break pageBreak = Break::None);
// A paragraph of body text.
QString paragraph(const QString& text);
// A small grey note, e.g. how a figure was computed.
QString note(const QString& text);
// Label/value pairs in `columns` pairs per line, e.g. a customer's details on the record card.
QString fields(const QList<std::pair<QString, QString>>& labelsAndValues, int columns = 2);

} // namespace setia::reporthtml
