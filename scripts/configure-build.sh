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
FLAGS=()
# A build directory keeps the generator and flags it was first configured with; choose them only
# for a new one (explicit -D arguments still win, they come later on the command line).
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    if command -v ninja >/dev/null 2>&1; then
        GENERATOR=(-G Ninja)
    fi
    # Line tables only (-g1): enough for backtraces and sanitizer reports, and a third less compile
    # and link time than full debug info. The sanitizer build uses -O1, as ASan recommends.
    OPT=-O2
    case " $* " in *" -DCD_SANITIZE=ON "*) OPT=-O1 ;; esac
    FLAGS=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$OPT -g1 -DNDEBUG")
fi

cmake -S "$ROOT" -B "$BUILD_DIR" "${GENERATOR[@]}" "${FLAGS[@]}" "$@"
cmake --build "$BUILD_DIR" -j"$(nproc)"
