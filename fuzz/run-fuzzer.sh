#!/usr/bin/env bash
# Builds the libFuzzer harness with clang in build-fuzz/ and fuzzes the JSON engine.
# Usage: bash fuzz/run-fuzzer.sh [seconds]   (default 60)
# New interesting inputs go to build-fuzz/corpus-json (the seeds stay untouched); a crash is written
# to build-fuzz/crash-*: copy it to fuzz/seeds/json/ with a descriptive name once it is fixed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_TO_RUN="${1:-60}"
BUILD="$ROOT/build-fuzz"

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
cmake --build "$BUILD" --target fuzz_json -j"$(nproc)"

mkdir -p "$BUILD/corpus-json"
cd "$BUILD"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# -max_len 65536: big enough for deep nesting, small enough to keep many runs per second.
exec ./fuzz/fuzz_json -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -dict="$ROOT/fuzz/json.dict" -print_final_stats=1 "$BUILD/corpus-json" "$ROOT/fuzz/seeds/json"
