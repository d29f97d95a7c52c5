#include "domain/TextInput.h"

namespace setia::textInput {

QString cleaned(const QString& text, bool multiLine)
{
    if (multiLine)
        return text.trimmed();
    return text.simplified();
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
