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
echo "Provider emulator running; its provider configuration is in $config"
# The demo: point a provider at the emulator unless it is configured for a real service
# (the emulator's port changes from run to run, so an earlier demo setting is renewed).
for provider in google microsoft; do
    current=$(build/bin/emailctl provider show "$provider" 2>/dev/null | awk '/auth url:/ {print $3}')
    if [[ -z "$current" || "$current" == http://127.0.0.1:* ]] ||
        build/bin/emailctl provider show "$provider" 2>/dev/null | grep -q 'client id: *not set'; then
        if ! build/bin/emailctl provider set "$provider" --from-json "$config" >/dev/null; then
            echo "Could not configure $provider for the emulator (see above); enter the values from $config in Settings > Email settings." >&2
        fi
    fi
done
build/bin/email-manager "$@"
