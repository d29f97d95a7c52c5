#include "reports/ReportHtml.h"

#include "reports/ReportTable.h"

namespace setia::reporthtml {

QString heading(const QString& text, Break pageBreak)
{
    const QString open = pageBreak == Break::NewPage
                             ? QStringLiteral("<h2 style=\"page-break-before: always\">")
                             : QStringLiteral("<h2>");
    return open + ReportTable::escape(text) + QStringLiteral("</h2>\n");
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>") + ReportTable::escape(text) + QStringLiteral("</p>\n");
}

QString note(const QString& text)
{
    return QStringLiteral("<p class=\"note\">") + ReportTable::escape(text) +
           QStringLiteral("</p>\n");
}

QString fields(const QList<std::pair<QString, QString>>& labelsAndValues, int columns)
{
    columns = qMax(1, columns);
    // Labels take a fixed share of each pair's width, values the rest.
    const int pairWidth = 100 / columns;
    const int labelWidth = pairWidth * 2 / 5;
    const int valueWidth = pairWidth - labelWidth;
    QString html = QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\">");
    for (qsizetype i = 0; i < labelsAndValues.size(); i += columns) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < columns; ++c) {
            const qsizetype index = i + c;
            const bool present = index < labelsAndValues.size();
            html += QStringLiteral("<td class=\"label\" width=\"%1%\">").arg(labelWidth) +
                    (present ? ReportTable::escape(labelsAndValues.at(index).first) : QString()) +
                    QStringLiteral("</td><td width=\"%1%\">").arg(valueWidth) +
                    (present ? ReportTable::escape(labelsAndValues.at(index).second) : QString()) +
                    QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace setia::reporthtml
