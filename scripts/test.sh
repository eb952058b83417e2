#!/usr/bin/env bash
# README's test command: installs what is missing, builds, and runs the whole test suite.
# Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh --test
scripts/build.sh default
ctest --preset default --timeout 900
