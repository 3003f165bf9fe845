#!/usr/bin/env bash
# Installs oauth2-mock-server@8.2.3 from the npm registry into a cache outside the repository
# (once), then runs the integration test binary given as $1. When Node.js, npm or the registry
# is missing, the test still runs and skips itself with the reason in CD_OAUTH_MOCK_SKIP.
set -u
TEST_BINARY="$1"
VERSION=8.2.3
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/connector-designer-tests"
PREFIX="$CACHE/oauth2-mock-server-$VERSION"
PACKAGE_JSON="$PREFIX/node_modules/oauth2-mock-server/package.json"

installed() { [ -f "$PACKAGE_JSON" ] && grep -q "\"version\": \"$VERSION\"" "$PACKAGE_JSON"; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    export CD_OAUTH_MOCK_SKIP="Node.js and npm are needed to run oauth2-mock-server@$VERSION"
elif ! installed; then
    mkdir -p "$PREFIX"
    # flock: parallel test runs share the cache.
    if ! (flock 9; installed || timeout 300 npm install --prefix "$PREFIX" --no-audit --no-fund --fetch-retries=1 \
            "oauth2-mock-server@$VERSION" >"$PREFIX/npm-install.log" 2>&1) 9>"$PREFIX/.lock"; then
        export CD_OAUTH_MOCK_SKIP="npm could not install oauth2-mock-server@$VERSION (is the registry reachable?): $(grep -m 1 -E 'npm (error|ERR!)' "$PREFIX/npm-install.log")"
    fi
fi
export CD_OAUTH_MOCK_PREFIX="$PREFIX"
exec "$TEST_BINARY"
