#!/usr/bin/env bash
# Renders the SVG sources in this folder to the icon files jpackage uses (committed, so builds need no SVG tools):
#   mire.png (Linux launcher, 512 px), mire.ico (Windows), mire.icns (macOS), and per file type ll/bc/mlir
#   .png (128 px)/.ico/.icns.
# Needs rsvg-convert and ImageMagick 6 (Debian: apt-get install librsvg2-bin imagemagick) and python3.
# Sizes of 48 px and below come from mire-small.svg, larger ones from mire.svg.
set -euo pipefail
cd "$(dirname "$0")"
convert=/usr/bin/convert   # ImageMagick itself; some machines put a stand-in called convert earlier on the PATH
for tool in rsvg-convert "$convert" python3; do
  command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing (apt-get install librsvg2-bin imagemagick python3)" >&2; exit 1; }
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# render NAME SMALL_SVG LARGE_SVG: PNGs of every size into $work/NAME-SIZE.png
render() {
  local name=$1 small=$2 large=$3 size
  for size in 16 24 32 48 64 128 256 512 1024; do
    if [ "$size" -le 48 ]; then src=$small; else src=$large; fi
    rsvg-convert -w "$size" -h "$size" "$src" -o "$work/$name-$size.png"
  done
}

# icns NAME: Apple icon container of PNG entries (type, big-endian length incl. 8-byte header, PNG bytes).
icns() {
  python3 - "$work" "$1" <<'PY'
import struct, sys
work, name = sys.argv[1], sys.argv[2]
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
           ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in entries:
    data = open(f"{work}/{name}-{size}.png", "rb").read()
    body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
open(f"{name}.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
}

# package NAME PNG_SIZE: the PNG jpackage takes (Linux: 512 for the launcher; 128 for a file type, the size its
# postinst registers with xdg-icon-resource), the ICO and the ICNS.
package() {
  local name=$1 png_size=$2
  cp "$work/$name-$png_size.png" "$name.png"
  "$convert" "$work/$name"-{16,24,32,48,64,128,256}.png "$name.ico"
  icns "$name"
}

render mire mire-small.svg mire.svg
package mire 512

# File types: label and colour of the band at the bottom of the document.
for spec in "ll:.ll:#3730a3:190" "bc:.bc:#7c2d12:190" "mlir:.mlir:#0f766e:150"; do
  IFS=: read -r name label colour size <<<"$spec"
  sed -e "s/@LABEL@/$label/" -e "s/@COLOUR@/$colour/" -e "s/@SIZE@/$size/" file.svg.in > "$work/$name.svg"
  render "$name" "$work/$name.svg" "$work/$name.svg"
  package "$name" 128
done
ls -l ./*.png ./*.ico ./*.icns
