#!/usr/bin/env bash
# README's test command: installs what is missing, builds, and runs the whole test suite,
# first in the release build, then again in a Debug build with AddressSanitizer,
# UndefinedBehaviorSanitizer and LeakSanitizer; then a short run of every fuzzer and static
# analysis (clang-tidy, cppcheck) (docs/HARNESS.md). Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh --test
scripts/build.sh default
ctest --preset default --timeout 900
scripts/build.sh asan
ctest --preset asan --timeout 900
scripts/fuzz.sh --seconds 30
scripts/static-analysis.sh build
