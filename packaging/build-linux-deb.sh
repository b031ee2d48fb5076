#!/usr/bin/env bash
# Builds $CUTRI_DIST/cutri_<version>_<arch>.deb: installs into /opt/cutri with a menu entry.
# Needs dpkg-deb and fakeroot (Debian/Ubuntu: apt install fakeroot). See packaging/README.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_jar
build_runtime
prepare_input

# jpackage takes cutri.desktop and cutri.png from the resource folder instead of its own defaults.
rm -rf "$WORK/deb-resources"
mkdir -p "$WORK/deb-resources"
cp "$ROOT/packaging/linux/cutri.desktop" "$WORK/deb-resources/cutri.desktop"
cp "$ROOT/icons/cutri-256.png" "$WORK/deb-resources/cutri.png"
# jpackage's postinst and prerm templates plus the class data sharing archive (made after installing).
cp "$ROOT/packaging/linux/postinst" "$ROOT/packaging/linux/prerm" "$WORK/deb-resources/"

mapfile -t ARGS < <(common_jpackage_args)
mkdir -p "$DIST"
echo "== Making the .deb (jpackage)"
"$JDK_BIN/jpackage" --type deb "${ARGS[@]}" \
    --resource-dir "$WORK/deb-resources" \
    --license-file "$ROOT/LICENSE" \
    --linux-package-name cutri \
    --linux-deb-maintainer "cutri@localhost" \
    --linux-menu-group "Office" \
    --linux-app-category "office" \
    --linux-shortcut \
    --dest "$DIST"

echo "== Done:"
ls -la "$DIST"/*.deb
