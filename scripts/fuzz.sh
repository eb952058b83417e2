#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan) and runs each for a while.
# Usage: scripts/fuzz.sh [--seconds N] [--jobs J] [target...]
#   --seconds N  how long each target runs (default 60)
#   --jobs J     how many targets run at once (default 2)
#   target       mime htmltotext searchquery gmailbatch gmailjson graphjson mbox (default: all)
# Each target keeps a working corpus in build-fuzz/corpus/NAME, grown from its seeds and
# regression inputs (tests/fuzz/README.md), and writes what it finds to
# build-fuzz/artifacts/NAME/. Prints one line per target; exits 1 when a target found a
# crash, a leak, a timeout or ran out of memory.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(mime htmltotext searchquery gmailbatch gmailjson graphjson mbox)
seconds=60
jobs=2
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
    --jobs) jobs="${2:?--jobs needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *)
      [[ " ${all_targets[*]} " == *" $1 "* ]] || { echo "unknown target: $1 (one of: ${all_targets[*]})" >&2; exit 2; }
      targets+=("$1"); shift ;;
  esac
done
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { echo "--seconds needs a positive number" >&2; exit 2; }
[[ "$jobs" =~ ^[0-9]+$ && "$jobs" -gt 0 ]] || { echo "--jobs needs a positive number" >&2; exit 2; }
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")

scripts/build.sh fuzz

build="build-fuzz"
# UBSan stops at the first finding so that libFuzzer keeps the input (the preset also
# builds with -fno-sanitize-recover=undefined); LSan checks every input for leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"

# Inputs as big as the application meets them, small enough to stay fast.
max_len_of() {
  case "$1" in
    mime) echo 65536 ;; # GMime under ASan takes seconds for one 100 KB header
    mbox) echo 65536 ;;
    htmltotext) echo 65536 ;;
    searchquery) echo 8192 ;; # compileSearch refuses more than 4096 characters
    *) echo 32768 ;;          # JSON answers and batch answers
  esac
}

seeds_of() {
  case "$1" in
    mime) echo tests/data/mime ;;
    mbox) echo tests/data/mbox ;;
    *) echo "tests/fuzz/seeds/$1" ;;
  esac
}

run_target() {
  local name="$1"
  local corpus="$build/corpus/$name" artifacts="$build/artifacts/$name" log="$build/logs/$name.log"
  mkdir -p "$corpus" "$artifacts" "$build/logs"
  local args=("$corpus" "$(seeds_of "$name")" "tests/fuzz/regressions/$name"
    -max_total_time="$seconds" -max_len="$(max_len_of "$name")" -timeout=10 -rss_limit_mb=2048
    -print_final_stats=1 -artifact_prefix="$artifacts/")
  [[ -f "tests/fuzz/$name.dict" ]] && args+=(-dict="tests/fuzz/$name.dict")
  local status=0
  "$build/fuzz/em_fuzz_$name" "${args[@]}" >"$log" 2>&1 || status=$?
  echo "$status" >"$build/logs/$name.status"
}

# Findings of this run only: files newer than this marker.
marker="$build/logs/.started"
mkdir -p "$build/logs"
touch "$marker"
sleep 1 # a finding in the same second as the marker must still count as newer

running=0
for name in "${targets[@]}"; do
  rm -f "$build/logs/$name.status"
  if [[ $running -ge $jobs ]]; then
    wait -n || true
    running=$((running - 1))
  fi
  echo "fuzzing $name for ${seconds}s ..."
  run_target "$name" &
  running=$((running + 1))
done
wait || true

stat_of() { # the value of a -print_final_stats line, or "?"
  local value
  value=$(sed -n "s/^stat::$2:[[:space:]]*//p" "$1" 2>/dev/null | tail -n 1)
  echo "${value:-?}"
}

failed=()
echo
for name in "${targets[@]}"; do
  log="$build/logs/$name.log"
  status=$(cat "$build/logs/$name.status" 2>/dev/null || echo "?")
  runs=$(stat_of "$log" number_of_executed_units)
  speed=$(stat_of "$log" average_exec_per_sec)
  slowest=$(stat_of "$log" slowest_unit_time_sec)
  corpus=$(find "$build/corpus/$name" -type f | wc -l)
  found=$(find "$build/artifacts/$name" -type f -newer "$marker" \
    \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
  if [[ -n "$found" || "$status" != 0 ]]; then
    printf '%-12s FAILED  %s runs, %s exec/s, corpus %s files, slowest input %s s (exit %s, log %s)\n' \
      "$name" "$runs" "$speed" "$corpus" "$slowest" "$status" "$log"
    for artifact in $found; do
      echo "    found: $artifact"
    done
    failed+=("$name")
  else
    # A slow input that stays under -timeout may still be quadratic: worth a look.
    printf '%-12s ok      %s runs, %s exec/s, corpus %s files, slowest input %s s\n' \
      "$name" "$runs" "$speed" "$corpus" "$slowest"
  fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo
  echo "Fuzzing found problems in: ${failed[*]} (details in $build/logs/NAME.log)."
  echo "Reproduce:  $build/fuzz/em_fuzz_NAME ARTIFACT"
  echo "Minimise:   $build/fuzz/em_fuzz_NAME -minimize_crash=1 -max_total_time=60 -exact_artifact_path=SMALL ARTIFACT"
  echo "Then fix the bug, and move the minimised input into tests/fuzz/regressions/NAME/, named after what it"
  echo "found (e.g. gmailbatch/content-length-past-end.txt): the replay test keeps it fixed."
  exit 1
fi
