#!/usr/bin/env bash
# Dumps the class-data-sharing archive of a jpackage app image: runs Unknot once on the image's own runtime, as
# if installed at INSTALL_DIR, under a private Xvfb with a tray host; shows a break window so its classes are
# archived too; asks the app to quit, and the JVM writes IMAGE/lib/app/unknot.jsa as it exits.
#
#   dump-cds.sh IMAGE INSTALL_DIR
#
# JDK 17 accepts a dynamic archive only with the class path it was dumped with, so the image is bind-mounted on
# INSTALL_DIR inside a private mount namespace (unshare; a tmpfs hides the real parent folder): the real
# filesystem is never touched and no root is needed where user namespaces are allowed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
image="$(readlink -f "$1")"
install_dir="$2"
[ -f "$image/lib/app/unknot.jar" ] || { echo "dump-cds: $image is not an Unknot app image" >&2; exit 1; }

# shellcheck source=x-session.sh
. "$here/x-session.sh"
home="$(mktemp -d /tmp/unknot-cds.XXXXXX)"
trap 'stop_x_session; rm -rf "$home"' EXIT
start_x_session 131

unshare --user --map-root-user --mount bash -s "$image" "$install_dir" "$home" <<'NAMESPACE'
set -euo pipefail
image="$1"; install_dir="$2"; home="$3"
mount -t tmpfs tmpfs "$(dirname "$install_dir")"
mkdir -p "$install_dir"
mount --bind "$image" "$install_dir"

app="$install_dir/lib/app"
java="$install_dir/lib/runtime/bin/java"
# The launcher's own options (from its .cfg), minus the archive being made.
options=()
while IFS= read -r line; do
  option="${line#java-options=}"
  option="${option//\$APPDIR/$app}"
  case "$option" in -XX:SharedArchiveFile=*) ;; *) options+=("$option") ;; esac
done < <(grep '^java-options=' "$app"/*.cfg)

# Everything of the app's under the temporary home.
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_RUNTIME_DIR
run() { "$java" "${options[@]}" -Duser.home="$home" -cp "$app/unknot.jar" io.unknot.app.Main "$@"; }

"$java" "${options[@]}" -XX:ArchiveClassesAtExit="$app/unknot.jsa" -Duser.home="$home" \
  -cp "$app/unknot.jar" io.unknot.app.Main >"$home/app.out" 2>&1 &
pid=$!

answered=no
for _ in $(seq 120); do
  if run status >/dev/null 2>&1; then answered=yes; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if [ "$answered" != yes ]; then
  echo "dump-cds: the app did not answer 'status' on its jlink'd runtime; its output:" >&2
  cat "$home/app.out" >&2
  kill "$pid" 2>/dev/null || true
  exit 1
fi
run break micro >/dev/null 2>&1 || echo "dump-cds: 'break micro' was refused; archiving without the break window" >&2
sleep 3
run quit >/dev/null
for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$pid" 2>/dev/null; then
  echo "dump-cds: the app did not quit within 60 s" >&2
  kill "$pid"
  exit 1
fi
wait "$pid" || { echo "dump-cds: the app exited with an error; its output:" >&2; cat "$home/app.out" >&2; exit 1; }
[ -s "$app/unknot.jsa" ] || { echo "dump-cds: no archive written; the app's output:" >&2; cat "$home/app.out" >&2; exit 1; }
NAMESPACE
