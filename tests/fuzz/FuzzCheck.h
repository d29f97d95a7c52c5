#pragma once

#include <cstdio>
#include <cstdlib>

// A property a fuzz target asserts: when it does not hold, the target says which and aborts,
// which libFuzzer reports as a crash and saves the input that caused it. Not an assert():
// it holds in every build type.
#define SETIA_FUZZ_CHECK(condition)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property broken: %s\n", __FILE__, __LINE__, #condition);  \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
