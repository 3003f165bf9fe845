#!/usr/bin/env bash
# Runs every benchmark of issue 8 against a release build and prints the figures:
#   1. cd-bench-core  (Google Benchmark: parse, write, edit + save, validate, import, convert, infer)
#   2. cd-bench-gui   (offscreen: Definition list fill and filter, live validation on the GUI thread)
#   3. the GUI timing (CD_STARTUP_TIMING=1: window shown, operation list filled, one edit) on the
#      largest corpus connector, RUNS times, with its peak memory
#   4. compare-peers.sh (the Node.js peers against our CLI)
#
#   bench/run.sh [BUILD_DIR]        (default: build; configure with -DCMAKE_BUILD_TYPE=RelWithDebInfo)
#   RUNS=5 SKIP_PEERS=1 CD_CORPUS=... bench/run.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
runs=${RUNS:-5}
export CD_CORPUS=${CD_CORPUS:-$root/../shared/corpus}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

for exe in bench/cd-bench-core bench/cd-bench-gui app/connector-designer; do
  [[ -x $build/$exe ]] || { echo "run.sh: build $exe first (cmake --build $build --target ${exe##*/})" >&2; exit 2; }
done

echo "== Core benchmarks ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
"$build/bench/cd-bench-core" --benchmark_repetitions="${BENCH_REPETITIONS:-3}" --benchmark_report_aggregates_only=true

echo
echo "== GUI benchmarks (offscreen)"
"$build/bench/cd-bench-gui" --benchmark_repetitions="${BENCH_REPETITIONS:-3}" --benchmark_report_aggregates_only=true

# The largest corpus connector: the 1.1 MB definition with 219 operations.
largest=$(awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
                      $col["swagger_bytes"] > max { max = $col["swagger_bytes"]; path = $col["path"] }
                      END { print path }' "$CD_CORPUS/connectors/index.tsv")
folder=$CD_CORPUS/connectors/$largest
bytes=$(stat -c %s "$folder/apiDefinition.swagger.json")
echo
echo "== GUI timing: $largest ($bytes bytes), $runs runs (XDG_CONFIG_HOME in a temp folder)"
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
for ((i = 1; i <= runs; i++)); do
  XDG_CONFIG_HOME=$config CD_STARTUP_TIMING=1 /usr/bin/time -f 'peak memory %M KB' \
    "$build/app/connector-designer" "$folder" 2>&1 | grep -E '^(startup|edit|peak)' \
    | sed "s/^/run $i: /"
done
echo "(file size $((bytes / 1024)) KB: the target is a peak under 10x, $((bytes * 10 / 1024)) KB)"

if [[ -z ${SKIP_PEERS:-} ]]; then
  echo
  echo "== Peers"
  "$here/compare-peers.sh" "$build"
fi
