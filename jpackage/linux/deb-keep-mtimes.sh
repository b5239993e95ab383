#!/usr/bin/env bash
# Gives the files of a jpackage .deb the modification times they have in the app-image it was made from, and
# compresses it with zstd. Called by `./mvnw -Pdist,deb package` right after jpackage.
#
# Usage: deb-keep-mtimes.sh DEB|DIR APP_IMAGE_DIR INSTALL_DIR   (DIR holding one .deb; INSTALL_DIR e.g. /opt/mire-workbench)
#
# Why: jpackage copies the app-image with new modification times, but the JVM accepts the image's AOT cache
# (aot-train.sh) only while the jars keep the times they had when it was trained. dpkg installs files with the
# times recorded in the package, so restoring them here keeps the cache valid after `apt install`.
set -euo pipefail
deb=${1:?usage: deb-keep-mtimes.sh DEB APP_IMAGE_DIR INSTALL_DIR}
image=$(cd "${2:?}" && pwd)
install_dir=${3:?}
if [ -d "$deb" ]; then
  debs=("$deb"/*.deb)
  [ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || { echo "deb-keep-mtimes: expected one .deb in $deb" >&2; exit 1; }
  deb=${debs[0]}
fi
command -v dpkg-deb >/dev/null || { echo "deb-keep-mtimes: dpkg-deb is missing" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/mire-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$deb" "$work/pkg"
payload="$work/pkg$install_dir"
[ -d "$payload/lib/app" ] || { echo "deb-keep-mtimes: $deb has no $install_dir/lib/app" >&2; exit 1; }

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
    || { echo "deb-keep-mtimes: $file still differs" >&2; exit 1; }
done < <(cd "$image" && find . \( -name '*.jar' -o -name '*.aot' -o -name modules \) -print0)

DPKG_DEB_COMPRESSOR_TYPE=zstd dpkg-deb --root-owner-group -Zzstd -b "$work/pkg" "$work/out.deb" >/dev/null
mv "$work/out.deb" "$deb"
echo "deb-keep-mtimes: $restored files keep the app-image's times; $(du -h "$deb" | cut -f1) $(basename "$deb") (zstd)"
