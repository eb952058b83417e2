#!/usr/bin/env bash
# README's run command: installs what is missing, builds, and starts Email Manager.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh default
exec build/bin/email-manager "$@"
