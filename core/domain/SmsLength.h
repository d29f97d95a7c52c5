#pragma once

#include <QString>

namespace setia {

// How many SMS a text takes (SPEC §15 via issue 17): 160 characters of the GSM-7 alphabet in
// one message, 153 per part once it is split; with any other character the whole text goes as
// UCS-2, 70 in one, 67 per part. GSM-7's extension characters (^ { } \ [ ] ~ | €) take two.
struct SmsLength
{
    bool gsm7 = true;
    int units = 0; // septets (GSM-7) or UTF-16 code units (UCS-2)
    int parts = 0; // 0 for an empty text

    static SmsLength of(const QString& text);
};

} // namespace setia
