#!/usr/bin/env bash
# The CI check of the Linux package (issue 6), as root:
#   1. builds the .deb (installer/linux/build-deb.sh, which makes the .rpm too) and checks its contents: launcher, runtime,
#      jar, launcher options, CDS archive, desktop entry with categories and comment, icon;
#   2. installs it with dpkg -i (its library dependencies first, with apt-get, when missing);
#   3. starts the installed launcher in a temporary home under a private Xvfb with a tray host, requiring the CDS
#      archive to load (-Xshare:on), waits until `Unknot status` answers, asks it to `quit` and checks it exited;
#   4. as a normal user made with useradd, with a bare login environment (env -i: PATH, LANG, HOME, DISPLAY), starts
#      the installed app 5 times through the Exec lines of its menu entry and of the autostart entry it writes, each
#      time on a brand-new display and tray host, the last two inside a session bus (dbus-run-session): the icon
#      docks within 5 s, left and right clicks open its menu, `unknot status` (the command on PATH) answers and
#      `unknot quit` ends it;
#   5. removes the package with dpkg -r and checks that its files, menu entry and `unknot` command are gone.
# Usage: installer/linux/check-deb.sh   (env UNKNOT_JAR / UNKNOT_OUT as for build-deb.sh). Takes 1-3 minutes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export UNKNOT_OUT="${UNKNOT_OUT:-$repo/target/installer}"
mkdir -p "$UNKNOT_OUT"

[ "$(id -u)" = 0 ] || { echo "check-deb: needs root (dpkg -i / dpkg -r)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' unknot 2>/dev/null | grep -q 'ok installed'; then
  echo "check-deb: the unknot package is already installed here; remove it first (dpkg -r unknot)" >&2
  exit 1
fi

command -v dbus-run-session >/dev/null || apt-get install -y -q dbus-daemon >/dev/null 2>&1 || true
checks=0
pass() { checks=$((checks + 1)); echo "  ok: $*"; }
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

echo "== building the .deb (and the .rpm for check-rpm.sh)"
# rpmbuild comes with Debian's rpm package; the same build then makes both, from one runtime image.
command -v rpmbuild >/dev/null || apt-get install -y -q rpm >/dev/null 2>&1 || true
bash "$here/build-deb.sh" >"$UNKNOT_OUT/build-deb.log" 2>&1 || { tail -n 40 "$UNKNOT_OUT/build-deb.log" >&2 || true; fail "build-deb.sh failed"; }
deb="$(tail -n1 "$UNKNOT_OUT/build-deb.log")"
[ -f "$deb" ] || fail "no .deb reported by build-deb.sh"
echo "  $deb: $(stat -c %s "$deb") bytes"

echo "== contents"
listing="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for path in opt/unknot/bin/Unknot opt/unknot/lib/app/unknot.jar opt/unknot/lib/app/Unknot.cfg \
    opt/unknot/lib/app/unknot.jsa opt/unknot/lib/runtime/bin/java opt/unknot/lib/runtime/lib/modules \
    opt/unknot/lib/runtime/lib/server/libjvm.so opt/unknot/lib/unknot-Unknot.desktop opt/unknot/lib/Unknot.png; do
  grep -qx "./$path" <<<"$listing" || fail "$path missing from the package"
  pass "$path"
done
for module in $(grep -v '^\s*#' "$repo/installer/runtime-modules.txt" | grep -v '^\s*$'); do
  dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/unknot/lib/runtime/release | grep -q "$module" \
    || fail "module $module missing from the runtime"
done
pass "runtime holds the modules of installer/runtime-modules.txt"
desktop="$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/unknot/lib/unknot-Unknot.desktop)"
for line in 'Exec=/opt/unknot/bin/Unknot' 'Categories=Utility;' 'Comment=' 'Icon=/opt/unknot/lib/Unknot.png'; do
  grep -q "^$line" <<<"$desktop" || fail "desktop entry lacks $line"
done
pass "desktop entry: Exec, Categories, Comment, Icon"
cfg="$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/unknot/lib/app/Unknot.cfg)"
for option in -XX:+UseSerialGC -XX:SharedArchiveFile=; do
  grep -q -- "java-options=$option" <<<"$cfg" || fail "launcher options lack $option"
done
pass "launcher options: SerialGC, CDS archive"
# Our launcher script (installer/linux/launcher.sh) must start Java with exactly the .cfg's options.
launcher="$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/unknot/bin/Unknot)"
[ "$(head -n1 <<<"$launcher")" = "#!/bin/sh" ] || fail "/opt/unknot/bin/Unknot is not Unknot's launcher script"
[ "$(sed -n 's/^  "\(.*\)" \\$/\1/p' <<<"$launcher")" \
  = "$(sed -n 's/^java-options=//p' <<<"$cfg" | sed 's/\$APPDIR/$app\/lib\/app/')" ] \
  || fail "the launcher script's Java options differ from Unknot.cfg"
grep -qx './opt/unknot/lib/runtime/bin/Unknot' <<<"$listing" || fail "no Java binary named Unknot in the runtime"
pass "launcher script: starts the app image's Java directly, with the .cfg's options"

# shellcheck source=x-session.sh
. "$here/x-session.sh"
home="$(mktemp -d /tmp/unknot-check.XXXXXX)"
app_pid=""
made_menu_dir=""
user=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  stop_x_session
  rm -rf "$home"
  if [ -n "$user" ]; then pkill -KILL -u "$user" 2>/dev/null || true; userdel "$user" 2>/dev/null || true; fi
  if dpkg-query -W -f='${Status}' unknot 2>/dev/null | grep -q '^install'; then dpkg -r unknot >/dev/null || true; fi
  [ -n "$made_menu_dir" ] && rmdir /usr/share/desktop-directories 2>/dev/null || true
}
trap cleanup EXIT

echo "== installing"
missing=()
for dep in $(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' '); do
  dpkg-query -W -f='${Status}' "${dep%%(*}" 2>/dev/null | grep -q 'ok installed' || missing+=("${dep%%(*}")
done
if ((${#missing[@]})); then
  echo "  installing the package's dependencies: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# A desktop system has the menu folders xdg-desktop-menu writes to; a bare CI machine may lack one.
if [ ! -d /usr/share/desktop-directories ]; then mkdir -p /usr/share/desktop-directories; made_menu_dir=yes; fi
dpkg -i "$deb" >/dev/null
dpkg-query -W -f='${Status}' unknot | grep -q 'ok installed' || fail "dpkg does not list unknot as installed"
[ -x /opt/unknot/bin/Unknot ] || fail "/opt/unknot/bin/Unknot not installed"
pass "dpkg -i: /opt/unknot/bin/Unknot"
[ -f /usr/share/applications/unknot-Unknot.desktop ] || fail "no menu entry in /usr/share/applications"
pass "menu entry /usr/share/applications/unknot-Unknot.desktop"
[ "$(readlink -f "$(command -v unknot)")" = /opt/unknot/bin/Unknot ] || fail "no unknot command on PATH"
version="$(unknot --version 2>&1)" || fail "unknot --version failed: $version"
pass "unknot on PATH: $(command -v unknot) -> /opt/unknot/bin/Unknot ($version)"

echo "== running the installed launcher"
start_x_session 132
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_RUNTIME_DIR
# -Xshare:on: the JVM refuses to start unless the packaged CDS archive matches the installed runtime and jar.
export JAVA_TOOL_OPTIONS="-Duser.home=$home -Xshare:on"
started=$(date +%s%N)
HOME="$home" /opt/unknot/bin/Unknot >"$home/app.out" 2>&1 &
app_pid=$!
answered=no
for _ in $(seq 120); do
  if HOME="$home" /opt/unknot/bin/Unknot status >"$home/status.out" 2>&1; then answered=yes; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.5
done
if [ "$answered" != yes ]; then
  cat "$home/app.out" >&2
  fail "the installed launcher did not answer 'status' within 60 s"
fi
pass "status answered $(( ($(date +%s%N) - started) / 1000000 )) ms after launch: $(grep -v JAVA_TOOL_OPTIONS "$home/status.out" | head -n1)"
HOME="$home" /opt/unknot/bin/Unknot quit >/dev/null 2>&1 || fail "'Unknot quit' failed"
for _ in $(seq 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$app_pid" 2>/dev/null; then fail "the app is still running 30 s after 'quit'"; fi
wait "$app_pid" || fail "the app exited with status $? after 'quit'"
app_pid=""
pass "quit: the app exited cleanly"
unset JAVA_TOOL_OPTIONS
stop_x_session

echo "== five fresh logins of a normal user, through the menu and autostart entries"
user="unknot-check-$$"
uhome="$home/login"
mkdir -p "$uhome/.java/.userPrefs/io/unknot"
# "Start at login" on, so the first start writes the autostart entry that the later starts use.
cat >"$uhome/.java/.userPrefs/io/unknot/prefs.xml" <<'PREFS'
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0"><entry key="startAtLogin" value="true"/></map>
PREFS
useradd --no-create-home --home-dir "$uhome" --shell /bin/sh --user-group "$user"
chown -R "$user:$user" "$uhome"
chmod 755 "$home"
login() { runuser -u "$user" -- env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 HOME="$uhome" DISPLAY="$DISPLAY" "$@"; }
menu_exec="$(sed -n 's/^Exec=//p' /usr/share/applications/unknot-Unknot.desktop)"
autostart="$uhome/.config/autostart/unknot.desktop"
for start in 1 2 3 4 5; do
  start_x_session 140
  if [ "$start" = 1 ] || [ $((start % 2)) = 1 ]; then entry=menu; exec_line="$menu_exec"; else
    entry=autostart; exec_line="$(sed -n 's/^Exec=//p' "$autostart")"; fi
  [ -n "$exec_line" ] || fail "start $start: no Exec line in the $entry entry"
  # The last two logins have a session bus, as a desktop login does (D-Bus idle, lock, sleep and notifications).
  session=(); [ "$start" -ge 4 ] && session=(dbus-run-session --)
  launched=$(date +%s%N)
  login "${session[@]}" sh -c "exec $exec_line" >"$uhome/app.out" 2>&1 &
  app_pid=$!
  icon=""
  while (( $(date +%s%N) - launched < 5000000000 )); do
    icon="$(x_tray_icon)"
    [ -n "$icon" ] && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$icon" ] || { cat "$uhome/app.out" >&2; fail "start $start ($entry entry): no icon docked within 5 s"; }
  docked_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
  # The icon appears only once its menu is built (TrayController); a click that showed nothing is repeated, as a
  # person would.
  for button in 1 3; do
    for _ in 1 2 3 4; do
      x_click "$icon" "$button"
      for _ in $(seq 25); do [ "$(x_open_menus)" = 1 ] && break; sleep 0.1; done
      [ "$(x_open_menus)" = 1 ] && break
    done
    [ "$(x_open_menus)" = 1 ] || fail "start $start: button $button on the icon opened no menu"
    xdotool key Escape
    for _ in $(seq 50); do [ "$(x_open_menus)" = 0 ] && break; sleep 0.1; done
    # GTK lets go of the pointer a moment after its menu closed; the next click comes from elsewhere.
    sleep 0.5
    xdotool mousemove --sync 640 400
    kill -0 "$app_pid" 2>/dev/null || { cat "$uhome/app.out" >&2; fail "start $start: the app died after a click"; }
  done
  login unknot status >/dev/null 2>&1 || fail "start $start: unknot status did not answer"
  login unknot quit >/dev/null 2>&1 || fail "start $start: unknot quit failed"
  for _ in $(seq 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
  wait "$app_pid" || fail "start $start: the app exited with status $?"
  app_pid=""
  [ -f "$autostart" ] || fail "start $start: the app wrote no autostart entry"
  with_bus=""
  if ((${#session[@]})); then
    grep -q "Connected to the session bus" "$uhome/.local/share/unknot/logs/unknot.0.log" \
      || fail "start $start: the app did not connect to its session bus"
    with_bus=" with a session bus"
  fi
  pass "login $start via the $entry entry$with_bus: docked in $docked_ms ms, menu opened on left and right click, quit"
  stop_x_session
done

echo "== removing"
dpkg -r unknot >/dev/null
if dpkg-query -W -f='${Status}' unknot 2>/dev/null | grep -q 'ok installed'; then fail "still installed after dpkg -r"; fi
if [ -e /opt/unknot ]; then fail "/opt/unknot left behind: $(find /opt/unknot | head)"; fi
if [ -e /usr/share/applications/unknot-Unknot.desktop ]; then fail "menu entry left behind"; fi
if [ -e /usr/bin/unknot ] || [ -L /usr/bin/unknot ]; then fail "/usr/bin/unknot left behind"; fi
pass "dpkg -r: /opt/unknot, the menu entry and the unknot command are gone"
dpkg -P unknot >/dev/null # forget the package's remaining dpkg record too

echo "check-deb: OK, $checks checks"
