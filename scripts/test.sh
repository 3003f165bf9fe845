#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds, and runs the whole test suite twice:
# a normal build in build/ and an AddressSanitizer + UBSan build in build-asan/.
# Exits non-zero on any build or test failure; the last line is the summary.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/deps.sh

export QT_QPA_PLATFORM=offscreen
# The corpus of real connectors sits beside the repository (../shared/corpus); tests read CD_CORPUS.
if [ -z "${CD_CORPUS:-}" ] && [ -d "$ROOT/../shared/corpus" ]; then
    CD_CORPUS="$(cd "$ROOT/../shared/corpus" && pwd)"
    export CD_CORPUS
fi
echo "test.sh: CD_CORPUS=${CD_CORPUS:-<not set>}"

# Sanitizers: stop at the first UB report and show where it came from.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$ROOT/scripts/lsan.supp:print_suppressions=0}"

total_passed=0
total_failed=0
failed_runs=()

# Runs ctest in $1 and adds its counts to the totals; a run with no test counts as a failure.
run_ctest() {
    local dir="$1" label="$2" log rc=0
    log="$(mktemp)"
    # Two at a time on the 2-core CI machine: the tests have no timed assertions (bench/ measures).
    (cd "$dir" && ctest --output-on-failure -j "$(nproc)") 2>&1 | tee "$log" || rc=$?
    local line
    line="$(grep -E '[0-9]+ tests failed out of [0-9]+' "$log" | tail -n 1 || true)"
    rm -f "$log"
    if [ -z "$line" ]; then
        echo "test.sh: $label: ctest ran no test" >&2
        failed_runs+=("$label")
        return 0
    fi
    local failed total
    failed="$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")"
    total="$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$line")"
    total_passed=$((total_passed + total - failed))
    total_failed=$((total_failed + failed))
    if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ]; then
        failed_runs+=("$label")
    fi
}

bash scripts/configure-build.sh build -DCD_BUILD_TESTS=ON -DCD_SANITIZE=OFF
run_ctest build "build"

bash scripts/configure-build.sh build-asan -DCD_BUILD_TESTS=ON -DCD_SANITIZE=ON
run_ctest build-asan "build-asan (ASan+UBSan)"

echo
if [ ${#failed_runs[@]} -ne 0 ]; then
    echo "test.sh: failing runs: ${failed_runs[*]}"
fi
echo "Summary: ${total_passed} passed, ${total_failed} failed"
[ ${#failed_runs[@]} -eq 0 ]
