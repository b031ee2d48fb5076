#!/usr/bin/env bash
# Builds $CUTRI_DIST/cutri/ (default target/dist/cutri/): the program with its own Java runtime.
# Copy that folder anywhere and run bin/cutri; no Java needs to be installed. See packaging/README.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_jar
build_runtime
prepare_input

mapfile -t ARGS < <(common_jpackage_args)
rm -rf "${DIST:?}/cutri"
mkdir -p "$DIST"
echo "== Making the app image (jpackage)"
"$JDK_BIN/jpackage" --type app-image "${ARGS[@]}" --dest "$DIST"

# A menu entry and icon a user can install by hand (packaging/linux/install-desktop-entry.sh does it).
cp "$ROOT/packaging/linux/cutri.desktop" "$ROOT/packaging/linux/install-desktop-entry.sh" "$DIST/cutri/"
cp "$ROOT/icons/cutri-256.png" "$DIST/cutri/cutri.png"
cp "$ROOT/LICENSE" "$DIST/cutri/LICENSE"

# The class data sharing archive for the folder where it is now; install-desktop-entry.sh makes it again
# wherever the folder is unpacked (an archive only works in the folder it was made in).
echo "== Making the class data sharing archive (lib/app/cutri.jsa)"
make_cds_archive "$DIST/cutri"

echo "== Done: $DIST/cutri ($(du -sh "$DIST/cutri" | cut -f1))"
echo "   Try: $DIST/cutri/bin/cutri --version"
