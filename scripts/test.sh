#!/usr/bin/env bash
# README's test command: installs what is missing, builds, and runs the whole test suite,
# first in the release build, then again in a Debug build with AddressSanitizer,
# UndefinedBehaviorSanitizer and LeakSanitizer; then a short run of every fuzzer and static
# analysis (clang-tidy, cppcheck) (docs/HARNESS.md). Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
# Free disk space at each step: a full run needs about 5 GB beside the packages
# (docs/HARNESS.md), and a full disk shows up as a compiler's or SQLite's error.
space() { echo "test.sh: $(df -h --output=avail . | tail -1 | tr -d ' ') free before $1"; }
scripts/setup-deps.sh --test
space "the release build"
scripts/build.sh default
ctest --preset default --timeout 900
space "the sanitizer build"
scripts/build.sh asan
ctest --preset asan --timeout 900
space "the fuzzers"
scripts/fuzz.sh --seconds 30
space "static analysis"
scripts/static-analysis.sh build
