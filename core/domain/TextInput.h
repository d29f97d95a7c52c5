#pragma once

#include <QString>

// What every service does with text people type or files bring before checking it.
namespace setia::textInput {

// Trims and collapses runs of white space; line breaks survive only where `multiLine` (CR LF
// and a lone CR become LF).
QString cleaned(const QString& text, bool multiLine = false);

// Whether nothing of the text would show: empty, white space and invisible format characters
// (zero-width spaces, bidi marks, a BOM) only.
bool isBlank(const QString& text);
// Whether the text holds control characters other than line breaks and tabs.
bool hasControlCharacters(const QString& text);

} // namespace setia::textInput
