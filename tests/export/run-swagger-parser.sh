#!/usr/bin/env bash
# Installs @apidevtools/swagger-parser@13.0.0 from the npm registry into a cache outside the
# repository (once), then runs the test binary given as $1. When Node.js, npm or the registry is
# missing, the test still runs and skips itself with the reason in CD_SWAGGER_PARSER_SKIP.
set -u
TEST_BINARY="$1"
VERSION=13.0.0
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/connector-designer-tests"
PREFIX="$CACHE/swagger-parser-$VERSION"
PACKAGE_JSON="$PREFIX/node_modules/@apidevtools/swagger-parser/package.json"

installed() { [ -f "$PACKAGE_JSON" ] && grep -q "\"version\": \"$VERSION\"" "$PACKAGE_JSON"; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    export CD_SWAGGER_PARSER_SKIP="Node.js and npm are needed to run @apidevtools/swagger-parser@$VERSION"
elif ! installed; then
    mkdir -p "$PREFIX"
    # flock: parallel test runs share the cache.
    if ! (flock 9; installed || timeout 300 npm install --prefix "$PREFIX" --no-audit --no-fund --fetch-retries=1 \
            "@apidevtools/swagger-parser@$VERSION" >"$PREFIX/npm-install.log" 2>&1) 9>"$PREFIX/.lock"; then
        export CD_SWAGGER_PARSER_SKIP="npm could not install @apidevtools/swagger-parser@$VERSION (is the registry reachable?): $(grep -m 1 -E 'npm (error|ERR!)' "$PREFIX/npm-install.log")"
    fi
fi
export CD_SWAGGER_PARSER_PREFIX="$PREFIX"
export CD_SWAGGER_PARSER_SCRIPT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/swagger-parser-validate.js"
exec "$TEST_BINARY"
