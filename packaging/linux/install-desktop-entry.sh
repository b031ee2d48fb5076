#!/usr/bin/env bash
# Adds cutri to the desktop menu of the current user, for the app image (the .deb does this itself).
# Run it from the unpacked app image folder: ./install-desktop-entry.sh
# The two placeholders are the ones jpackage fills in for the .deb.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TARGET=${XDG_DATA_HOME:-$HOME/.local/share}/applications
mkdir -p "$TARGET"
sed -e "s|APPLICATION_LAUNCHER|\"$HERE/bin/cutri\"|" -e "s|APPLICATION_ICON|$HERE/cutri.png|" \
    "$HERE/cutri.desktop" > "$TARGET/cutri.desktop"
echo "Đã thêm cutri vào menu: $TARGET/cutri.desktop"
