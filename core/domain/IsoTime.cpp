#include "domain/IsoTime.h"

namespace setia::isoTime {
namespace {

template <typename Char>
void put(Char*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = Char('0' + value % 10);
        value /= 10;
    }
    out += width;
}

bool writable(const QDate& d)
{
    return d.isValid() && d.year() >= 0 && d.year() <= 9999;
}

// 10, 19 or 23 characters: the date, then "THH:mm:ss" with a time, then ".zzz" with `ms`.
constexpr qsizetype length(bool withTime, bool ms)
{
    return withTime ? (ms ? 23 : 19) : 10;
}

// Writes length(t, ms) characters at `out`; `d` must be writable().
template <typename Char>
void write(Char* out, const QDate& d, const QTime* t, bool ms)
{
    put(out, d.year(), 4);
    *out++ = Char('-');
    put(out, d.month(), 2);
    *out++ = Char('-');
    put(out, d.day(), 2);
    if (t) {
        *out++ = Char('T');
        put(out, t->hour(), 2);
        *out++ = Char(':');
        put(out, t->minute(), 2);
        *out++ = Char(':');
        put(out, t->second(), 2);
        if (ms) {
            *out++ = Char('.');
            put(out, t->msec(), 3);
        }
    }
}

QString text(const QDate& d, const QTime* t, bool ms)
{
    if (!writable(d))
        return {};
    QString result(length(t != nullptr, ms), Qt::Uninitialized);
    write(reinterpret_cast<char16_t*>(result.data()), d, t, ms);
    return result;
}

} // namespace

QDate parseDate(QByteArrayView text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return {};
    int parts[3] = {};
    const std::pair<qsizetype, qsizetype> fields[3] = {{0, 4}, {5, 2}, {8, 2}};
    for (int f = 0; f < 3; ++f) {
        for (qsizetype i = fields[f].first; i < fields[f].first + fields[f].second; ++i) {
            const int digit = static_cast<unsigned char>(text[i]) - '0';
            if (digit < 0 || digit > 9)
                return {};
            parts[f] = parts[f] * 10 + digit;
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

QString date(const QDate& day)
{
    return text(day, nullptr, false);
}

QString dateTime(const QDateTime& at)
{
    const QTime time = at.time();
    return text(at.date(), &time, false);
}

QString dateTimeMs(const QDateTime& at)
{
    const QTime time = at.time();
    return text(at.date(), &time, true);
}

Ascii dateAscii(const QDate& day)
{
    Ascii result;
    if (writable(day)) {
        write(result.bytes.data(), day, nullptr, false);
        result.size = length(false, false);
    }
    return result;
}

Ascii dateTimeAscii(const QDate& day, const QTime& time)
{
    Ascii result;
    if (writable(day)) {
        write(result.bytes.data(), day, &time, false);
        result.size = length(true, false);
    }
    return result;
}

Ascii dateTimeMsAscii(const QDate& day, const QTime& time)
{
    Ascii result;
    if (writable(day)) {
        write(result.bytes.data(), day, &time, true);
        result.size = length(true, true);
    }
    return result;
}

} // namespace setia::isoTime
