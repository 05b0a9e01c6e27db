#!/usr/bin/env bash
# Footprint benchmark (issue 7): starts the real Unknot in a fresh temporary home under a private Xvfb with a tray
# host (trayer) and measures, with public tools only (/proc, xwininfo, xdotool):
#   - start-up: seconds from launch until the tray icon is docked in trayer's panel (polled every 10 ms);
#   - RSS and PSS (/proc/PID/smaps_rollup) and threads after 60 s idle;
#   - idle CPU: utime+stime (/proc/PID/stat) over the next 2 idle minutes, as seconds per minute;
#   - RSS and PSS again 10 s after a break window was shown (`break micro`) and had closed;
#   - the sizes of the jar and of the .deb.
# Variants:
#   jar       plain `java -jar unknot.jar` on the JDK in PATH, default JVM options
#   launcher  the packaged app image (jlink'd runtime, the launcher's JVM options, CDS archive), run as installed
#             at /opt/unknot inside a private mount namespace (see installer/linux/dump-cds.sh for why)
#   user      as users run it (issue 10): the .deb installed with dpkg (and removed after, when this script
#             installed it), started as a normal user made with useradd, with a bare login environment (env -i:
#             PATH, LANG, HOME, DISPLAY), on a brand-new display, GTK 3 present, no session bus
#   user-bus  the same inside a session bus (dbus-run-session), as in a desktop login
# The user variants need root (useradd, dpkg).
#
#   bench/footprint.sh [--idle S] [--window S] [VARIANT...]      (defaults: 60 s, 120 s, jar launcher)
# Environment: UNKNOT_JAR (default target/unknot.jar), UNKNOT_OUT (default target/installer: where
# installer/linux/build-deb.sh put the app image and the .deb; the launcher variant builds them when missing).
# Prints a Markdown table and writes it to bench/results/footprint-<date>.md. One run takes ~4 min per variant.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
jar="${UNKNOT_JAR:-$repo/target/unknot.jar}"
out="${UNKNOT_OUT:-$repo/target/installer}"
idle=60
window=120
variants=()
while (($#)); do
  case "$1" in
    --idle) idle="$2"; shift 2 ;;
    --window) window="$2"; shift 2 ;;
    jar|launcher|user|user-bus) variants+=("$1"); shift ;;
    *) echo "usage: $0 [--idle S] [--window S] [jar] [launcher] [user] [user-bus]" >&2; exit 2 ;;
  esac
done
((${#variants[@]})) || variants=(jar launcher)

for tool in Xvfb trayer xwininfo xdotool; do
  command -v "$tool" >/dev/null || { echo "footprint: $tool missing (apt-get install xvfb trayer x11-utils xdotool)" >&2; exit 1; }
done
[ -f "$jar" ] || (cd "$repo" && mvn -B -q package -DskipTests)
image="$out/work/image/Unknot"
deb="$(ls "$out"/dist/unknot_*.deb 2>/dev/null | head -n1 || true)"
if [[ " ${variants[*]} " == *" launcher "* || " ${variants[*]} " == *" user"* ]] \
    && { [ ! -x "$image/bin/Unknot" ] || [ -z "$deb" ]; }; then
  echo "Building the package first (installer/linux/build-deb.sh)..."
  UNKNOT_JAR="$jar" UNKNOT_OUT="$out" bash "$repo/installer/linux/build-deb.sh" --no-rpm >"$out.build.log" 2>&1 \
    || { tail -n 30 "$out.build.log" >&2; exit 1; }
  deb="$(ls "$out"/dist/unknot_*.deb | head -n1)"
fi

# shellcheck source=../installer/linux/x-session.sh
. "$repo/installer/linux/x-session.sh"
home=""
pid=""
user=""
installed_here=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  stop_x_session
  [ -z "$home" ] || rm -rf "$home" # (not `&&`: the trap's status would become the script's)
  if [ -n "$user" ]; then pkill -KILL -u "$user" 2>/dev/null || true; userdel "$user" 2>/dev/null || true; fi
  if [ -n "$installed_here" ]; then dpkg -r unknot >/dev/null 2>&1 || true; dpkg -P unknot >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_RUNTIME_DIR
ticks="$(getconf CLK_TCK)"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
kb_of() { awk -v key="$1:" '$1 == key {print $2}' "/proc/$pid/smaps_rollup"; }
mb() { awk -v kb="$1" 'BEGIN {printf "%.0f MB", kb / 1024}'; }
cpu_ticks() { sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}'; }
threads() { awk '$1 == "Threads:" {print $2}' "/proc/$pid/status"; }
panel_windows() { xwininfo -tree -id "$panel" 2>/dev/null | grep -c '^ *0x' || true; }
visible_windows() { xdotool search --onlyvisible --pid "$pid" 2>/dev/null | wc -l || true; }
remote() {
  case "$variant" in
    jar) java -Duser.home="$home" -jar "$jar" "$@" ;;
    launcher) (exec_installed "$home" /opt/unknot/bin/Unknot "$@") ;;
    user*) login /opt/unknot/bin/Unknot "$@" ;;
  esac
}
# A command as the bench user, in the bare environment autostart gives an app at login.
login() { runuser -u "$user" -- env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 HOME="$home" DISPLAY="$DISPLAY" "$@"; }
# The user variants run the installed package: install it once (and remove it at the end) unless it is there.
if [[ " ${variants[*]} " == *" user"* ]]; then
  [ "$(id -u)" = 0 ] || { echo "footprint: the user variants need root (useradd, dpkg)" >&2; exit 1; }
  if ! dpkg-query -W -f='${Status}' unknot 2>/dev/null | grep -q 'ok installed'; then
    dpkg -i "$deb" >/dev/null || { echo "footprint: dpkg -i $deb failed" >&2; exit 1; }
    installed_here=yes
  fi
fi
# Becomes a command run with the app image mounted at /opt/unknot, in a private mount namespace (call it in a
# subshell: it execs).
exec_installed() {
  local user_home="$1"; shift
  export JAVA_TOOL_OPTIONS="-Duser.home=$user_home"
  exec unshare --user --map-root-user --mount \
    bash -c 'mount -t tmpfs tmpfs /opt && mkdir /opt/unknot && mount --bind "$0" /opt/unknot && exec "$@"' \
    "$image" "$@"
}
# Stops the run, showing what the app said: its output and the end of its log.
die_app() {
  echo "footprint: $*" >&2
  cat "$home/app.out" >&2 2>/dev/null || true
  tail -n 20 "$home"/.local/share/unknot/logs/unknot.0.log >&2 2>/dev/null || true
  exit 1
}
# A dead child stays a zombie until waited for, so kill -0 would still succeed: read its state instead.
is_alive() {
  local state
  state="$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1 || true)"
  [ -n "$state" ] && [ "$state" != Z ]
}
alive() { is_alive || die_app "the app (PID $pid) exited"; }
sleep_until() { local rest=$(( $1 - $(now_ms) )); ((rest > 0)) && sleep "$(awk -v ms="$rest" 'BEGIN {print ms / 1000}')"; return 0; }

rows=()
notes=()
loads=()
for variant in "${variants[@]}"; do
  echo "== $variant"
  loads+=("$variant $(cut -d' ' -f1 /proc/loadavg)")
  start_x_session 133
  panel="$(xwininfo -root -tree | awk '/"panel": \("panel" "trayer"\)/ {print $1; exit}')"
  baseline="$(panel_windows)"
  home="$(mktemp -d /tmp/unknot-bench.XXXXXX)"
  if [[ "$variant" == user* ]]; then
    user="unknot-bench-$$"
    useradd --no-create-home --home-dir "$home" --shell /bin/sh --user-group "$user"
    chown "$user:$user" "$home"
  fi
  started="$(now_ms)"
  case "$variant" in
    jar) java -Duser.home="$home" -jar "$jar" >"$home/app.out" 2>&1 & ;;
    # exec all the way down, so $! is the launcher's own process (it runs the JVM in-process).
    launcher) (exec_installed "$home" /opt/unknot/bin/Unknot) >"$home/app.out" 2>&1 & ;;
    user) login /opt/unknot/bin/Unknot >"$home/app.out" 2>&1 & ;;
    user-bus) login dbus-run-session -- /opt/unknot/bin/Unknot >"$home/app.out" 2>&1 & ;;
  esac
  pid=$!
  if [[ "$variant" == user* ]]; then
    # $! is runuser: measure the launcher's own process (it runs the JVM in-process).
    for _ in $(seq 300); do
      pid="$(pgrep -u "$user" -x Unknot | head -n1 || true)"
      [ -n "$pid" ] && break
      sleep 0.01
    done
    [ -n "$pid" ] || die_app "the launcher did not start as $user"
  fi
  docked=""
  while (( $(now_ms) - started < 30000 )); do
    if (( $(panel_windows) > baseline )); then docked=$(( $(now_ms) - started )); break; fi
    alive
    sleep 0.01
  done
  [ -n "$docked" ] || die_app "no tray icon docked within 30 s"
  grep -q libjvm "/proc/$pid/maps" || { echo "footprint: PID $pid is not the JVM" >&2; exit 1; }
  echo "  docked after $docked ms"

  sleep_until $(( started + idle * 1000 ))
  alive
  rss1="$(kb_of Rss)"; pss1="$(kb_of Pss)"; threads1="$(threads)"
  echo "  after ${idle} s idle: RSS $(mb "$rss1"), PSS $(mb "$pss1"), $threads1 threads"

  cpu0="$(cpu_ticks)"
  sleep "$window"
  cpu1="$(cpu_ticks)"
  cpu_per_min="$(awk -v d=$((cpu1 - cpu0)) -v t="$ticks" -v w="$window" 'BEGIN {printf "%.3f", d / t * 60 / w}')"
  echo "  idle CPU: $cpu_per_min s per minute ($((cpu1 - cpu0)) ticks in $window s)"

  # The break window: shown on request, closed by the app itself when the 20 s micro break is over.
  before="$(visible_windows)"
  remote break micro >/dev/null 2>&1 || echo "  'break micro' was refused" >&2
  outcome=shown
  for _ in $(seq 100); do
    is_alive || { outcome=died; break; }
    (( $(visible_windows) > before )) && { outcome=open; break; }
    sleep 0.1
  done
  if [ "$outcome" = open ]; then
    for _ in $(seq 120); do
      is_alive || { outcome=died; break; }
      (( $(visible_windows) <= before )) && { outcome=closed; break; }
      sleep 0.5
    done
  fi
  [ "$outcome" = closed ] && sleep 10 && { is_alive || outcome=died; }
  case "$outcome" in
    closed)
      rss2="$(mb "$(kb_of Rss)")"; pss2="$(mb "$(kb_of Pss)")"; threads2="$(threads)"
      echo "  10 s after the break window closed: RSS $rss2, PSS $pss2, $threads2 threads" ;;
    died)
      rss2="app exited"; pss2="—"; threads2="—"
      notes+=("$variant: the app exited while a break window was shown; its last words: $(grep -m1 -A2 'X Window System error' "$home/app.out" | tr '\n' ' ' || true)")
      echo "  the app EXITED during the break window:" >&2
      tail -n 12 "$home/app.out" >&2 ;;
    *)
      rss2="no break window"; pss2="—"; threads2="—"
      echo "  no break window appeared (or it did not close within 60 s)" >&2 ;;
  esac

  is_alive && remote quit >/dev/null 2>&1 || true
  for _ in $(seq 40); do is_alive || break; sleep 0.5; done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  if [ -n "$user" ]; then pkill -KILL -u "$user" 2>/dev/null || true; userdel "$user"; user=""; fi
  rm -rf "$home"; home=""
  stop_x_session

  case "$variant" in
    jar) label='java -jar unknot.jar (default JVM)' ;;
    launcher) label='installed launcher (jlink runtime, launcher options, CDS), as root' ;;
    user) label='installed launcher as a normal user at login (env -i, GTK 3, no session bus)' ;;
    user-bus) label='installed launcher as a normal user at login (env -i, GTK 3, session bus)' ;;
  esac
  rows+=("| $label | $(awk -v ms="$docked" 'BEGIN {printf "%.2f s", ms / 1000}') | $(mb "$rss1") | $(mb "$pss1") | $cpu_per_min s | $threads1 | $rss2 | $pss2 | $threads2 |")
done

day="$(date +%F)"
result="$here/results/footprint-$day.md"
mkdir -p "$here/results"
{
  echo "# Unknot footprint, $day"
  echo
  echo "Machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -n1); Xvfb + trayer; fresh home per run."
  echo "Load average (1 min) when each run started: ${loads[*]} (other work on the machine slows start-up, not idle CPU)."
  echo "Idle ${idle} s after launch, then a ${window} s idle CPU window, then \`break micro\` shown and closed."
  echo
  echo "| variant | icon docked after | RSS after ${idle} s idle | PSS | CPU per idle minute | threads | RSS after a break window | PSS | threads |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  ((${#notes[@]})) && printf '\n%s\n' "${notes[@]}"
  echo
  echo "Sizes: unknot.jar $(mb "$(( $(stat -c %s "$jar") / 1024 ))")$([ -n "$deb" ] && echo ", $(basename "$deb") $(mb "$(( $(stat -c %s "$deb") / 1024 ))")")."
} >"$result"
echo
cat "$result"
echo "(written to ${result#"$repo"/})"
