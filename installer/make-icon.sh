#!/usr/bin/env bash
# Draws the GridLedger icon (a blue rounded square, a faint white grid and the character 网) and
# writes the files jpackage wants: resources/gridledger.png (Linux, 256 px) and
# resources/gridledger.ico (Windows, 16–256 px). Needs ImageMagick and the Noto Sans CJK font.
# The generated files are committed, so the installer build itself does not need ImageMagick.
set -euo pipefail
cd "$(dirname "$0")"
out=resources
font=Noto-Sans-CJK-SC-Bold
command -v convert >/dev/null || { echo "make-icon: ImageMagick (convert) is needed" >&2; exit 1; }
convert -list font | grep -q "Font: $font\$" \
  || { echo "make-icon: font $font not found (apt install fonts-noto-cjk)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# 1024 px master, scaled down for every size so edges stay smooth.
convert -size 1024x1024 xc:none \
  -fill '#1f5fbf' -draw 'roundrectangle 32,32 991,991 180,180' \
  -stroke 'rgba(255,255,255,0.35)' -strokewidth 14 -fill none \
  -draw 'line 352,96 352,928' -draw 'line 672,96 672,928' \
  -draw 'line 96,352 928,352' -draw 'line 96,672 928,672' \
  -stroke none -fill white -font "$font" -pointsize 600 -gravity center \
  -annotate +0+10 '网' \
  "$tmp/master.png"
convert "$tmp/master.png" -resize 256x256 -depth 8 -strip "$out/gridledger.png"
for s in 16 24 32 48 64 128 256; do
  convert "$tmp/master.png" -resize ${s}x${s} -depth 8 -strip "$tmp/icon-$s.png"
done
convert "$tmp"/icon-{16,24,32,48,64,128,256}.png "$out/gridledger.ico"
echo "wrote $out/gridledger.png and $out/gridledger.ico"
