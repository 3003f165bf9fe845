#!/usr/bin/env bash
# Integration against an independent server: for corpus connectors, Prism (from the npm
# registry, installed into a cache outside the repository) mocks the definition on 127.0.0.1
# and `connector-designer test --all` runs every operation with generated values. Prism rejects
# requests that break the definition (422, or 401 without credentials), so this checks the
# request builder against an outside implementation.
#   prism-integration.sh EXECUTABLE CORPUS [COUNT]
# Exit 77 (skipped) when Prism cannot be installed (offline) or there is no corpus.
set -u
exe=$1
corpus=$2/connectors
count=${3:-12}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/connector-designer-tests
prism=$cache/node_modules/.bin/prism
if [ ! -d "$corpus" ]; then echo "SKIP: no corpus at $corpus"; exit 77; fi
if [ ! -x "$prism" ]; then
  mkdir -p "$cache"
  if ! timeout 300 npm install --prefix "$cache" --no-audit --no-fund @stoplight/prism-cli@5.14.2 >"$cache/prism-install.log" 2>&1; then
    echo "SKIP: cannot install @stoplight/prism-cli@5.14.2 (offline?); see $cache/prism-install.log"
    exit 77
  fi
fi
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null; rm -rf "$work"' EXIT

# Connectors with API-key or no authentication and a host, in a stable order.
mapfile -t folders < <(find "$corpus" -name apiDefinition.swagger.json -printf '%h\n' | LC_ALL=C sort | head -n 400)
tested=0 operations=0 accepted=0 rejected=0 mismatches=0 noresponse=0 other=0
for dir in "${folders[@]}"; do
  [ "$tested" -ge "$count" ] && break
  # The secrets: every connection parameter as CONNECTOR_SECRET_<NAME>, plus basic and token.
  envs=$(node -e '
    const fs = require("fs");
    const strip = s => s.replace(/^\uFEFF/, "");
    let p; try { p = JSON.parse(strip(fs.readFileSync(process.argv[1] + "/apiProperties.json", "utf8"))); } catch (e) { process.exit(1); }
    let d; try { d = JSON.parse(strip(fs.readFileSync(process.argv[1] + "/apiDefinition.swagger.json", "utf8"))); } catch (e) { process.exit(1); }
    const types = Object.values(d.securityDefinitions || {}).map(s => s.type);
    if (types.some(t => t !== "apiKey" && t !== "basic" && t !== "oauth2")) process.exit(1);
    const names = Object.keys((p.properties || {}).connectionParameters || {});
    const out = names.map(n => "CONNECTOR_SECRET_" + n.toUpperCase().replace(/[^A-Z0-9]/g, "_") + "=test-secret");
    out.push("CONNECTOR_SECRET_USERNAME=user", "CONNECTOR_SECRET_PASSWORD=pass", "CONNECTOR_SECRET_TOKEN=test-token");
    console.log(out.join("\n"));' "$dir") || continue
  port=$((20000 + RANDOM % 20000))
  "$prism" mock -h 127.0.0.1 -p "$port" --errors "$dir/apiDefinition.swagger.json" >"$work/prism.log" 2>&1 &
  pid=$!
  up=0
  for _ in $(seq 1 60); do
    if grep -q 'Prism is listening' "$work/prism.log"; then up=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ "$up" != 1 ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; continue; fi
  env $envs "$exe" test "$dir" --all --base-url "http://127.0.0.1:$port" --format json --attempts 1 --timeout 10000 \
    >"$work/out.json" 2>"$work/err.txt"
  code=$?
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  if [ "$code" -gt 1 ]; then echo "FAIL: $(basename "$dir"): exit $code: $(head -c 300 "$work/err.txt")"; exit 1; fi
  line=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    // Accepted: the request passed the mock validation (any answer but a rejection or no route).
    let a = 0, j = 0, m = 0, n = 0, o = 0; const bad = [];
    for (const t of r) {
      if (t.status === null) { n++; continue; }
      if ([400, 401, 406, 415, 422].includes(t.status)) { j++; if (bad.length < 2) bad.push(t.operationId + " " + t.status); }
      else if (t.status === 404 || t.status === 405) o++;
      else { a++; if (t.schemaValid === false) m++; }
    }
    console.log([r.length, a, j, m, n, o, bad.join("; ")].join("|"));' "$work/out.json")
  IFS='|' read -r ops acc rej mis nor oth why <<<"$line"
  tested=$((tested + 1)); operations=$((operations + ops)); accepted=$((accepted + acc)); rejected=$((rejected + rej))
  mismatches=$((mismatches + mis)); noresponse=$((noresponse + nor)); other=$((other + oth))
  printf '%-40s %3s operations, %3s accepted, %3s rejected, %3s schema mismatches %s\n' \
    "$(basename "$dir")" "$ops" "$acc" "$rej" "$mis" "${why:+($why)}"
done
echo "TOTAL: $tested connectors, $operations operations, $accepted accepted by the mock, $rejected rejected (400/401/406/415/422), $mismatches responses not matching their schema, $noresponse without a response, $other without a route (404/405)"
[ "$tested" -gt 0 ] || { echo "FAIL: no connector could be mocked"; exit 1; }
# The builder must get most requests past an independent validator.
[ $((accepted * 100)) -ge $((operations * 80)) ] || { echo "FAIL: fewer than 80% accepted"; exit 1; }
