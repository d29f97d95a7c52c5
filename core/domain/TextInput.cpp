#include "domain/TextInput.h"

namespace setia::textInput {

QString cleaned(const QString& text, bool multiLine)
{
    if (multiLine) {
        // Windows' and old Macs' line breaks (pasted, or from a file) are line breaks too.
        QString lines = text;
        lines.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        lines.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        return lines.trimmed();
    }
    return text.simplified();
}

bool isBlank(const QString& text)
{
    for (const QChar c : text)
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            return false;
    return true;
}

bool hasControlCharacters(const QString& text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') &&
            c != QLatin1Char('\t'))
            return true;
    }
    return false;
}

} // namespace setia::textInput
