#!/usr/bin/env bash
# Installs the build into a scratch root and builds the .deb, then checks what a user's system
# would get: the executable runs, the desktop entry and AppStream metainfo validate, the icon
# comes in every size, and the package declares its Qt dependencies.
# Usage: package-test.sh BUILD_DIR
set -euo pipefail
BUILD="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
APP_ID=org.connectordesigner.ConnectorDesigner
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (it comes with Debian's $2; scripts/deps.sh installs it)"; }
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need dpkg-deb dpkg
need cpack cmake

# PNG width and height from the IHDR chunk, as "WxH".
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{printf "%dx%d", $3*256+$4, $7*256+$8}'; }

check_version() {
    local out
    out="$("$1" --version)" || fail "$1 --version failed"
    [[ "$out" =~ ^connector-designer\ [0-9]+\.[0-9]+\.[0-9]+\ \(Qt\ 6\.[0-9]+ ]] || fail "unexpected --version output: $out"
    echo "package-test: $out"
}

check_tree() {
    local root="$1"
    [ -x "$root/usr/bin/connector-designer" ] || fail "no executable in $root/usr/bin"
    local desktop="$root/usr/share/applications/$APP_ID.desktop"
    local metainfo="$root/usr/share/metainfo/$APP_ID.metainfo.xml"
    [ -f "$desktop" ] || fail "no desktop entry"
    [ -f "$metainfo" ] || fail "no metainfo"
    desktop-file-validate "$desktop" || fail "desktop entry does not validate"
    appstreamcli validate --no-net "$metainfo" || fail "metainfo does not validate"
    grep -q "release version=\"$EXPECTED_VERSION\"" "$metainfo" || fail "metainfo release is not $EXPECTED_VERSION"
    [ -f "$root/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "no scalable icon"
    local size png
    for size in 16 24 32 48 64 128 256; do
        png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        [ -f "$png" ] || fail "no ${size}px icon"
        [ "$(png_size "$png")" = "${size}x${size}" ] || fail "$png is $(png_size "$png"), not ${size}x${size}"
    done
    check_version "$root/usr/bin/connector-designer"
}

EXPECTED_VERSION="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")"
[ -n "$EXPECTED_VERSION" ] || fail "no project version in $BUILD/CMakeCache.txt"

echo "package-test: cmake --install into a scratch root"
DESTDIR="$WORK/install" cmake --install "$BUILD" --prefix /usr >/dev/null
check_tree "$WORK/install"

echo "package-test: cpack -G DEB"
(cd "$BUILD" && cpack -G DEB -B "$WORK/pkg" >/dev/null) || fail "cpack failed"
deb="$(ls "$WORK"/pkg/*.deb)"
echo "package-test: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "package-test: Depends: $depends"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libstdc++6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$EXPECTED_VERSION" ] || fail "package version is not $EXPECTED_VERSION"
dpkg-deb -x "$deb" "$WORK/deb"
check_tree "$WORK/deb"
echo "package-test: ok"
