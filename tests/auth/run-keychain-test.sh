#!/usr/bin/env bash
# Runs the keychain test binary ($1) against a real Secret Service: gnome-keyring-daemon in a
# private D-Bus session (dbus-run-session), its login keyring unlocked with a throwaway password,
# all of it under a temporary HOME/XDG tree removed afterwards. When dbus-run-session,
# gnome-keyring-daemon or libsecret are missing, the test still runs and skips with the reason
# in CD_KEYCHAIN_SKIP (scripts/deps.sh installs them).
set -u
TEST_BINARY="$1"
missing=""
command -v dbus-run-session >/dev/null || missing="$missing dbus-daemon (dbus-run-session)"
command -v gnome-keyring-daemon >/dev/null || missing="$missing gnome-keyring"
ldconfig -p 2>/dev/null | grep -q 'libsecret-1\.so\.0' || missing="$missing libsecret-1-0"
if [ -n "$missing" ]; then
    export CD_KEYCHAIN_SKIP="a real keychain needs:$missing"
    exec "$TEST_BINARY"
fi
SANDBOX="$(mktemp -d)"
trap 'rm -rf "$SANDBOX"' EXIT
export HOME="$SANDBOX/home" XDG_DATA_HOME="$SANDBOX/data" XDG_CONFIG_HOME="$SANDBOX/config"
export XDG_CACHE_HOME="$SANDBOX/cache" XDG_RUNTIME_DIR="$SANDBOX/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export CD_KEYCHAIN_SANDBOX="$SANDBOX"
dbus-run-session -- bash -c '
    # --unlock reads the login keyring password from stdin (creating the keyring).
    eval "$(printf "cd-test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets)" || exit 1
    export GNOME_KEYRING_CONTROL
    "$1"
' keychain "$TEST_BINARY"
