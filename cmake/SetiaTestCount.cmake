# Run as `cmake -P` by the check-test-count target: fails unless every Catch case of the
# test binaries is exactly one CTest entry. Catch2 2.13's discovery splits a name at ';'
# into entries that match nothing, so a count that differs means cases that never run.
#   -DCTEST=<ctest> -DBUILD_DIR=<build dir> -DBINARIES=<binary>|<binary>...
string(REPLACE "|" ";" binaries "${BINARIES}")

execute_process(COMMAND ${CTEST} --test-dir ${BUILD_DIR} -N
    OUTPUT_VARIABLE listing RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "ctest -N failed in ${BUILD_DIR}")
endif()
if(NOT listing MATCHES "Total Tests: ([0-9]+)")
    message(FATAL_ERROR "ctest -N printed no total:\n${listing}")
endif()
set(entries ${CMAKE_MATCH_1})

set(cases 0)
set(bad "")
foreach(binary IN LISTS binaries)
    # --list-test-names-only exits with the number of cases (mod 256), not 0: the output
    # is what counts. The UI suite needs no display to list its cases.
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
        ${binary} --list-test-names-only
        OUTPUT_VARIABLE names ERROR_QUIET)
    # Counted as newlines: a name may hold ';', which a CMake list would split.
    string(REGEX REPLACE "[^\n]" "" newlines "${names}")
    string(LENGTH "${newlines}" count)
    math(EXPR cases "${cases} + ${count}")
    # ';' splits a name in discovery; a '"' opens a quoted part of Catch's test spec. Either
    # way the entry matches no case.
    string(REGEX MATCHALL "[^\n]*[;\"][^\n]*" unmatchable "${names}")
    if(unmatchable)
        string(APPEND bad "${unmatchable}")
    endif()
    message(STATUS "${binary}: ${count} test cases")
endforeach()

if(bad)
    message(FATAL_ERROR "Test names must not hold ';' or '\"' (CTest's discovery splits "
        "them, Catch reads the quotes, and the entry matches nothing): ${bad}")
endif()
if(NOT entries EQUAL cases)
    message(FATAL_ERROR "CTest has ${entries} entries but the binaries list ${cases} test "
        "cases: some cases do not run as one entry each.")
endif()
message(STATUS "CTest entries: ${entries}, Catch cases: ${cases}")
