#!/usr/bin/env bash
# Renders the tray icon SVG masters into the PNG sizes trays ask for. The PNGs are committed, so building
# Unknot never needs this; run it again after editing an SVG. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render.sh needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }

# Tray icons: one master per state, in the sizes Linux panels, Windows and macOS use (HiDPI included).
for svg in tray/*.svg; do
  name=$(basename "$svg" .svg)
  for size in 16 22 24 32 48 64; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "tray/$name-$size.png"
  done
done

echo "rendered $(ls tray/*.png | wc -l) PNGs"
