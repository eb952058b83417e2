#!/usr/bin/env bash
# Configures and builds a preset (default: "default") with Ninja and ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
