#pragma once

#include <QString>

// Amounts in Indonesian words, as receipts spell them (SPEC §1): 1 250 000 is "satu juta
// dua ratus lima puluh ribu rupiah". Indonesian words whatever the language of the screen:
// a kwitansi is a legal document in Indonesian.
namespace setia::terbilang {

// "seribu dua ratus lima puluh", "nol", "minus lima ratus"; any qint64.
QString number(qint64 value);
// number() followed by "rupiah".
QString rupiah(qint64 amount);

} // namespace setia::terbilang
