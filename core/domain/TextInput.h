#pragma once

#include <QString>

// What every service does with text people type or files bring before checking it.
namespace setia::textInput {

// Trims and collapses runs of white space; line breaks survive only where `multiLine`.
QString cleaned(const QString& text, bool multiLine = false);

// Whether the text holds control characters other than line breaks and tabs.
bool hasControlCharacters(const QString& text);

} // namespace setia::textInput
