#!/usr/bin/env bash
# Installs the system packages the build and the tests need, and only those that are missing.
# Debian 12 / Ubuntu: apt-get. Elsewhere: prints the equivalent package lists and exits 1.
# Usage: bash scripts/deps.sh [--check]   (--check lists what is missing, installs nothing)
set -euo pipefail

# The one list of Debian packages. Later issues add their packages here, and a row to the
# README's dependency table.
REQUIRED_DEBIAN=(
    cmake               # build system (and ctest)
    g++                 # C++17 compiler
    qt6-base-dev        # Qt Core, Gui, Widgets, Network, Test, Concurrent (headers + CMake config)
    qt6-base-dev-tools  # moc, rcc, uic used by CMake's AUTOMOC/AUTORCC
    qt6-svg-dev         # Qt SVG (QSvgRenderer) for the SVG icons
    libqt6svg6          # ships plugins/iconengines/libqsvgicon.so: QIcon loads .svg through it
    libgl-dev           # Qt6Gui's CMake config requires OpenGL headers
    qt6-tools-dev       # Qt6LinguistTools CMake package: qt_add_translations (translations/*.ts -> .qm)
    qt6-l10n-tools      # lupdate and lrelease, which qt_add_translations runs
    dpkg-dev            # dpkg-shlibdeps: cpack computes the .deb's Depends with it
    appstream           # appstreamcli: the package test validates the AppStream metainfo
    desktop-file-utils  # desktop-file-validate: the package test validates the .desktop entry
    libqscintilla2-qt6-dev  # QScintilla: the code editor of the Code and Swagger tabs
    libyaml-cpp-dev     # yaml-cpp: reads OpenAPI/Swagger YAML for the importers (with line:column marks)
    qt6-httpserver-dev  # QHttpServer: the built-in demo API and the tests' local servers
    qt6-websockets-dev  # Qt6HttpServer's CMake package requires it, but Debian 12 does not pull it in
    qtkeychain-qt6-dev  # QtKeychain: connection secrets in the OS keychain (Secret Service / KWallet)
    libvalijson-dev     # valijson: checks test responses against the operation's JSON Schema (draft 4)
    libbenchmark-dev    # Google Benchmark: the bench/ executables
    libzip-dev          # libzip: the connector's zip export (export --to zip)
    zipcmp zipmerge ziptool  # Debian 12's libzip CMake package fails unless these tools are installed
)
# Installed when the distribution has them; the build works without them.
OPTIONAL_DEBIAN=(
    ninja-build         # faster builds (scripts use it when present)
    clang               # libFuzzer harnesses (fuzz/run-fuzzer.sh)
    libclang-rt-14-dev  # clang's fuzzer/sanitizer runtimes (only "recommended" by clang on Debian 12)
    gnome-keyring       # a real Secret Service for the auth_keychain test (SecretStore through QtKeychain)
    libsecret-1-0       # QtKeychain reaches the Secret Service through libsecret (loaded at run time)
    dbus-daemon         # dbus-run-session: the private D-Bus session of the auth_keychain test
)

# Equivalents for other systems, printed only (never run).
FEDORA="gnome-keyring libsecret cmake gcc-c++ libzip-devel qt6-qthttpserver-devel qtkeychain-qt6-devel valijson-devel google-benchmark-devel nodejs npm ninja-build qt6-qtbase-devel qt6-qtsvg-devel qt6-qttools-devel qscintilla-qt6-devel mesa-libGL-devel yaml-cpp-devel clang compiler-rt appstream desktop-file-utils"
ARCH="gnome-keyring libsecret cmake gcc libzip qt6-httpserver qtkeychain-qt6 valijson benchmark nodejs npm ninja qt6-base qt6-svg qt6-tools qscintilla-qt6 mesa yaml-cpp clang compiler-rt appstream desktop-file-utils"
BREW="cmake ninja libzip qtkeychain google-benchmark node qt@6 qscintilla2 yaml-cpp llvm"

print_other_systems() {
    echo "This script installs packages with apt-get (Debian 12 / Ubuntu). On other systems install:"
    echo "  Fedora:  sudo dnf install ${FEDORA}"
    echo "  Arch:    sudo pacman -S --needed ${ARCH}"
    echo "  macOS:   brew install ${BREW}   (then: export CMAKE_PREFIX_PATH=\"\$(brew --prefix qt@6)\")"
}

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    print_other_systems
    exit 1
fi

is_installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing_from() {
    local pkg
    for pkg in "$@"; do
        is_installed "$pkg" || echo "$pkg"
    done
}

mapfile -t missing_required < <(missing_from "${REQUIRED_DEBIAN[@]}")
mapfile -t missing_optional < <(missing_from "${OPTIONAL_DEBIAN[@]}")
# Node.js and npm run the outside peers the tests start (Prism mock, oauth2-mock-server), installed
# from the npm registry into a cache outside the repository. Checked by command, not by package:
# NodeSource's nodejs ships npm itself and conflicts with Debian's npm package.
command -v node >/dev/null 2>&1 || missing_required+=(nodejs)
command -v npm >/dev/null 2>&1 || missing_required+=(npm)

if [ ${#missing_required[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ]; then
    echo "deps: all packages present"
    exit 0
fi

if [ "${1:-}" = "--check" ]; then
    echo "deps: missing required: ${missing_required[*]:-none}"
    echo "deps: missing optional: ${missing_optional[*]:-none}"
    [ ${#missing_required[@]} -eq 0 ]
    exit $?
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "deps: not root and no sudo; install as root: apt-get install ${missing_required[*]} ${missing_optional[*]}" >&2
        exit 1
    fi
    SUDO=(sudo)
fi
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q)

echo "deps: installing: ${missing_required[*]} ${missing_optional[*]}"
"${APT[@]}" update </dev/null

# Optional packages may not exist on every release (e.g. a different clang version): keep those
# the archive knows, skip the rest with a note.
available_optional=()
for pkg in "${missing_optional[@]}"; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then
        available_optional+=("$pkg")
    else
        echo "deps: optional package $pkg is not available here; skipping"
    fi
done

"${APT[@]}" install "${missing_required[@]}" "${available_optional[@]}" </dev/null

still_missing=$(missing_from "${REQUIRED_DEBIAN[@]}")
if [ -n "$still_missing" ]; then
    echo "deps: still missing after install: $still_missing" >&2
    exit 1
fi
echo "deps: done"
