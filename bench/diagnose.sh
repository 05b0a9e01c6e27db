#!/usr/bin/env bash
# Where do Unknot's memory and wake-ups go? Starts the jar with the installed launcher's JVM options (from
# installer/launcher-java-options.txt) plus native memory tracking and GC/safepoint logs, in a fresh temporary
# home under a private Xvfb with trayer, lets it idle, then reports into bench/results/diagnose-<date>/:
#   threads.txt   per thread over the idle window: CPU ticks and wake-ups (voluntary context switches)
#   nmt.txt       jcmd VM.native_memory summary      gc.log / safepoint.log   what the JVM did while idle
#   threads.jstack  jcmd Thread.print                  libs.txt  native libraries mapped (/proc/PID/maps)
#   classes.txt   classes loaded (count), from -Xlog:class+load
# With --break it then shows a break window (`break micro`) and, 10 s after the window closed, records where memory
# grew: break-nmt-diff.txt (jcmd VM.native_memory summary.diff against a baseline taken just before), break-heap.txt
# (jcmd GC.heap_info before and after), break-rss.txt (RSS and PSS before and after, and the mappings whose RSS grew
# most, from /proc/PID/smaps: [anon] is the C heap, the Java heap and metaspace; files are libraries and fonts) and
# break-histogram.txt (Unknot's objects still alive after a full collection, from jcmd GC.class_histogram).
#
#   bench/diagnose.sh [--idle S] [--window S] [--tag NAME] [--break] [JVM option...]      (defaults: 60 s, 60 s)
# (--tag names the result folder: diagnose-<date>-NAME)
# Extra JVM options are added after the launcher's, e.g. to try one: bench/diagnose.sh -XX:TieredStopAtLevel=0
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
jar="${UNKNOT_JAR:-$repo/target/unknot.jar}"
idle=60
window=60
extra=()
tag=""
break_window=no
while (($#)); do
  case "$1" in
    --idle) idle="$2"; shift 2 ;;
    --window) window="$2"; shift 2 ;;
    --tag) tag="-$2"; shift 2 ;;
    --break) break_window=yes; shift ;;
    *) extra+=("$1"); shift ;;
  esac
done
[ -f "$jar" ] || (cd "$repo" && mvn -B -q package -DskipTests)
command -v jcmd >/dev/null || { echo "diagnose: jcmd missing (a full JDK 17)" >&2; exit 1; }

options=()
while IFS= read -r option; do options+=("$option"); done \
  < <(grep -v '^\s*#' "$repo/installer/launcher-java-options.txt" | grep -v '^\s*$')

dir="$here/results/diagnose-$(date +%F)$tag"
mkdir -p "$dir"
# shellcheck source=../installer/linux/x-session.sh
. "$repo/installer/linux/x-session.sh"
home="$(mktemp -d /tmp/unknot-diagnose.XXXXXX)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; stop_x_session; rm -rf "$home"' EXIT
start_x_session 134
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_RUNTIME_DIR

java "${options[@]}" "${extra[@]}" -XX:NativeMemoryTracking=summary \
  -Xlog:gc*:file="$dir/gc.log" -Xlog:safepoint:file="$dir/safepoint.log" \
  -Xlog:class+load:file="$home/classes.log" \
  -Duser.home="$home" -jar "$jar" >"$home/app.out" 2>&1 &
pid=$!
echo "JVM options: ${options[*]} ${extra[*]}; environment: $(env | grep '^_AWT' | tr '\n' ' ')" | tee "$dir/options.txt"
sleep "$idle"
[ -r "/proc/$pid/status" ] || { echo "diagnose: the app exited:" >&2; cat "$home/app.out" >&2; exit 1; }

snapshot() {
  local task
  for task in /proc/"$pid"/task/*; do
    printf '%s\t%s\t%s\n' "$(cat "$task/comm")" \
      "$(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}')" \
      "$(awk '$1 == "voluntary_ctxt_switches:" {print $2}' "$task/status")"
  done
}
declare -A ticks0 wakes0
while IFS=$'\t' read -r name ticks wakes; do
  ticks0["$name"]=$(( ${ticks0["$name"]:-0} + ticks )); wakes0["$name"]=$(( ${wakes0["$name"]:-0} + wakes ))
done < <(snapshot)
sleep "$window"
declare -A ticks1 wakes1 count
while IFS=$'\t' read -r name ticks wakes; do
  ticks1["$name"]=$(( ${ticks1["$name"]:-0} + ticks )); wakes1["$name"]=$(( ${wakes1["$name"]:-0} + wakes ))
  count["$name"]=$(( ${count["$name"]:-0} + 1 ))
done < <(snapshot)
{
  printf 'thread (count)\tCPU ticks in %s s\twake-ups in %s s\n' "$window" "$window"
  for name in "${!ticks1[@]}"; do
    printf '%s (%s)\t%s\t%s\n' "$name" "${count[$name]}" $(( ticks1[$name] - ${ticks0[$name]:-0} )) \
      $(( wakes1[$name] - ${wakes0[$name]:-0} ))
  done | sort -t$'\t' -k3,3nr
} | column -t -s$'\t' >"$dir/threads.txt"

jcmd "$pid" VM.native_memory summary >"$dir/nmt.txt"
jcmd "$pid" Thread.print >"$dir/threads.jstack"
awk '$6 ~ /\.so/ {print $6}' "/proc/$pid/maps" | sort -u >"$dir/libs.txt"
grep -c 'class,load' "$home/classes.log" >"$dir/classes.txt" || true
awk '/^(Rss|Pss|Pss_Anon|Pss_File|Anonymous):/' "/proc/$pid/smaps_rollup" >"$dir/smaps_rollup.txt"

# RSS in kB per mapping (by file; anonymous mappings together as [anon]), one "name<TAB>kB" line each.
rss_by_mapping() {
  awk '/^[0-9a-f]+-[0-9a-f]+ / {name = ($6 == "" ? "[anon]" : $6)} $1 == "Rss:" {kb[name] += $2}
       END {for (n in kb) printf "%s\t%d\n", n, kb[n]}' "/proc/$pid/smaps" | sort
}
rollup() { awk '$1 == "Rss:" || $1 == "Pss:" {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$pid/smaps_rollup"; }
visible_windows() { xdotool search --onlyvisible --pid "$pid" 2>/dev/null | wc -l || true; }
if [ "$break_window" = yes ]; then
  jcmd "$pid" VM.native_memory baseline >/dev/null
  { echo "== before"; jcmd "$pid" GC.heap_info; } >"$dir/break-heap.txt"
  rss_by_mapping >"$home/rss-before.txt"
  rss_before="$(rollup)"
  before="$(visible_windows)"
  java -Duser.home="$home" -jar "$jar" break micro >/dev/null 2>&1 || echo "diagnose: 'break micro' was refused" >&2
  for _ in $(seq 100); do (( $(visible_windows) > before )) && break; sleep 0.1; done
  for _ in $(seq 120); do (( $(visible_windows) <= before )) && break; sleep 0.5; done
  sleep 10
  [ -r "/proc/$pid/status" ] || { echo "diagnose: the app exited during the break window:" >&2; cat "$home/app.out" >&2; exit 1; }
  jcmd "$pid" VM.native_memory summary.diff >"$dir/break-nmt-diff.txt"
  { echo "== 10 s after the break window closed"; jcmd "$pid" GC.heap_info; } >>"$dir/break-heap.txt"
  rss_by_mapping >"$home/rss-after.txt"
  {
    echo "before the break window:             $rss_before"
    echo "10 s after the break window closed:  $(rollup)"
    echo
    echo "mappings whose RSS grew most (kB):"
    join -t$'\t' -a2 -e0 -o 0,1.2,2.2 "$home/rss-before.txt" "$home/rss-after.txt" \
      | awk -F'\t' '{printf "%+8d  %s\n", $3 - $2, $1}' | sort -rn | head -n 15
  } >"$dir/break-rss.txt"
  # Last, as it runs a full collection: which of Unknot's objects are still alive once the window is gone.
  jcmd "$pid" GC.class_histogram | awk 'NR <= 2 || /io\.unknot\.|^Total/' >"$dir/break-histogram.txt"
fi
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""

echo "== $dir"
cat "$dir/threads.txt"
echo
cat "$dir/smaps_rollup.txt"
grep -E '^(Total:|-)' "$dir/nmt.txt" | head -n 25 | sed 's/^-  */  /' 
echo "classes loaded: $(cat "$dir/classes.txt"); native libraries: $(wc -l <"$dir/libs.txt"); safepoints: $(grep -c 'Safepoint "' "$dir/safepoint.log" || true)"
if [ "$break_window" = yes ]; then
  echo
  cat "$dir/break-rss.txt"
  grep -E '^(Total:|-)' "$dir/break-nmt-diff.txt" | sed 's/^-  */  /'
fi
