#include "domain/IsoTime.h"

namespace setia::isoTime {
namespace {

void put(char16_t*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

QString write(const QDate& d, const QTime* t, bool ms)
{
    if (!d.isValid() || d.year() < 0 || d.year() > 9999)
        return {};
    QString text(t ? (ms ? 23 : 19) : 10, Qt::Uninitialized);
    auto* out = reinterpret_cast<char16_t*>(text.data());
    put(out, d.year(), 4);
    *out++ = u'-';
    put(out, d.month(), 2);
    *out++ = u'-';
    put(out, d.day(), 2);
    if (t) {
        *out++ = u'T';
        put(out, t->hour(), 2);
        *out++ = u':';
        put(out, t->minute(), 2);
        *out++ = u':';
        put(out, t->second(), 2);
        if (ms) {
            *out++ = u'.';
            put(out, t->msec(), 3);
        }
    }
    return text;
}

} // namespace

QString date(const QDate& day)
{
    return write(day, nullptr, false);
}

QString dateTime(const QDateTime& at)
{
    const QTime time = at.time();
    return write(at.date(), &time, false);
}

QString dateTimeMs(const QDateTime& at)
{
    const QTime time = at.time();
    return write(at.date(), &time, true);
}

} // namespace setia::isoTime
