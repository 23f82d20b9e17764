#!/usr/bin/env bash
# Regenerates the committed icons from the shapes in shield.svg (ImageMagick 6 draw primitives,
# because Debian's ImageMagick here has no SVG delegate) plus a small Python ICNS writer.
# Output: threadguard.png (256), threadguard-{16..1024}.png, threadguard.ico, threadguard.icns.
set -euo pipefail
cd "$(dirname "$0")"
draw() { # $1 = size
  local s=$1
  convert -size 1024x1024 xc:none \
    -fill '#1f4e8c' -stroke '#0d2a50' -strokewidth 32 \
    -draw "path 'M 512,64 L 896,208 L 896,480 C 896,720 736,880 512,976 C 288,880 128,720 128,480 L 128,208 Z'" \
    -stroke none -fill '#2f6fbf' \
    -draw "path 'M 512,160 L 800,268 L 800,480 C 800,672 680,800 512,880 Z'" \
    -fill none -stroke '#ffffff' -strokewidth 80 -draw "stroke-linecap round stroke-linejoin round path 'M 336,512 L 464,640 L 704,384'" \
    -resize "${s}x${s}" "threadguard-${s}.png"
}
for s in 16 32 48 64 128 256 512 1024; do draw "$s"; done
cp threadguard-256.png threadguard.png
convert threadguard-16.png threadguard-32.png threadguard-48.png threadguard-64.png threadguard-128.png threadguard-256.png threadguard.ico
python3 - <<'PY'
import struct
# ICNS = 'icns' + total length, then chunks (type, length incl. 8-byte header, PNG data).
chunks = b""
for kind, size in (("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)):
    data = open(f"threadguard-{size}.png", "rb").read()
    chunks += kind.encode() + struct.pack(">I", len(data) + 8) + data
open("threadguard.icns", "wb").write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
rm -f threadguard-256.png threadguard-16.png threadguard-32.png threadguard-48.png threadguard-64.png threadguard-512.png threadguard-1024.png
ls -la
