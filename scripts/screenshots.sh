#!/usr/bin/env bash
# Renders the README's screenshots offscreen with the project's own binaries (after a build in
# build/): the main window in the light and dark themes and at 200% scaling, and each editor
# through the screenshot tests (which write PNGs when CD_SCREENSHOT_DIR is set).
# Usage: bash scripts/screenshots.sh [OUTDIR]   (default docs/screenshots)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$(cd "$ROOT" && mkdir -p "${1:-docs/screenshots}" && cd "${1:-docs/screenshots}" && pwd)"
BIN="$ROOT/build/app/connector-designer"
[ -x "$BIN" ] || { echo "screenshots: build first (bash scripts/configure-build.sh build)" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen

# The preferences of a scratch user, so the user's own settings neither leak in nor change.
CONFIG="$(mktemp -d)"
trap 'rm -rf "$CONFIG"' EXIT
mkdir -p "$CONFIG/ConnectorDesigner"

shot() { # theme scale file
    printf '[preferences]\ntheme=%s\n' "$1" >"$CONFIG/ConnectorDesigner/Connector Designer.conf"
    XDG_CONFIG_HOME="$CONFIG" QT_SCALE_FACTOR="$2" "$BIN" --sample --screenshot "$OUT/$3" 2>/dev/null
    echo "screenshots: $OUT/$3"
}
shot light 1 main-window.png
shot dark 1 main-window-dark.png
shot light 2 main-window-200.png

# The editors, rendered by the tests that make the README's pictures.
SCREEN_TESTS=(ui_validation_screens ui_definition_screens ui_definition_widget_screens ui_code_screens
    ui_policies ui_security_screens ui_reimport ui_test_tab_screens)
for name in "${SCREEN_TESTS[@]}"; do
    test="$ROOT/build/tests/ui/$name"
    [ -x "$test" ] || { echo "screenshots: $name not built" >&2; continue; }
    CD_SCREENSHOT_DIR="$OUT" CD_CORPUS="${CD_CORPUS:-$ROOT/../shared/corpus}" "$test" >/dev/null 2>&1 \
        || echo "screenshots: $(basename "$test") failed" >&2
done
ls "$OUT"
