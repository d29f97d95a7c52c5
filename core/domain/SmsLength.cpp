#include "domain/SmsLength.h"

namespace setia {
namespace {

// GSM 03.38's basic character set (the escape to the extension table left out).
const QString basic = QStringLiteral(
    "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
    "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9"
    " !\"#\u00a4%&'()*+,-./0123456789:;<=>?"
    "\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
    "\u00bfabcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0");
const QString extension = QStringLiteral("\f^{}\\[~]|\u20ac");

int partsOf(int units, int single, int perPart)
{
    if (units == 0)
        return 0;
    return units <= single ? 1 : (units + perPart - 1) / perPart;
}

} // namespace

SmsLength SmsLength::of(const QString& text)
{
    SmsLength length;
    int septets = 0;
    for (QChar c : text) {
        if (basic.contains(c)) {
            septets += 1;
        } else if (extension.contains(c)) {
            septets += 2;
        } else {
            length.gsm7 = false;
            break;
        }
    }
    if (length.gsm7) {
        length.units = septets;
        length.parts = partsOf(septets, 160, 153);
    } else {
        length.units = int(text.size());
        length.parts = partsOf(length.units, 70, 67);
    }
    return length;
}

} // namespace setia
