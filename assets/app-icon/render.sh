#!/usr/bin/env bash
# Renders the app icon master unknot.svg into every format the installers need; the outputs are committed.
#   png/unknot-N.png  N = 16 24 32 48 64 128 256 512   (Linux package, desktop entry, window icons)
#   unknot.ico        16..256, for the Windows .msi and launcher
#   unknot.icns       16..512, for the macOS .app/.dmg
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils); installs the missing ones
# with apt-get on Debian/Ubuntu.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v convert >/dev/null || need+=(imagemagick)
command -v png2icns >/dev/null || need+=(icnsutils)
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "Installing: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" unknot.svg --output "png/unknot-$size.png"
done
convert png/unknot-{16,24,32,48,64,256}.png unknot.ico
png2icns unknot.icns png/unknot-{16,32,48,128,256,512}.png >/dev/null
ls -l png unknot.ico unknot.icns
