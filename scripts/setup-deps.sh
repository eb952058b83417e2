#!/usr/bin/env bash
# Installs the Debian 12 packages Email Manager needs to build, run and test.
# Usage: scripts/setup-deps.sh [--test] [--bench]
#   --test adds what the test suite uses; --bench what tests/bench/compare.sh compares against.
# Runs apt-get as root, or through sudo; says what to do when neither is possible.
set -euo pipefail

build_packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite qt6-networkauth-dev qtkeychain-qt6-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libgmime-3.0-dev libxml2-dev qt6-httpserver-dev qt6-websockets-dev
  libsecret-1-0 fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji
)
# The end-to-end tests drive a headless Chromium and use a real Secret Service on a private
# bus (scripts/with-keyring.sh: dbus-daemon, dbus-send from dbus-bin, secret-tool). dbus-x11
# is the session bus gnome-keyring asks for; otherwise apt picks dbus-user-session, which
# brings in systemd as init.
# The harness (docs/HARNESS.md): clang with libFuzzer (libclang-rt-14-dev) for tests/fuzz,
# clang-tidy and cppcheck for scripts/static-analysis.sh.
test_packages=(
  libgtest-dev libgmock-dev
  chromium gnome-keyring dbus-daemon dbus-bin dbus-x11 libsecret-tools xvfb xauth
  clang-14 libclang-rt-14-dev llvm clang-tidy-14 cppcheck
)
bench_packages=(
  notmuch maildir-utils nodejs ca-certificates
)

packages=("${build_packages[@]}")
for arg in "$@"; do
  case "$arg" in
    --test) packages+=("${test_packages[@]}") ;;
    --bench)
      packages+=("${bench_packages[@]}")
      # Debian's nodejs comes without npm; a nodejs that bundles npm conflicts with Debian's npm.
      command -v npm >/dev/null 2>&1 || packages+=(npm)
      ;;
    *) echo "usage: $0 [--test] [--bench]" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  # A Node.js from another repository (bundling npm) counts as present.
  [[ "$p" == nodejs ]] && command -v node >/dev/null 2>&1 && continue
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  apt=(apt-get)
elif command -v sudo >/dev/null 2>&1; then
  apt=(sudo apt-get)
else
  echo "error: these Debian packages are missing: ${missing[*]}" >&2
  echo "Run as root (or install sudo) so that apt-get can install them." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${apt[@]}" update -qq
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}"
