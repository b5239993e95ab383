#!/usr/bin/env bash
# Finishes the .deb jpackage made, then compresses it with zstd. Called by `./mvnw -Pdist,deb package`.
#
# Usage: deb-finish.sh DEB|DIR APP_IMAGE_DIR INSTALL_DIR   (DIR holding one .deb; INSTALL_DIR e.g. /opt/mire-workbench)
#
# 1. Modification times: jpackage copies the app-image with new ones, but the JVM accepts the image's AOT cache
#    (aot-train.sh) only while the jars keep the times they had when it was trained. dpkg installs files with the
#    times recorded in the package, so restoring them here keeps the cache valid after `apt install`.
# 2. No menu entry for the `mire` command line: jpackage 25 writes one for every launcher as soon as a resource
#    directory is used, whatever the launcher's linux-shortcut=false says; it would start a console program with no
#    console. Its .desktop file and the postinst/prerm lines that register it go.
set -euo pipefail
deb=${1:?usage: deb-finish.sh DEB|DIR APP_IMAGE_DIR INSTALL_DIR}
image=$(cd "${2:?}" && pwd)
install_dir=${3:?}
if [ -d "$deb" ]; then
  debs=("$deb"/*.deb)
  [ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || { echo "deb-finish: expected one .deb in $deb" >&2; exit 1; }
  deb=${debs[0]}
fi
command -v dpkg-deb >/dev/null || { echo "deb-finish: dpkg-deb is missing" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/mire-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$deb" "$work/pkg"
payload="$work/pkg$install_dir"
[ -d "$payload/lib/app" ] || { echo "deb-finish: $deb has no $install_dir/lib/app" >&2; exit 1; }

cli_desktop="$payload/lib/$(basename "$install_dir")-mire.desktop"
if [ -f "$cli_desktop" ]; then
  rm "$cli_desktop"
  sed -i "\|$install_dir/lib/$(basename "$cli_desktop")|d" "$work/pkg/DEBIAN/postinst" "$work/pkg/DEBIAN/prerm"
fi
if grep -q -- '-mire\.desktop' "$work/pkg/DEBIAN/postinst" "$work/pkg/DEBIAN/prerm"; then
  echo "deb-finish: the CLI's menu entry is still registered by the maintainer scripts" >&2; exit 1
fi

restored=0
while IFS= read -r -d '' file; do
  if [ -e "$payload/$file" ] || [ -L "$payload/$file" ]; then
    touch -h -r "$image/$file" "$payload/$file"
    restored=$((restored + 1))
  fi
done < <(cd "$image" && find . -mindepth 1 -print0)

# Every jar and the AOT cache must now match the image.
while IFS= read -r -d '' file; do
  [ "$(stat -c %Y "$image/$file")" = "$(stat -c %Y "$payload/$file")" ] \
    || { echo "deb-finish: $file still differs" >&2; exit 1; }
done < <(cd "$image" && find . \( -name '*.jar' -o -name '*.aot' -o -name modules \) -print0)

DPKG_DEB_COMPRESSOR_TYPE=zstd dpkg-deb --root-owner-group -Zzstd -b "$work/pkg" "$work/out.deb" >/dev/null
mv "$work/out.deb" "$deb"
echo "deb-finish: $restored files keep the app-image's times; no menu entry for mire; $(du -h "$deb" | cut -f1) $(basename "$deb") (zstd)"
