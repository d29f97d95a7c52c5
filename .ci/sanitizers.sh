#!/bin/sh
# The core tests and the fuzz targets under AddressSanitizer and UndefinedBehaviorSanitizer.
#
# Builds build-asan with clang, -fsanitize=address,undefined (undefined behaviour is fatal:
# -fno-sanitize-recover=undefined) and the libFuzzer targets of tests/fuzz (SETIA_FUZZ=ON);
# runs the core tests through ctest (setia-core-tests and the setia-cli it starts, both
# instrumented; the UI suite is not built), then each fuzz target for SETIA_FUZZ_SECONDS
# (30 by default) on a copy of its seed corpus, after its regression inputs. Any report of
# a sanitizer, failed test or fuzzer finding fails the script; a finding's input is kept in
# build-asan/fuzz-findings/. Qt and the system libraries are not instrumented: the leaks
# they leave at exit are suppressed by tests/fuzz/lsan.supp, which says why for each.
#
#   sh .ci/sanitizers.sh            (from anywhere; needs clang++ and libclang-rt, see deps)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
build=build-asan
seconds=${SETIA_FUZZ_SECONDS:-30}

sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
# Shared by the build (test discovery runs the test binary), the tests and the fuzzers; the
# core tests start setia-cli, which inherits them.
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"

cmake -S . -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$sanitize" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
    -DCMAKE_SHARED_LINKER_FLAGS="$sanitize" \
    -DSETIA_FUZZ=ON \
    -DSETIA_BUILD_BENCH=OFF
cmake --build "$build" -j2 --target setia-cli setia-core-tests fuzz-targets

# The UI suite is not built: its one placeholder entry (setia-ui-tests_NOT_BUILT-…) is left out.
ctest --test-dir "$build" --output-on-failure -j2 -E '_NOT_BUILT'

findings="$root/$build/fuzz-findings"
rm -rf "$findings"
mkdir -p "$findings"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in csv-reader phone amount date; do
    corpus="$work/$target"
    cp -r "tests/fuzz/corpus/$target" "$corpus"
    inputs="$corpus"
    if [ -d "tests/fuzz/regressions/$target" ]; then
        inputs="$corpus tests/fuzz/regressions/$target"
    fi
    echo "== fuzz-$target: ${seconds} s"
    # A hang of 10 s on one input counts as a finding; the grown corpus is thrown away.
    # shellcheck disable=SC2086
    "$build/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$findings/$target-" $inputs
done
echo "Sanitizers: no findings."
