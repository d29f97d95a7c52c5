#pragma once

#include <QString>

// When two customers' names are alike enough to be the same person (the duplicate finder,
// SPEC §2): the same words once case, accents, punctuation, titles and the old and new
// Indonesian spellings are set aside.
namespace setia::nameLikeness {

// The name reduced to what tells people apart: lower case, without accents or punctuation,
// without titles (Bapak, Bpk, Pak, Ibu, Bu, H., Hj., Sdr., …), each spelling of Muhammad
// (Muhamad, Mohammad, Moh., M., …) as "m", and the old spellings written as today's
// (oe → u, dj → j, tj → c, sj → sy, nj → ny, ch → kh). "Bpk. H. Moh. Soedjono" and
// "Muhammad Sujono" both give "m sujono". Empty when nothing is left.
QString key(const QString& name);

// How many words a key has.
int words(const QString& key);

} // namespace setia::nameLikeness
