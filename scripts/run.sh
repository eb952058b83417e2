#!/usr/bin/env bash
# README's run command: installs what is missing, builds, starts the provider emulator
# (email-manager-sandbox, a local stand-in for Google and Microsoft) and Email Manager.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh default

config="${XDG_RUNTIME_DIR:-/tmp}/email-manager-sandbox.json"
build/bin/email-manager-sandbox --port "${EM_SANDBOX_PORT:-0}" --seed 1 --messages 500 --config-json "$config" >/dev/null &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [[ -s "$config" ]] && break; sleep 0.05; done
echo "Provider emulator running; the provider configuration to enter in Settings > Email settings is in $config"
build/bin/email-manager "$@"
