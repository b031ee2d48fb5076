#!/usr/bin/env bash
# Start-up benchmark: how long from launching `java` until the main window shows the commune (its name in
# the title, the hamlets list loaded), next to a bare JavaFX window launched from the same jar in the same
# run. See docs/benchmarks.md ("Start-up").
#
#   mvn -o -q -B package -DskipTests          # builds target/cutri.jar and target/test-classes
#   src/test/bench/startup.sh [RUNS=5]
#
# Settings (environment):
#   CUTRI_BUILD_DIR  the Maven build folder (default: target), the same as -Dcutri.build.dir
#   BENCH_DIR        scratch folder (default: /tmp/cutri-startup-bench; emptied first)
#   BENCH_DISPLAY    the X display of the Xvfb this script starts (default :99); with BENCH_DISPLAY=current
#                    the windows open on $DISPLAY instead and no Xvfb is started
#   JAVA             the java command (default: java on the PATH)
#   BENCH_BEFORE_JAR another cutri.jar (an older build with the same probe) run in the same turns, as the
#                    variants "before" and "before+scds": a before/after comparison under the same load
#   BENCH_VARIANTS   which variants to run (default: "bare cutri cutri+cds cutri+scds cutri+scds+jit", plus the
#                    two above)
#
# Each run is a new JVM. The variants take turns run after run, so a busy machine slows all alike:
#   bare        org.cutri.bench.BareJavaFxWindow: a 1280×800 window with one label
#   cutri       java -jar cutri.jar on the demo commune, -Dcutri.startupProbe=true
#   cutri+cds   the same with a dynamic AppCDS archive of the jar (-XX:ArchiveClassesAtExit in a training run)
#   cutri+scds  the same with a static AppCDS archive from a class list (-Xshare:dump), as the packages make it
#   cutri+aot   the same with an ahead-of-time cache (-XX:AOTCacheOutput in a training run, then -XX:AOTCache):
#               JDK 25 and newer only (JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
#   …+jit       (e.g. cutri+scds+jit) the same with the packages' compiler thresholds (packaging/jit-options)
#   …+zgc       (e.g. cutri+scds+jit+zgc) the same with the garbage collector the Linux packages choose
#               (-XX:+UseZGC, packaging/common.sh RUNTIME_JAVA_OPTIONS; docs/decisions/0024)
# Both the bare window and the probe note the first frame laid out once the window is ready, then exit.
# "window" is from just before `java` was started to the main window's first frame (cutri: sidebar and
# "opening the data"; bare: its only frame); "ready" from the same moment to the frame showing the commune
# ("wall"); "jvm" is the same from the JVM's own start time;
# "cpu" is the processor time the whole process used (user + system, all threads, shutdown included): on a
# machine shared with other work it says how much work a start is, where wall times say how long it waited.
set -euo pipefail

RUNS=${1:-5}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BUILD_DIR=${CUTRI_BUILD_DIR:-$ROOT/target}
JAR=$BUILD_DIR/cutri.jar
TEST_CLASSES=$BUILD_DIR/test-classes
WORK=${BENCH_DIR:-/tmp/cutri-startup-bench}
JAVA=${JAVA:-java}
DISPLAY_NUMBER=${BENCH_DISPLAY:-:99}
BEFORE_JAR=${BENCH_BEFORE_JAR:-}
# The installed program's compiler thresholds (a java @argument file; docs/decisions/0023).
JIT_OPTIONS_FILE=$ROOT/packaging/jit-options

if [ ! -f "$JAR" ] || [ ! -f "$TEST_CLASSES/org/cutri/bench/BareJavaFxWindow.class" ]; then
    echo "Missing $JAR or the test classes: run 'mvn -o -q -B package -DskipTests' first." >&2
    exit 1
fi

rm -rf "$WORK"
mkdir -p "$WORK/logs"

XVFB_PID=
cleanup() {
    if [ -n "$XVFB_PID" ]; then
        kill "$XVFB_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT
if [ "$DISPLAY_NUMBER" != "current" ]; then
    Xvfb "$DISPLAY_NUMBER" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY=$DISPLAY_NUMBER
    for _ in $(seq 50); do
        xdpyinfo >/dev/null 2>&1 && break
        sleep 0.1
    done
fi

now_ms() { date +%s%3N; }

echo "== Demo data in $WORK/data"
"$JAVA" -Dcutri.log.dir="$WORK/logs/demo" -Djava.awt.headless=true -jar "$JAR" --data-dir "$WORK/data" demo >/dev/null

# Makes both kinds of AppCDS archive of a jar, each from one training run: $WORK/<name>.jsa (dynamic) and
# $WORK/<name>-static.jsa (static, from the class list <name>.classlist).
make_archives() {
    local jar=$1 name=$2
    local args=(-Dcutri.startupProbe=true -jar "$jar" --data-dir "$WORK/data")
    "$JAVA" -XX:ArchiveClassesAtExit="$WORK/$name.jsa" -Dcutri.log.dir="$WORK/logs/training-$name" "${args[@]}" \
        >"$WORK/training-$name.out" 2>&1
    # What the packages do (packaging/README.md): a class list made at build time, the archive made from it
    # where the program is installed (an archive cannot be moved to another folder on JDK 17).
    "$JAVA" -XX:DumpLoadedClassList="$WORK/$name.classlist" -Dcutri.log.dir="$WORK/logs/training-list-$name" \
        "${args[@]}" >"$WORK/training-list-$name.out" 2>&1
    "$JAVA" -Xshare:dump -XX:SharedClassListFile="$WORK/$name.classlist" \
        -XX:SharedArchiveFile="$WORK/$name-static.jsa" -cp "$jar" >"$WORK/dump-$name.out" 2>&1
    # JDK 25 and newer (JEP 483, 514, 515): an ahead-of-time cache of the classes loaded and linked, with the
    # methods' profiles, from one training run; used by the variants with "+aot".
    if "$JAVA" -XX:AOTCacheOutput="$WORK/probe.aot" -version >/dev/null 2>&1; then
        "$JAVA" -XX:AOTCacheOutput="$WORK/$name.aot" -Dcutri.log.dir="$WORK/logs/training-aot-$name" "${args[@]}" \
            >"$WORK/training-aot-$name.out" 2>&1
        echo "   $name: AOT cache (-XX:AOTCacheOutput) $(du -m "$WORK/$name.aot" | cut -f1) MB"
    fi
    echo "   $name: dynamic (-XX:ArchiveClassesAtExit) $(du -m "$WORK/$name.jsa" | cut -f1) MB," \
        "static (class list + -Xshare:dump) $(du -m "$WORK/$name-static.jsa" | cut -f1) MB"
}

echo "== AppCDS archives"
make_archives "$JAR" cutri
if [ -n "$BEFORE_JAR" ]; then
    make_archives "$BEFORE_JAR" before
fi

# Runs one variant once; appends "ready-wall jvm cpu window-wall" (ms) to $WORK/<variant>.txt.
run_once() {
    local variant=$1 run=$2 out=$WORK/logs/$1-$2.out log_dir=$WORK/logs/$1-$2 start
    local timing=$WORK/logs/$1-$2.time name=${1%%+*} jar=$JAR command options=()
    if [ "$name" = before ]; then
        jar=$BEFORE_JAR
    fi
    case $variant in
        *+cds|*+cds+*)   options=(-XX:SharedArchiveFile="$WORK/$name.jsa") ;;
        *+scds|*+scds+*) options=(-XX:SharedArchiveFile="$WORK/$name-static.jsa") ;;
        *+aot|*+aot+*)   options=(-XX:AOTCache="$WORK/$name.aot") ;;
    esac
    if [[ $variant == *+jit || $variant == *+jit+* ]]; then
        options+=("@$JIT_OPTIONS_FILE")
    fi
    if [[ $variant == *+zgc ]]; then
        options+=(-XX:+UseZGC)
    fi
    if [ "$variant" = bare ]; then
        command=("$JAVA" -cp "$JAR:$TEST_CLASSES" org.cutri.bench.BareJavaFxWindow)
    else
        command=("$JAVA" "${options[@]}" -Dcutri.log.dir="$log_dir" -Dcutri.startupProbe=true -jar "$jar"
            --data-dir "$WORK/data")
    fi
    start=$(now_ms)
    /usr/bin/time -f '%U %S' -o "$timing" "${command[@]}" >"$out" 2>&1
    local logged ready frame
    logged=$(cat "$out" "$log_dir/cutri.log" 2>/dev/null || true)
    ready=$(grep -m1 STARTUP_READY <<<"$logged" || true)
    if [ -z "$ready" ]; then
        echo "   $variant run $run: no STARTUP_READY line (see $out and $log_dir)" >&2
        return 1
    fi
    # The bare window's only frame is its ready frame; cutri notes its first (empty) frame apart.
    frame=$(grep -m1 STARTUP_FRAME <<<"$logged" || echo "$ready")
    local jvm epoch frame_epoch cpu
    jvm=$(sed -E 's/.*STARTUP_READY ([0-9]+) ms.*/\1/' <<<"$ready")
    epoch=$(sed -E 's/.* at ([0-9]+) ms since the epoch.*/\1/' <<<"$ready")
    frame_epoch=$(sed -E 's/.* at ([0-9]+) ms since the epoch.*/\1/' <<<"$frame")
    cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$timing")
    echo "$((epoch - start)) $jvm $cpu $((frame_epoch - start))" >>"$WORK/$variant.txt"
    printf '   %-15s run %d: window %5d ms, ready: wall %5d ms, jvm %5d ms; cpu %5d ms\n' "$variant" "$run" \
        "$((frame_epoch - start))" "$((epoch - start))" "$jvm" "$cpu"
}

DEFAULT_VARIANTS="bare cutri cutri+cds cutri+scds cutri+scds+jit${BEFORE_JAR:+ before before+scds}"
read -r -a VARIANTS <<<"${BENCH_VARIANTS:-$DEFAULT_VARIANTS}"
echo "== $RUNS runs of each, taking turns (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
for run in $(seq "$RUNS"); do
    for variant in "${VARIANTS[@]}"; do
        run_once "$variant" "$run"
    done
done

stats() { # column file -> "median min"
    cut -d' ' -f"$1" "$2" | sort -n | awk '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d %d", m, v[1]}'
}

echo "== Result ($RUNS runs each; load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
read -r bare_median bare_min <<<"$(stats 1 "$WORK/bare.txt")"
printf '%-15s %16s %16s %16s %16s %12s\n' variant "window med/min" "ready med/min" "jvm med/min" "cpu med/min" \
    "ready / bare"
for variant in "${VARIANTS[@]}"; do
    read -r frame_median frame_min <<<"$(stats 4 "$WORK/$variant.txt")"
    read -r wall_median wall_min <<<"$(stats 1 "$WORK/$variant.txt")"
    read -r jvm_median jvm_min <<<"$(stats 2 "$WORK/$variant.txt")"
    read -r cpu_median cpu_min <<<"$(stats 3 "$WORK/$variant.txt")"
    printf '%-15s %9d / %4d %9d / %4d %9d / %4d %9d / %4d %12s\n' "$variant" "$frame_median" "$frame_min" \
        "$wall_median" "$wall_min" "$jvm_median" "$jvm_min" "$cpu_median" "$cpu_min" \
        "$(awk -v a="$wall_median" -v b="$bare_median" 'BEGIN {printf "%.2f", a / b}')"
done
