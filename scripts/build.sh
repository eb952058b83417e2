#!/usr/bin/env bash
# Configures and builds a preset (default: "default") with Ninja and ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the checkout, so a clone in another folder (as CI makes) reuses the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
