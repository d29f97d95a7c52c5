// libFuzzer target: the date readers on any text (isoTime::parseDate, which reads stored
// dates, and CsvFields::date and ::dateAndTime, which imports use). An accepted date is valid
// and reads back from the text Setia writes of it; the CSV readers agree with each other
// (a day they accept is the day at midnight, both refuse years before 1900) and give a reason
// when they refuse.
#include "FuzzCheck.h"
#include "domain/IsoTime.h"
#include "io/CsvFields.h"

#include <cstddef>
#include <cstdint>

using setia::CsvFields;
namespace isoTime = setia::isoTime;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QDate stored = isoTime::parseDate(bytes);
    if (stored.isValid()) {
        // parseDate reads the first ten characters; the text written of the date is them.
        SETIA_FUZZ_CHECK(isoTime::dateAscii(stored).view() == bytes.first(10));
        SETIA_FUZZ_CHECK(isoTime::date(stored) == QString::fromLatin1(bytes.first(10)));
    }

    const QString text = QString::fromUtf8(bytes);
    const QString column = QStringLiteral("date");
    QString reason;
    const auto day = CsvFields::date(text, column, reason);
    if (day) {
        SETIA_FUZZ_CHECK(day->isValid() && day->year() >= 1900);
        QString again;
        SETIA_FUZZ_CHECK(CsvFields::date(isoTime::date(*day), column, again) == day);
    } else {
        SETIA_FUZZ_CHECK(!reason.isEmpty());
    }

    QString timeReason;
    const auto at = CsvFields::dateAndTime(text, column, timeReason);
    if (at) {
        SETIA_FUZZ_CHECK(at->date.isValid() && at->time.isValid());
        // regressions/date/year-26-with-time: "0026-11-22T04:30" was the year 26.
        SETIA_FUZZ_CHECK(at->date.year() >= 1900);
        const QString written = isoTime::date(at->date) + QLatin1Char(' ') +
                                at->time.toString(QStringLiteral("HH:mm:ss"));
        QString again;
        const auto back = CsvFields::dateAndTime(written, column, again);
        SETIA_FUZZ_CHECK(back && back->date == at->date && back->time == at->time);
    } else {
        SETIA_FUZZ_CHECK(!timeReason.isEmpty());
    }
    if (day) {
        // A day alone is that day at midnight.
        SETIA_FUZZ_CHECK(at && at->date == *day && at->time == QTime(0, 0));
    }
    return 0;
}
