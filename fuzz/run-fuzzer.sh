#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang in build-fuzz/ and runs one of them.
# Usage: bash fuzz/run-fuzzer.sh [seconds] [json|postman|openapi|yaml|curl]   (default 60 json)
# New interesting inputs go to build-fuzz/corpus-NAME (the seeds stay untouched); a crash is written
# to build-fuzz/crash-*: copy it to fuzz/seeds/NAME/ with a descriptive name once it is fixed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_TO_RUN="${1:-60}"
NAME="${2:-json}"
BUILD="$ROOT/build-fuzz"

case "$NAME" in
    json|postman|openapi|yaml|curl) ;;
    *) echo "run-fuzzer.sh: unknown harness '$NAME' (json, postman, openapi, yaml or curl)" >&2; exit 2 ;;
esac
if ! command -v clang++ >/dev/null 2>&1; then
    echo "run-fuzzer.sh: clang++ not found (bash scripts/deps.sh installs it)" >&2
    exit 1
fi

GENERATOR=()
if [ ! -f "$BUILD/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
    GENERATOR=(-G Ninja)
fi
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" "${GENERATOR[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCD_BUILD_FUZZERS=ON -DCD_SANITIZE=ON -DCD_BUILD_TESTS=OFF
cmake --build "$BUILD" --target "fuzz_$NAME" -j"$(nproc)"

# Only the JSON harness has a dictionary; the importers' inputs are JSON too, so they share it.
DICT=(-dict="$ROOT/fuzz/json.dict")
[ "$NAME" = curl ] && DICT=()
mkdir -p "$BUILD/corpus-$NAME"
cd "$BUILD"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# -max_len 65536: big enough for deep nesting, small enough to keep many runs per second.
exec "./fuzz/fuzz_$NAME" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    "${DICT[@]}" -print_final_stats=1 "$BUILD/corpus-$NAME" "$ROOT/fuzz/seeds/$NAME"
