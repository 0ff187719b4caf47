#!/usr/bin/env bash
# Runs the benchmark programs through Gopherscope, yaegi and real Go and prints
# whole-process wall times (median of N runs) side by side, plus whether the
# outputs agree.
#
#   bench/run.sh                       # every program, 3 runs each
#   bench/run.sh --runs 5 --only fib   # one program, 5 runs
#   bench/run.sh --md                  # Markdown table (for docs/performance.md)
#
# Programs: ../shared/bench/*.go next to the repository when it exists,
# otherwise the copies in bench/programs/ (override with --programs DIR).
# Build the jar first: ./mvnw -B -q package -DskipTests
# yaegi and go are optional (Debian: apt-get install yaegi golang-go).
set -u

usage() {
    cat <<'EOF'
usage: bench/run.sh [options]
  --runs N          timed runs per program and tool; the median is shown (default 3)
  --only NAME       run only NAME (fib, sieve, ...; may be repeated or comma-separated)
  --programs DIR    directory with the *.go programs
  --jar PATH        Gopherscope jar (default target/gopherscope.jar)
  --java PATH       java executable, 21+ (default $JAVA_HOME/bin/java, then Temurin 25, then java)
  --go V            Gopherscope --go version (default: the CLI's default)
  --maxprocs N      Gopherscope --maxprocs (default: the CLI's default, 1)
  --timeout S       per-run timeout in seconds (default 600)
  --startup         add a hello-world row that shows each tool's fixed start-up cost
  --md              print the table as Markdown
  --no-yaegi        skip yaegi even when installed
  --no-go           skip real Go even when installed
  -h, --help        this text
Exit status: 0 when every program ran and all available outputs agree, 1 otherwise.
EOF
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

runs=3
only=()
programs=""
jar="$repo/target/gopherscope.jar"
java=""
gover=""
maxprocs=""
timeout_s=600
startup=0
md=0
use_yaegi=1
use_go=1

while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --runs=*) runs=${1#*=}; shift ;;
        --only) IFS=, read -r -a more <<<"$2"; only+=("${more[@]}"); shift 2 ;;
        --only=*) IFS=, read -r -a more <<<"${1#*=}"; only+=("${more[@]}"); shift ;;
        --programs) programs=$2; shift 2 ;;
        --jar) jar=$2; shift 2 ;;
        --java) java=$2; shift 2 ;;
        --go) gover=$2; shift 2 ;;
        --maxprocs) maxprocs=$2; shift 2 ;;
        --timeout) timeout_s=$2; shift 2 ;;
        --startup) startup=1; shift ;;
        --md) md=1; shift ;;
        --no-yaegi) use_yaegi=0; shift ;;
        --no-go) use_go=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

case "$runs" in ''|*[!0-9]*|0) echo "run.sh: --runs needs a positive number" >&2; exit 2 ;; esac

if [ -z "$programs" ]; then
    if compgen -G "$repo/../shared/bench/*.go" >/dev/null; then
        programs=$(cd "$repo/../shared/bench" && pwd)
    else
        programs="$here/programs"
    fi
fi
if ! compgen -G "$programs/*.go" >/dev/null; then
    echo "run.sh: no *.go programs in $programs" >&2
    exit 2
fi

if [ -z "$java" ]; then
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        java="$JAVA_HOME/bin/java"
    elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
        java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
    else
        java=java
    fi
fi
if [ ! -f "$jar" ]; then
    echo "run.sh: $jar not found; build it with: ./mvnw -B -q package -DskipTests" >&2
    exit 2
fi

have_yaegi=0
if [ "$use_yaegi" = 1 ] && command -v yaegi >/dev/null 2>&1; then have_yaegi=1; fi
have_go=0
if [ "$use_go" = 1 ] && command -v go >/dev/null 2>&1; then have_go=1; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/gsbench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# go needs a writable build cache; keep it out of the caller's home when that is not writable
if [ "$have_go" = 1 ]; then
    if [ -z "${GOCACHE:-}" ] && { [ -z "${HOME:-}" ] || [ ! -w "${HOME:-/nonexistent}" ]; }; then
        export GOCACHE="$work/gocache"
    fi
fi

gs_args=(--max-steps 1000000000000)
[ -n "$gover" ] && gs_args+=(--go "$gover")
[ -n "$maxprocs" ] && gs_args+=(--maxprocs "$maxprocs")

now() { date +%s.%N; }

median() { # numbers on stdin -> median with 2 decimals
    sort -g | awk '{ a[NR] = $1 } END {
        if (NR == 0) { print "-"; exit }
        m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
        printf "%.2f\n", m }'
}

# once OUTFILE CMD...: one timed run; stdout in OUTFILE, stderr in OUTFILE.err.
# Prints the wall seconds, or FAIL(rc=N) / TIMEOUT.
once() {
    local out=$1; shift
    local t0 t1 rc
    t0=$(now)
    timeout "$timeout_s" "$@" >"$out" 2>"$out.err"
    rc=$?
    t1=$(now)
    if [ "$rc" = 124 ]; then echo "TIMEOUT"; return; fi
    if [ "$rc" != 0 ]; then echo "FAIL(rc=$rc)"; return; fi
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }'
}

isnum() { case "$1" in ''|*[!0-9.]*) return 1 ;; *) return 0 ;; esac; }

ratio() { # a/b with 2 decimals, or -
    if isnum "$1" && isnum "$2" && awk -v b="$2" 'BEGIN { exit !(b > 0) }'; then
        awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx\n", a / b }'
    else
        echo "-"
    fi
}

selected() {
    [ ${#only[@]} -eq 0 ] && return 0
    local o
    for o in "${only[@]}"; do [ "$o" = "$1" ] && return 0; done
    return 1
}

files=()
if [ "$startup" = 1 ]; then
    mkdir -p "$work/src"
    printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n' >"$work/src/startup.go"
    files+=("$work/src/startup.go")
fi
for f in "$programs"/*.go; do
    n=$(basename "$f" .go)
    selected "$n" && files+=("$f")
done
if [ ${#files[@]} -eq 0 ]; then
    echo "run.sh: no program matches --only ${only[*]}" >&2
    exit 2
fi

jv=$("$java" -version 2>&1 | head -1)
echo "# programs: $programs"
echo "# gopherscope: $java -jar $jar run ${gs_args[*]}   ($jv)"
if [ "$have_yaegi" = 1 ]; then
    echo "# yaegi: $(command -v yaegi) $(yaegi version 2>/dev/null | head -1)"
else
    [ "$use_yaegi" = 1 ] && echo "# yaegi: not installed" || echo "# yaegi: skipped (--no-yaegi)"
fi
if [ "$have_go" = 1 ]; then
    echo "# go: $(go version 2>/dev/null) (go build, then the binary is timed)"
else
    [ "$use_go" = 1 ] && echo "# go: not installed" || echo "# go: skipped (--no-go)"
fi
echo "# wall seconds, median of $runs run(s); $(nproc 2>/dev/null || echo '?') cores; $(date -u +%Y-%m-%dT%H:%MZ)"
echo

rows=()
status=0
diffs=""
for f in "${files[@]}"; do
    n=$(basename "$f" .go)
    echo "running $n ..." >&2
    go_ok=0
    g_t="not installed"
    if [ "$have_go" = 1 ]; then
        if go build -o "$work/$n.bin" "$f" 2>"$work/$n.build.err"; then go_ok=1; else g_t="BUILD FAILED"; fi
    fi
    y_t="not installed"

    # the tools take turns run by run, so a load spike on this (shared) machine hits all of them
    gs_times="" y_times="" g_times="" gs_bad="" y_bad="" g_bad=""
    for ((i = 0; i < runs; i++)); do
        if [ -z "$gs_bad" ]; then
            t=$(once "$work/$n.gs.out" "$java" -jar "$jar" run "${gs_args[@]}" "$f")
            if isnum "$t"; then gs_times+="$t"$'\n'; else gs_bad=$t; fi
        fi
        if [ "$have_yaegi" = 1 ] && [ -z "$y_bad" ]; then
            t=$(once "$work/$n.yaegi.out" yaegi run "$f")
            if isnum "$t"; then y_times+="$t"$'\n'; else y_bad=$t; fi
        fi
        if [ "$go_ok" = 1 ] && [ -z "$g_bad" ]; then
            t=$(once "$work/$n.go.out" "$work/$n.bin")
            if isnum "$t"; then g_times+="$t"$'\n'; else g_bad=$t; fi
        fi
    done
    gs_t=${gs_bad:-$(printf '%s' "$gs_times" | median)}
    [ "$have_yaegi" = 1 ] && y_t=${y_bad:-$(printf '%s' "$y_times" | median)}
    [ "$go_ok" = 1 ] && g_t=${g_bad:-$(printf '%s' "$g_times" | median)}

    # output agreement: gopherscope against go (the reference), else against yaegi;
    # yaegi against go is checked too
    match="-"
    if ! isnum "$gs_t"; then
        match="gs failed"
        status=1
        diffs+="--- $n: gopherscope $gs_t, stderr:"$'\n'"$(head -5 "$work/$n.gs.out.err")"$'\n'
    elif isnum "$g_t"; then
        if cmp -s "$work/$n.gs.out" "$work/$n.go.out"; then match="yes (go)"; else match="NO (go)"; status=1
            diffs+="--- $n: gopherscope vs go"$'\n'"$(diff "$work/$n.go.out" "$work/$n.gs.out" | head -10)"$'\n'
        fi
        if isnum "$y_t" && ! cmp -s "$work/$n.yaegi.out" "$work/$n.go.out"; then match+=", yaegi differs"
            diffs+="--- $n: yaegi vs go"$'\n'"$(diff "$work/$n.go.out" "$work/$n.yaegi.out" | head -10)"$'\n'
        fi
    elif isnum "$y_t"; then
        if cmp -s "$work/$n.gs.out" "$work/$n.yaegi.out"; then match="yes (yaegi)"; else match="NO (yaegi)"; status=1
            diffs+="--- $n: gopherscope vs yaegi"$'\n'"$(diff "$work/$n.yaegi.out" "$work/$n.gs.out" | head -10)"$'\n'
        fi
    fi
    isnum "$gs_t" || status=1
    [ "$n" = startup ] && n="(startup: hello)"
    rows+=("$n|$gs_t|$y_t|$g_t|$(ratio "$gs_t" "$y_t")|$match")
done

header="program|gopherscope s|yaegi s|go s|gs/yaegi|output matches"
if [ "$md" = 1 ]; then
    printf '%s\n' "$header" "${rows[@]}" | awk -F'|' '
        { line = "|"; for (i = 1; i <= NF; i++) line = line " " $i " |"; print line }
        NR == 1 { line = "|"; for (i = 1; i <= NF; i++) line = line (i == 1 || i == NF ? "---|" : "---:|"); print line }'
else
    printf '%s\n' "$header" "${rows[@]}" | awk -F'|' '
        { for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NR; nf = NF }
        END { for (r = 1; r <= n; r++) { line = ""
                  for (i = 1; i <= nf; i++) line = line sprintf(i < nf ? "%-" w[i] "s  " : "%s", c[r, i])
                  print line } }'
fi

if [ -n "$diffs" ]; then
    echo
    echo "failures and output differences (diff: < reference, > compared):"
    printf '%s' "$diffs"
fi
exit $status
