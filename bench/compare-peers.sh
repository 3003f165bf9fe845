#!/usr/bin/env bash
# Runs the Node.js tools people use today and the matching connector-designer command on the same
# inputs, alternating, RUNS times each, and prints the medians: wall time, CPU time (user+sys,
# steadier than wall time on a busy machine), peak memory (max RSS), and our speed-up.
#
#   bench/compare-peers.sh [BUILD_DIR]     (default: build)
#   RUNS=5 SPECTRAL_RUNS=1 CD_CORPUS=... CD_TOOLS=... bench/compare-peers.sh
#
# The peers are installed from the npm registry, at pinned versions, into a cache outside the
# repository; generated inputs go to the same cache. Nothing is written into the repository.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
designer=$build/app/connector-designer
runs=${RUNS:-5}
spectral_runs=${SPECTRAL_RUNS:-1}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/connector-designer-bench
inputs=${CD_BENCH_CACHE:-$cache/inputs}
tools=${CD_TOOLS:-$root/../shared/tools}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -x $designer ]] || { echo "compare-peers: build connector-designer first ($designer)" >&2; exit 2; }
command -v node >/dev/null || { echo "compare-peers: Node.js is needed" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "compare-peers: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

peers=(@apidevtools/swagger-parser@13.0.0 @stoplight/spectral-cli@6.16.3 postman-to-openapi@1.7.3
       swagger2openapi@7.0.8)
if [[ ! -f $cache/.installed-v1 ]]; then
  echo "Installing the peers into $cache ..." >&2
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error "${peers[@]}" >&2 \
    || { echo "compare-peers: npm install failed (no registry?)" >&2; exit 3; }
  touch "$cache/.installed-v1"
fi
export NODE_PATH=$cache/node_modules

mkdir -p "$inputs"
swagger=$inputs/swagger-2000-1000.json
postman=$inputs/postman-2000.json
[[ -s $swagger ]] || node "$tools/gen-swagger2.js" 2000 1000 "$swagger" --pretty >&2
[[ -s $postman ]] || node "$tools/gen-postman21.js" 2000 "$postman" --pretty >&2
# The same API as OpenAPI 3.0, for our 3 -> 2 conversion against swagger2openapi's 2 -> 3.
oas3=$inputs/swagger-2000-1000.oas3.json
[[ -s $oas3 ]] || "$cache/node_modules/.bin/swagger2openapi" "$swagger" -o "$oas3" >&2
printf 'extends: ["spectral:oas"]\n' >"$work/.spectral.yaml"

# measure NAME COMMAND...: one run, appends "wall cpu maxrss_kb" to $work/NAME. Only the last
# line of time's output: a command that exits non-zero (validate with errors does) gets a
# "Command exited with non-zero status" line first, which must not count as a run.
measure() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  tail -n 1 "$work/time" | awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' >>"$work/$name"
}

# Columns: wall median, cpu median, rss median.
medians() {
  local f=$work/$1
  for col in 1 2 3; do
    cut -d' ' -f$col "$f" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s ", m }'
  done
}

cases=(validate import convert)
declare -A peer_name ours_name
peer_name[validate]="swagger-parser validate"; ours_name[validate]="connector-designer validate"
peer_name[import]="postman-to-openapi"; ours_name[import]="connector-designer import (Postman)"
peer_name[convert]="swagger2openapi (2 -> 3)"; ours_name[convert]="connector-designer import (OpenAPI 3 -> 2)"

echo "Running $runs alternating rounds (spectral: $spectral_runs) ..." >&2
for ((i = 1; i <= runs; i++)); do
  measure validate.peer node "$here/peers/swagger-parser-validate.js" "$swagger"
  measure validate.ours "$designer" validate "$swagger"
  measure import.peer node "$here/peers/postman-to-openapi.js" "$postman" "$work/p2o.yml"
  measure import.ours "$designer" import "$postman" --out "$work/imported" --force
  measure convert.peer "$cache/node_modules/.bin/swagger2openapi" "$swagger" -o "$work/s2o.json"
  measure convert.ours "$designer" import "$oas3" --out "$work/converted" --force
  if ((i <= spectral_runs)); then
    (cd "$work" && measure spectral.peer "$cache/node_modules/.bin/spectral" lint -r "$work/.spectral.yaml" "$swagger")
    measure spectral.ours "$designer" validate "$swagger"
  fi
done
((spectral_runs > 0)) && cases+=(spectral)
peer_name[spectral]="spectral lint (spectral:oas)"; ours_name[spectral]="connector-designer validate"

size() { stat -c %s "$1" | awk '{ printf "%.1f MB", $1 / 1048576 }'; }
echo
echo "Peers vs connector-designer, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Inputs: gen-swagger2.js 2000 ops ($(size "$swagger")), gen-postman21.js 2000 requests ($(size "$postman")),"
echo "        the same API as OpenAPI 3.0 ($(size "$oas3")). Medians of $runs runs ($spectral_runs for spectral), whole process."
echo
printf '| %-8s | %-44s | %8s | %8s | %9s | %-12s |\n' case tool "wall s" "CPU s" "peak MB" "speed-up"
printf '|%s|%s|%s|%s|%s|%s|\n' "----------" "----------------------------------------------" "----------" "----------" "-----------" "--------------"
for c in "${cases[@]}"; do
  read -r pw pc pr <<<"$(medians "$c.peer")"
  read -r ow oc or <<<"$(medians "$c.ours")"
  printf '| %-8s | %-44s | %8.2f | %8.2f | %9.0f | %-12s |\n' "$c" "${peer_name[$c]}" "$pw" "$pc" "$(echo "$pr / 1024" | bc -l)" ""
  ratio=$(awk -v a="$pw" -v b="$ow" -v x="$pc" -v y="$oc" 'BEGIN { printf "%.1fx / %.1fx", (b > 0 ? a / b : 0), (y > 0 ? x / y : 0) }')
  printf '| %-8s | %-44s | %8.2f | %8.2f | %9.0f | %-12s |\n' "" "${ours_name[$c]}" "$ow" "$oc" "$(echo "$or / 1024" | bc -l)" "$ratio"
done
echo
echo "speed-up: wall / CPU, peer time divided by ours (higher is better)."
