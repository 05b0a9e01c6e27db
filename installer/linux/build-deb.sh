#!/usr/bin/env bash
# Builds Unknot's Linux packages: a .deb, and an .rpm as well when rpmbuild is installed.
#
#   installer/linux/build-deb.sh [--no-rpm] [--no-cds]
#
# Steps: check prerequisites -> build target/unknot.jar with Maven when missing -> jlink a small runtime holding
# only the modules in installer/runtime-modules.txt -> jpackage an app image with the launcher's JVM options
# (installer/launcher-java-options.txt) -> build a class-data-sharing archive by running the app once on that
# runtime under a private Xvfb (it also proves the module list is complete) -> jpackage the .deb (and .rpm).
#
# Prerequisites (Debian/Ubuntu names):
#   openjdk-17-jdk (jlink, jpackage), maven (only when the jar must be built), dpkg-dev and fakeroot (jpackage's
#   .deb bundler runs dpkg-deb under fakeroot and looks up library packages with dpkg -S), binutils (objcopy, for
#   jlink to strip the native libraries' debug symbols), util-linux (unshare),
#   xvfb, trayer and x11-utils (for the CDS run), rpm (optional, for the .rpm).
#   Missing Debian packages are installed with apt-get (with sudo unless run as root).
#
# Environment:
#   UNKNOT_JAR  the jar to package (default target/unknot.jar; built with `mvn package -DskipTests` if missing)
#   UNKNOT_OUT  output folder (default target/installer); the packages land in $UNKNOT_OUT/dist
#
# The CDS archive must be dumped with the jar at the path it has once installed (/opt/unknot/lib/app/unknot.jar):
# JDK 17 rejects an archive whose class path differs. So the dump runs in a private mount namespace where the app
# image is bind-mounted on /opt/unknot; the real /opt is never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
installer="$repo/installer"

rpm=auto
cds=yes
for arg in "$@"; do
  case "$arg" in
    --no-rpm) rpm=no ;;
    --no-cds) cds=no ;;
    *) echo "usage: $0 [--no-rpm] [--no-cds]" >&2; exit 2 ;;
  esac
done

name=Unknot
package=unknot
install_dir=/opt/$package
out="${UNKNOT_OUT:-$repo/target/installer}"
jar="${UNKNOT_JAR:-$repo/target/unknot.jar}"

log() { printf '\n== %s\n' "$*"; }
die() { echo "build-deb: $*" >&2; exit 1; }

# --- prerequisites -------------------------------------------------------------------------------------------
need=()
command -v dpkg-deb >/dev/null || need+=(dpkg-dev)
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v unshare >/dev/null || need+=(util-linux)
command -v objcopy >/dev/null || need+=(binutils)
if [ "$cds" = yes ]; then
  command -v Xvfb >/dev/null || need+=(xvfb)
  command -v trayer >/dev/null || need+=(trayer)
  command -v xdpyinfo >/dev/null || need+=(x11-utils)
fi
if [ ! -f "$jar" ] && ! command -v mvn >/dev/null; then need+=(maven); fi
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  log "Installing prerequisites: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
jdk_bin="$(dirname "$(readlink -f "$(command -v jpackage || die 'jpackage not found: install a JDK 17 or newer (openjdk-17-jdk)')")")"
for tool in jlink jpackage java; do
  [ -x "$jdk_bin/$tool" ] || die "$tool not found beside jpackage in $jdk_bin"
done
jdk_major="$("$jdk_bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${jdk_major:-0}" -ge 17 ] || die "JDK 17 or newer needed, found $jdk_major"

# --- version and jar -----------------------------------------------------------------------------------------
# The project's own <version> is the first one at two-space indentation in the pom (parents/plugins are deeper).
pom_version="$(sed -n 's|^  <version>\(.*\)</version>.*|\1|p' "$repo/pom.xml" | head -n1)"
[ -n "$pom_version" ] || die "cannot read the version from pom.xml"
# Packages want plain numbers (MSI and macOS refuse qualifiers): 0.2.0-SNAPSHOT is packaged as 0.2.0.
version="${pom_version%%-*}"

if [ ! -f "$jar" ]; then
  log "Building $jar"
  (cd "$repo" && mvn -B -q package -DskipTests)
fi
[ -f "$jar" ] || die "no jar at $jar"

work="$out/work"
dist="$out/dist"
rm -rf "$work"
mkdir -p "$work/input" "$dist"
cp "$jar" "$work/input/unknot.jar"

# --- runtime -------------------------------------------------------------------------------------------------
modules="$(grep -v '^\s*#' "$installer/runtime-modules.txt" | grep -v '^\s*$' | paste -sd, -)"
log "jlink runtime: $modules"
"$jdk_bin/jlink" --add-modules "$modules" --output "$work/runtime" \
  --strip-debug --strip-native-debug-symbols "objcopy=$(command -v objcopy)" \
  --no-header-files --no-man-pages --compress=2 --include-locales=en,de --generate-cds-archive
# The archive for heaps over 32 GB (no compressed oops) can never be used with the launcher's -Xmx.
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"

# --- app image -----------------------------------------------------------------------------------------------
java_options=()
while IFS= read -r option; do
  java_options+=(--java-options "$option")
done < <(grep -v '^\s*#' "$installer/launcher-java-options.txt" | grep -v '^\s*$')
if [ "$cds" = yes ]; then
  # Loaded when present; a missing or stale archive only costs start-up time, never the start itself.
  java_options+=(--java-options "-XX:SharedArchiveFile=\$APPDIR/unknot.jsa")
fi

log "jpackage app image"
"$jdk_bin/jpackage" --type app-image --dest "$work/image" --name "$name" \
  --app-version "$version" --vendor "Unknot" --description "Stretch-break reminder in the system tray" \
  --runtime-image "$work/runtime" --input "$work/input" --main-jar unknot.jar --main-class io.unknot.app.Main \
  --icon "$repo/assets/app-icon/png/unknot-256.png" "${java_options[@]}"
image="$work/image/$name"
# jpackage's launcher spends 0.45 s or more asking rpm and dpkg which package owns it: ours starts Java at once
# (installer/linux/launcher.sh), with the options jpackage wrote into the .cfg.
options="$(sed -n 's/^java-options=//p' "$image/lib/app/$name.cfg" \
  | sed 's/\$APPDIR/$app\/lib\/app/g; s/.*/  "&" \\/')"
[ -n "$options" ] || die "no java-options in $image/lib/app/$name.cfg"
cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/$name"
OPTIONS="$options" awk '$0 == "@OPTIONS@" {print ENVIRON["OPTIONS"]; next} {print}' "$here/launcher.sh" \
  >"$image/bin/$name"
chmod 755 "$image/bin/$name"
# One whole-second timestamp for every file: the CDS archive records the jar's mtime, and tar/dpkg keep whole
# seconds only (see restamp_deb below).
epoch="$(date +%s)"
find "$image" -exec touch -h -d "@$epoch" {} +

# --- class-data-sharing archive ------------------------------------------------------------------------------
if [ "$cds" = yes ]; then
  log "CDS archive: running $name once on its runtime"
  bash "$here/dump-cds.sh" "$image" "$install_dir"
  ls -l "$image/lib/app/unknot.jsa"
fi

# --- packages ------------------------------------------------------------------------------------------------
package_args=(--app-image "$image" --dest "$dist" --name "$name" --app-version "$version"
  --vendor "Unknot" --description "A calm stretch-break reminder in the system tray"
  --linux-package-name "$package"
  --linux-shortcut --linux-app-category utils
  --icon "$repo/assets/app-icon/png/unknot-256.png" --resource-dir "$here/resources")

log "jpackage .deb"
rm -f "$dist/${package}_"*.deb
# With CDS the .deb is packed again below, so jpackage's own pass skips compression (saves a minute or more).
deb_compressor=xz; [ "$cds" = yes ] && deb_compressor=none
DPKG_DEB_COMPRESSOR_TYPE=$deb_compressor \
  "$jdk_bin/jpackage" --type deb "${package_args[@]}" --linux-deb-maintainer "unknot@users.noreply.github.com"
deb="$(ls "$dist/${package}_"*.deb)"
if [ "$cds" = yes ]; then
  # jpackage copies the image with fresh mtimes, and JDK 17 then rejects the archive ("A jar file is not the one
  # used while building the shared archive file"). Give the packaged files the image's timestamp back.
  log "Restoring the image's timestamps in the .deb"
  rm -rf "$work/deb-root"
  dpkg-deb -R "$deb" "$work/deb-root"
  find "$work/deb-root" -path "$work/deb-root/DEBIAN" -prune -o -exec touch -h -d "@$epoch" {} +
  dpkg-deb --root-owner-group -Zxz -b "$work/deb-root" "$deb" >/dev/null
fi

if [ "$rpm" = auto ] && command -v rpmbuild >/dev/null; then
  log "jpackage .rpm"
  rm -rf "$dist/${package}-"*.rpm "$work/rpm-temp"
  # With CDS the .rpm is built again below, so jpackage's own rpmbuild pass skips compression (via ~/.rpmmacros).
  mkdir -p "$work/rpm-home"
  [ "$cds" = yes ] && echo '%_binary_payload w0.ufdio' >"$work/rpm-home/.rpmmacros"
  HOME="$work/rpm-home" "$jdk_bin/jpackage" --type rpm "${package_args[@]}" --temp "$work/rpm-temp"
  # jpackage's spec has no place for our own scriptlet lines: add the `unknot` command on PATH (as the .deb's
  # postinst does) and, with CDS, the image's timestamps (see the .deb above), then run its rpmbuild again.
  log "Adding /usr/bin/unknot to the .rpm"
  spec="$work/rpm-temp/SPECS/$package.spec"
  grep -q '^%post$' "$spec" && grep -q '^%preun$' "$spec" || die "unexpected jpackage spec layout in $spec"
  sed -i '/^%post$/a ln -sf /opt/unknot/bin/Unknot /usr/bin/unknot' "$spec"
  sed -i '/^%preun$/a if [ "$1" = 0 ] && [ "$(readlink /usr/bin/unknot)" = /opt/unknot/bin/Unknot ]; then rm -f /usr/bin/unknot; fi' "$spec"
  if [ "$cds" = yes ]; then
    grep -q '^cp -r %{_sourcedir}' "$spec" || die "unexpected jpackage spec layout in $spec"
    sed -i "/^cp -r %{_sourcedir}/a find %{buildroot} -exec touch -h -d @$epoch {} +" "$spec"
  fi
  rpm_file="$(cd "$dist" && ls "${package}-"*.rpm)"
  rpmbuild -bb "$spec" --quiet --define "%_sourcedir $work/rpm-temp/images" --define "%_rpmdir $dist" \
    --define "%_topdir $work/rpm-temp" --define "%_rpmfilename $rpm_file" >/dev/null
fi

log "Done"
ls -l "$dist"
echo "$deb"
