# Shared by the Linux packaging scripts: finds the jar, reads its version and makes a trimmed Java
# runtime with jlink. Source it; do not run it.
#
# Settings (environment):
#   CUTRI_BUILD_DIR  the Maven build folder (default: target), the same as -Dcutri.build.dir
#   CUTRI_JAR        the fat jar (default: $CUTRI_BUILD_DIR/cutri.jar); built with Maven when missing
#   CUTRI_DIST       where the packages go (default: $CUTRI_BUILD_DIR/dist)
#   JAVA_HOME        the JDK (17 or newer) whose jlink, jdeps and jpackage are used

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${CUTRI_BUILD_DIR:-$ROOT/target}
JAR=${CUTRI_JAR:-$BUILD_DIR/cutri.jar}
DIST=${CUTRI_DIST:-$BUILD_DIR/dist}
WORK=$BUILD_DIR/packaging-work

if [ -n "${JAVA_HOME:-}" ]; then
    JDK_BIN=$JAVA_HOME/bin
else
    JDK_BIN=$(dirname "$(readlink -f "$(command -v jpackage || command -v java)")")
fi
for tool in java jlink jdeps jpackage; do
    if [ ! -x "$JDK_BIN/$tool" ]; then
        echo "Không thấy $tool trong $JDK_BIN: cần JDK 17 trở lên (đặt JAVA_HOME). Need a full JDK 17+." >&2
        exit 1
    fi
done

# Modules jdeps cannot see from the bytecode but the program needs at run time:
# Vietnamese locale data, legacy charsets (Windows-1258 files), TLS elliptic curves, zip file system.
EXTRA_MODULES=jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs

ensure_jar() {
    if [ ! -f "$JAR" ]; then
        echo "== $JAR is missing: building it with Maven"
        (cd "$ROOT" && mvn -B -q package -DskipTests -Dcutri.build.dir="$BUILD_DIR")
    fi
    if [ ! -f "$JAR" ]; then
        echo "Không tìm thấy $JAR sau khi build (đặt CUTRI_JAR nếu jar ở chỗ khác)." >&2
        exit 1
    fi
}

# The version for the package: numbers only (jpackage refuses 1.0.0-SNAPSHOT).
app_version() {
    local version
    version=$("$JDK_BIN/java" -Dcutri.log.dir="$WORK/logs" -Djava.awt.headless=true -jar "$JAR" --version | awk '{print $2}')
    echo "${version%%-*}"
}

# Settings of the Java runtime itself, stored in it by jlink (--add-options), so every start uses them
# (docs/decisions/0024-a-window-that-keeps-its-core.md): ZGC, whose pauses stay under a millisecond, so a
# garbage collection during a grouping or a preview never freezes the window; and thread priorities honoured
# on Linux, so the computations (lowest priority, org.cutri.common.BelowNormal) give way to the window. A user
# who is not root may only lower a priority, which is all the program does; options stored this way start
# without the warning the same option gives on a command line.
RUNTIME_JAVA_OPTIONS='-XX:+UseZGC -XX:ThreadPriorityPolicy=1'

# Makes $WORK/runtime with only the modules the jar needs.
build_runtime() {
    local modules
    echo "== Computing the Java modules the jar needs (jdeps)"
    modules=$("$JDK_BIN/jdeps" --multi-release 17 --print-module-deps --ignore-missing-deps "$JAR")
    modules="$modules,$EXTRA_MODULES"
    echo "   $modules"
    rm -rf "$WORK/runtime"
    echo "== Making the runtime (jlink)"
    "$JDK_BIN/jlink" --add-modules "$modules" \
        --include-locales=vi,en \
        --strip-debug --no-header-files --no-man-pages --compress=2 \
        --add-options="$RUNTIME_JAVA_OPTIONS" \
        --output "$WORK/runtime"
}

# jpackage's --input folder: the jar and its class list (below), so nothing else from the build folder is shipped.
prepare_input() {
    rm -rf "$WORK/input"
    mkdir -p "$WORK/input"
    cp "$JAR" "$WORK/input/cutri.jar"
    make_class_list "$WORK/input/cutri.classlist"
}

# Class data sharing (AppCDS) makes the window open about a third faster (docs/benchmarks.md, "Start-up").
# A CDS archive only works where it was made (JDK 17 refuses it once the jar has moved), so the package
# ships the list of classes a start loads, and the archive is made from it where the program is installed:
# by the .deb after installing, by install-desktop-entry.sh for the app image. The launcher always names
# the archive (CDS_JAVA_OPTION); while it is missing or stale Java simply starts without it.
CDS_JAVA_OPTION='-XX:SharedArchiveFile=$APPDIR/cutri.jsa'

# The optimising compiler (C2) waits for methods used several times longer than by default: a start compiles a
# third as much with it and does not wait for a core behind the compiler, while a long computation (grouping,
# the search index) still gets its hot loops compiled within milliseconds (docs/decisions/0023). One option a
# line in packaging/jit-options, a java @argument file: the README's command and src/test/bench/startup.sh use
# the same file, and the Windows installer reads it too (windows/build-windows-msi.ps1).
mapfile -t JIT_JAVA_OPTIONS <"$ROOT/packaging/jit-options"

# Writes the class list of one start of the window on the demo commune (a training run). Needs a display:
# $DISPLAY, else a private Xvfb; without either, the list of a command-line run (the database classes only).
make_class_list() {
    local list=$1 data=$WORK/cds-training xvfb_pid= display=${DISPLAY:-}
    rm -rf "$data" "$list"
    echo "== Listing the classes a start loads (training run for class data sharing)"
    "$JDK_BIN/java" -Dcutri.log.dir="$data/logs" -Djava.awt.headless=true -jar "$JAR" --data-dir "$data" demo >/dev/null
    if [ -z "$display" ] && command -v Xvfb >/dev/null; then
        # Xvfb picks a free display number and writes it to the file.
        : >"$WORK/xvfb-display"
        Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$WORK/xvfb-display" >/dev/null 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 100); do
            [ -s "$WORK/xvfb-display" ] && break
            sleep 0.1
        done
        display=:$(tr -d '[:space:]' <"$WORK/xvfb-display")
        [ "$display" = ":" ] && display=
    fi
    if [ -n "$display" ]; then
        DISPLAY=$display "$JDK_BIN/java" -XX:DumpLoadedClassList="$list" -Dcutri.startupProbe=true \
            -Dcutri.log.dir="$data/logs" -jar "$JAR" --data-dir "$data" >/dev/null 2>&1 || true
    fi
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
    fi
    if [ ! -s "$list" ]; then
        echo "   No display for the window: listing the classes of a command-line run only." >&2
        "$JDK_BIN/java" -XX:DumpLoadedClassList="$list" -Dcutri.log.dir="$data/logs" -Djava.awt.headless=true \
            -jar "$JAR" --data-dir "$data" check >/dev/null
    fi
    echo "   $(wc -l <"$list") classes"
}

# Makes the CDS archive of an installed program from its class list: make_cds_archive /opt/cutri
# (the same lines are in linux/postinst and install-desktop-entry.sh, which run where the program lives).
make_cds_archive() {
    local app=$1/lib/app
    "$1/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/cutri.classlist" \
        -XX:SharedArchiveFile="$app/cutri.jsa" -cp "$app/cutri.jar" >/dev/null 2>&1 \
        || echo "   (no class data sharing archive: the program starts without it)" >&2
}

# Arguments every package type shares.
common_jpackage_args() {
    printf '%s\n' \
        --name cutri \
        --app-version "$(app_version)" \
        --vendor "cutri" \
        --description "Tiếp xúc cử tri: sổ đăng ký và tiếp xúc cử tri của Ủy ban MTTQ xã" \
        --copyright "GPL-3.0-or-later" \
        --input "$WORK/input" \
        --main-jar cutri.jar \
        --main-class org.cutri.Launcher \
        --runtime-image "$WORK/runtime" \
        --java-options "-Dfile.encoding=UTF-8" \
        --java-options "$CDS_JAVA_OPTION" \
        --icon "$ROOT/icons/cutri-256.png"
    local option
    for option in "${JIT_JAVA_OPTIONS[@]}"; do
        printf '%s\n' --java-options "$option"
    done
}
