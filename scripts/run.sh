#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds, and starts the designer with the sample connector.
# Extra arguments go to the application.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/deps.sh
bash scripts/configure-build.sh build
exec "$ROOT/build/app/connector-designer" --sample "$@"
