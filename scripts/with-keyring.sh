#!/usr/bin/env bash
# Runs a command against a real, unlocked Secret Service (gnome-keyring) on a private D-Bus
# session bus, with a throwaway HOME, XDG directories and TMPDIR, all removed afterwards.
# Usage: scripts/with-keyring.sh CMD [ARGS...]
# The exit status is CMD's (128+N when a signal N ended it; 1 when the keyring did not start).
# em_add_test(... KEYRING) runs tests through it, so that they never touch a real keyring.
#
# The bus and the keyring are this script's own children (not dbus-run-session's), so that
# it can end and reap them itself. Their descriptors go to /dev/null: a daemon holding the
# caller's stdout or stderr would keep ctest waiting for end of file.
# shellcheck disable=SC2317 # the functions run from traps and wait_until
set -uo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi
for tool in dbus-daemon dbus-send gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (scripts/setup-deps.sh --test installs it)" >&2
        exit 1
    fi
done

tmp=${TMPDIR:-/tmp}
# A run that was killed outright (ctest's timeout sends SIGKILL) could not clean up: remove
# the folders of runs that have ended.
for owner in "$tmp"/em-keyring.*/owner; do
    [[ -f "$owner" ]] || continue
    read -r pid <"$owner" 2>/dev/null || continue
    kill -0 "$pid" 2>/dev/null || rm -rf "${owner%/owner}"
done
root=$(mktemp -d "$tmp/em-keyring.XXXXXXXX") || exit 1
echo $$ >"$root/owner"
bus_pid="" keyring_pid="" cmd_pid=""

running() { # PID...: whether one of them still runs (a zombie has ended)
    local p stat
    for p; do
        read -r stat 2>/dev/null <"/proc/$p/stat" || continue
        stat=${stat##*) }
        [[ ${stat%% *} != Z ]] && return 0
    done
    return 1
}
stop() { # PID...: TERM, up to 2 s of grace, then KILL
    [[ $# -gt 0 ]] || return 0
    kill -TERM "$@" 2>/dev/null
    for _ in $(seq 20); do
        running "$@" || return 0
        sleep 0.1
    done
    kill -KILL "$@" 2>/dev/null
}

cleanup() {
    [[ -n "$cmd_pid" ]] && stop "$cmd_pid"
    [[ -n "$keyring_pid" ]] && stop "$keyring_pid"
    [[ -n "$bus_pid" ]] && stop "$bus_pid"
    wait 2>/dev/null
    # Then whatever else carries this session's runtime directory in its environment:
    # services the bus started on demand, or daemons CMD left behind.
    local rest=() f
    while read -r f; do
        f=${f#/proc/}
        rest+=("${f%/environ}")
    done < <(grep -lzxF "XDG_RUNTIME_DIR=$root/runtime" /proc/[0-9]*/environ 2>/dev/null)
    stop "${rest[@]}"
    rm -rf "$root"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

mkdir -m 0700 "$root/home" "$root/runtime" "$root/config" "$root/data" "$root/cache" "$root/tmp"
export HOME="$root/home" XDG_RUNTIME_DIR="$root/runtime" XDG_CONFIG_HOME="$root/config" \
    XDG_DATA_HOME="$root/data" XDG_CACHE_HOME="$root/cache" TMPDIR="$root/tmp"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$root/runtime/bus"
# Otherwise gnome-keyring-daemon would unlock the caller's running keyring instead.
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

bus_call() { # METHOD [ARG...] on the bus itself
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        "org.freedesktop.DBus.$1" "${@:2}" 2>/dev/null
}
wait_until() { # TRIES CMD...: polls every 0.1 s
    local tries=$1
    shift
    for _ in $(seq "$tries"); do
        "$@" && return 0
        sleep 0.1
    done
    return 1
}

dbus-daemon --session --nofork --nopidfile --address="$DBUS_SESSION_BUS_ADDRESS" </dev/null >/dev/null 2>&1 &
bus_pid=$!
if ! wait_until 100 bus_call GetId >/dev/null; then
    echo "with-keyring.sh: the D-Bus session bus did not start" >&2
    exit 1
fi

printf 'em-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
keyring_pid=$!
# Until our daemon owns the name, a Secret Service call would make the bus start another,
# locked keyring. The login collection appears a moment after the name: wait until a store
# and a lookup really work, so that CMD never races its creation.
owns_name() { bus_call NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true'; }
usable() {
    printf ok | timeout 5 secret-tool store --label=em-with-keyring em-with-keyring probe >/dev/null 2>&1 &&
        [[ "$(timeout 5 secret-tool lookup em-with-keyring probe 2>/dev/null)" == ok ]] &&
        timeout 5 secret-tool clear em-with-keyring probe >/dev/null 2>&1
}
if ! wait_until 100 owns_name || ! wait_until 50 usable; then
    echo "with-keyring.sh: gnome-keyring did not become usable" >&2
    exit 1
fi

# In the background so that TERM or INT (ctest's timeout, ^C) is handled at once. The
# explicit redirection keeps CMD's stdin (bash gives background jobs /dev/null).
"$@" <&0 &
cmd_pid=$!
wait "$cmd_pid"
status=$?
cmd_pid=""
exit "$status"
