#!/usr/bin/env bash
# Adds cutri to the desktop menu of the current user, for the app image (the .deb does this itself), and
# makes the class data sharing archive for the folder it is in (see packaging/README.md).
# Run it from the unpacked app image folder: ./install-desktop-entry.sh
# The two placeholders are the ones jpackage fills in for the .deb.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TARGET=${XDG_DATA_HOME:-$HOME/.local/share}/applications
mkdir -p "$TARGET"
sed -e "s|APPLICATION_LAUNCHER|\"$HERE/bin/cutri\"|" -e "s|APPLICATION_ICON|$HERE/cutri.png|" \
    "$HERE/cutri.desktop" > "$TARGET/cutri.desktop"
echo "Đã thêm cutri vào menu: $TARGET/cutri.desktop"

# Class data sharing: the archive of the classes a start loads, made for this folder (it only works in the
# folder it was made in), opens the window faster. Without it the program starts as usual.
if [ -f "$HERE/lib/app/cutri.classlist" ]; then
    if "$HERE/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$HERE/lib/app/cutri.classlist" \
        -XX:SharedArchiveFile="$HERE/lib/app/cutri.jsa" -cp "$HERE/lib/app/cutri.jar" >/dev/null 2>&1; then
        echo "Đã chuẩn bị để cutri mở nhanh hơn: $HERE/lib/app/cutri.jsa"
    fi
fi
