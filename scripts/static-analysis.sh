#!/usr/bin/env bash
# Static analysis of the product code (core, ui, app): clang-tidy with the checked-in
# .clang-tidy and cppcheck with tests/static/cppcheck.supp. Both must be clean: every
# warning fails the run. Usage: scripts/static-analysis.sh [BUILD_DIR] (default: build,
# a configured and built tree: its compile commands and header dependencies are used).
#
# clang-tidy takes seconds per file, so a file is analysed again only when it, a project
# header it includes, the configuration or the tools changed: clean results are remembered
# under ~/.cache/email-manager/static, keyed by their contents (not paths, so that a fresh
# clone, as CI makes, reuses them). cppcheck keeps its own cache there.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$(cd "${1:-build}" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/email-manager/static
mkdir -p "$cache/tidy" "$cache/cppcheck" "$build/static"
jobs=$(nproc)

for tool in clang-tidy-14 cppcheck; do
  command -v "$tool" >/dev/null || { echo "static-analysis: $tool is missing (scripts/setup-deps.sh --test installs it)" >&2; exit 1; }
done
[[ -f "$build/compile_commands.json" && -f "$build/.ninja_deps" ]] \
  || { echo "static-analysis: $build is not a built tree" >&2; exit 1; }

# clang cannot read GCC's precompiled header: the same commands without it. (Every file
# includes what it uses, so it compiles without the precompiled Qt headers too.)
sed -E 's/-include [^ ]*cmake_pch\.hxx//g; s/-Winvalid-pch//g' "$build/compile_commands.json" \
  >"$build/static/compile_commands.json"

# What every result depends on besides the file and its project headers.
global=$({
  clang-tidy-14 --version
  cat .clang-tidy
  dpkg-query -W qt6-base-dev libgmime-3.0-dev libxml2-dev qtkeychain-qt6-dev 2>/dev/null || true
  sed -E "s|$root|.|g" "$build/static/compile_commands.json" | grep -E '"command"' | sed -E 's/ -o [^ ]+//; s/ -c [^ ]+//' | sort -u
} | sha256sum | cut -c1-64)

# Each source file with the project files it includes, from Ninja's dependency log. Its
# paths are absolute, or relative to the build tree where ccache's base_dir rewrote them.
declare -A deps
while IFS=$'\t' read -r src list; do
  deps[$src]=$list
done < <(ninja -C "$build" -t deps 2>/dev/null | awk -v root="$root/" -v relroot="$(realpath --relative-to="$build" "$root")/" '
  /^[^ ]/ { if (src != "") print src "\t" list; src = ""; list = ""; next }
  /^    / {
    f = $1
    if (index(f, root) == 1) rel = substr(f, length(root) + 1)
    else if (index(f, relroot) == 1) rel = substr(f, length(relroot) + 1)
    else next
    if (rel ~ /^(core|ui|app)\/.*\.cpp$/ && src == "") { src = rel; next }
    if (rel ~ /^(core|ui|app)\// ) list = list " " rel
  }
  END { if (src != "") print src "\t" list }')

todo=()
declare -A keyOf
for f in $(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp'); do
  if [[ -z "${deps[$f]+x}" ]]; then
    echo "static-analysis: $f is not in $build's dependency log (is the tree built?)" >&2
    exit 1
  fi
  # shellcheck disable=SC2086 # the list is space-separated paths without spaces
  key=$( { echo "$global $f"; cat "$f" $(printf '%s\n' ${deps[$f]} | sort -u); } | sha256sum | cut -c1-64)
  keyOf[$f]=$key
  [[ -f "$cache/tidy/$key" ]] || todo+=("$f")
done
total=${#keyOf[@]}
echo "clang-tidy: $total files, ${#todo[@]} to analyse ($((total - ${#todo[@]})) unchanged since a clean run)"

status=0
if ((${#todo[@]})); then
  out="$build/static/tidy"
  rm -rf "$out" && mkdir -p "$out"
  printf '%s\n' "${todo[@]}" | xargs -P "$jobs" -I{} sh -c '
    f="$1"; log="$2/$(echo "$f" | tr / _).log"
    if clang-tidy-14 -p "$3" --quiet "$f" >"$log" 2>&1; then rm -f "$log"; else echo "clang-tidy: $f" >&2; fi
  ' _ {} "$out" "$build/static" || true
  for f in "${todo[@]}"; do
    log="$out/$(echo "$f" | tr / _).log"
    if [[ -f "$log" ]]; then
      grep -E 'warning:|error:' "$log" | sed -E "s|$root/||" || cat "$log"
      status=1
    else
      touch "$cache/tidy/${keyOf[$f]}"
    fi
  done
fi

# cppcheck: relative paths, so that its cache serves any clone.
cppcheck --quiet --error-exitcode=1 --enable=warning,style,performance,portability --std=c++17 --library=qt \
  --inline-suppr --suppressions-list=tests/static/cppcheck.supp -j "$jobs" --cppcheck-build-dir="$cache/cppcheck" \
  -I core -I ui -DQ_OBJECT= -DQ_SIGNALS=public -DQ_SLOTS= -DQ_EMIT= \
  --template='{file}:{line}: {severity}: {message} [{id}]' core ui app || status=1
echo "cppcheck: core, ui and app checked"

if ((status)); then
  echo "static-analysis: fix the findings above, or suppress one with its reason (see docs/HARNESS.md)" >&2
fi
exit $status
