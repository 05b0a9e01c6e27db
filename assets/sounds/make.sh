#!/usr/bin/env bash
# Generates Unknot's cues with sox (Debian: sox). The WAV files are committed; run this again only to change them.
# Desk cues are soft chimes; driving cues are louder, brighter beep patterns a driver can tell apart without looking.
set -euo pipefail
cd "$(dirname "$0")"
command -v sox >/dev/null || { echo "make.sh needs sox (apt-get install sox)" >&2; exit 1; }
fmt=(-r 22050 -c 1 -b 16)

# tone FREQ SECONDS [WAVE]: one note with a soft attack and a long fade, so nothing clicks.
tone() { sox -n "${fmt[@]}" -t wav - synth "$2" "${3:-sine}" "$1" fade q 0.01 "$2" "$(awk -v d="$2" 'BEGIN { print d * 0.7 }')"; }
gap() { sox -n "${fmt[@]}" -t wav - trim 0 "$1"; }
join() { local out=$1; shift; sox "$@" "${fmt[@]}" "$out"; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# Break starts: two rising notes (A5, D6), quiet.
tone 880 0.35 > "$tmp/a.wav"; tone 1175 0.6 > "$tmp/b.wav"
join "$tmp/start.wav" "$tmp/a.wav" "$tmp/b.wav"; sox "$tmp/start.wav" break-start.wav vol 0.35

# Break ends: the same notes falling back, a calm "back to it".
tone 1175 0.35 > "$tmp/a.wav"; tone 880 0.6 > "$tmp/b.wav"
join "$tmp/end.wav" "$tmp/a.wav" "$tmp/b.wav"; sox "$tmp/end.wav" break-end.wav vol 0.35

# Driving break due: three bright beeps, twice, clearly louder than the desk chimes.
tone 1320 0.14 triangle > "$tmp/beep.wav"; gap 0.09 > "$tmp/gap.wav"; gap 0.35 > "$tmp/pause.wav"
join "$tmp/drive-break.wav" "$tmp/beep.wav" "$tmp/gap.wav" "$tmp/beep.wav" "$tmp/gap.wav" "$tmp/beep.wav" \
  "$tmp/pause.wav" "$tmp/beep.wav" "$tmp/gap.wav" "$tmp/beep.wav" "$tmp/gap.wav" "$tmp/beep.wav"
sox "$tmp/drive-break.wav" driving-break.wav vol 0.8

# Drive started: two rising beeps; drive ended: two falling beeps.
tone 990 0.16 triangle > "$tmp/low.wav"; tone 1480 0.22 triangle > "$tmp/high.wav"
join "$tmp/ds.wav" "$tmp/low.wav" "$tmp/gap.wav" "$tmp/high.wav"; sox "$tmp/ds.wav" drive-start.wav vol 0.7
join "$tmp/de.wav" "$tmp/high.wav" "$tmp/gap.wav" "$tmp/low.wav"; sox "$tmp/de.wav" drive-end.wav vol 0.7
ls -l ./*.wav
