#!/usr/bin/env bash
# Configures and builds a preset (default: "default") with Ninja and ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the checkout, so a clone in another folder (as CI makes) reuses the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
# Without these ccache refuses every file compiled with the precompiled Qt headers
# ("could not use precompiled header"), which is nearly all of them. CMake passes the
# header with -include, as ccache requires for GCC.
export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"
# The three trees (default, asan, fuzz) fit in this with room to spare (docs/HARNESS.md);
# ccache's own default, 5 GB, is more than a small disk can give.
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-3G}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
