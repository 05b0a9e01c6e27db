#!/usr/bin/env bash
# Builds Unknot's macOS disk image: target/installer/dist/Unknot-<version>.dmg holding Unknot.app.
#
#   installer/mac/build.sh
#
# Steps: check prerequisites -> build target/unknot.jar with Maven when missing -> jlink a small runtime with the
# modules in installer/runtime-modules.txt -> jpackage a .dmg with the launcher's JVM options
# (installer/launcher-java-options.txt), the icon assets/app-icon/unknot.icns and the bundle id io.unknot.Unknot.
#
# Prerequisites: macOS 11 or newer on the architecture to package for (jpackage builds for the machine it runs on:
# Apple silicon gives an arm64 app, Intel an x86_64 one); a JDK 17 or newer for that architecture (jlink, jpackage),
# e.g. `brew install --cask temurin@17`; Xcode command line tools (`xcode-select --install`; jpackage calls
# codesign/SetFile); Maven only when the jar has to be built.
#
# Environment: UNKNOT_JAR (default target/unknot.jar), UNKNOT_OUT (default target/installer).
#
# Signing and notarisation are not done: without them Gatekeeper asks the user to confirm the first start
# (right-click > Open). To sign, add --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." below.
# No CDS archive of the app's own classes: JDK 17 accepts one only for the exact jar path it was made with, and
# the user may put Unknot.app anywhere. The runtime's default archive (jlink --generate-cds-archive) still helps.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${UNKNOT_OUT:-$repo/target/installer}"
jar="${UNKNOT_JAR:-$repo/target/unknot.jar}"
die() { echo "build-mac: $*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || die "run this on macOS (jpackage builds .dmg files only there)"
command -v jpackage >/dev/null || die "jpackage not found: install a JDK 17 or newer (brew install --cask temurin@17)"
jdk_bin="$(dirname "$(command -v jpackage)")"
command -v jlink >/dev/null || die "jlink not found beside jpackage"
command -v codesign >/dev/null || die "codesign not found: install the Xcode command line tools (xcode-select --install)"

pom_version="$(sed -n 's|^  <version>\(.*\)</version>.*|\1|p' "$repo/pom.xml" | head -n1)"
[ -n "$pom_version" ] || die "cannot read the version from pom.xml"
version="${pom_version%%-*}"
# jpackage refuses a bundle version whose first number is 0 on macOS; a 0.x release is bundled as 1.0.0 and the
# .dmg file keeps the real version in its name. The About box reads the real one from the jar.
bundle_version="$version"
[ "${version%%.*}" = 0 ] && bundle_version=1.0.0

if [ ! -f "$jar" ]; then
  (cd "$repo" && mvn -B -q package -DskipTests)
fi
work="$out/work"
dist="$out/dist"
rm -rf "$work"
mkdir -p "$work/input" "$dist"
cp "$jar" "$work/input/unknot.jar"

modules="$(grep -v '^[[:space:]]*#' "$repo/installer/runtime-modules.txt" | grep -v '^[[:space:]]*$' | paste -sd, -)"
echo "jlink runtime: $modules"
"$jdk_bin/jlink" --add-modules "$modules" --output "$work/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en,de --generate-cds-archive
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

java_options=()
while IFS= read -r option; do
  java_options+=(--java-options "$option")
done < <(grep -v '^[[:space:]]*#' "$repo/installer/launcher-java-options.txt" | grep -v '^[[:space:]]*$')
# A tray app: no Dock icon and no menu bar of its own (LSUIElement), set before AWT starts.
java_options+=(--java-options "-Dapple.awt.UIElement=true")

echo "jpackage .dmg"
rm -f "$dist"/Unknot-*.dmg
"$jdk_bin/jpackage" --type dmg --dest "$dist" --name Unknot --app-version "$bundle_version" \
  --vendor "Unknot" --description "A calm stretch-break reminder in the system tray" \
  --runtime-image "$work/runtime" --input "$work/input" --main-jar unknot.jar --main-class io.unknot.app.Main \
  --icon "$repo/assets/app-icon/unknot.icns" \
  --mac-package-identifier io.unknot.Unknot --mac-package-name Unknot "${java_options[@]}"
[ "$bundle_version" = "$version" ] || mv "$dist/Unknot-$bundle_version.dmg" "$dist/Unknot-$version.dmg"
ls -l "$dist"/Unknot-*.dmg
