#!/usr/bin/env bash
# Configures and builds the project.
# Usage: bash scripts/configure-build.sh [builddir] [extra cmake args...]   (default builddir: build)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${1:-build}"
shift || true
case "$BUILD_DIR" in
    /*) ;;
    *) BUILD_DIR="$ROOT/$BUILD_DIR" ;;
esac

GENERATOR=()
# A build directory keeps the generator it was first configured with; choose one only for a new one.
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
    GENERATOR=(-G Ninja)
fi

cmake -S "$ROOT" -B "$BUILD_DIR" "${GENERATOR[@]}" "$@"
cmake --build "$BUILD_DIR" -j"$(nproc)"
