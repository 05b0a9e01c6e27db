# Sourced helper: a private X display with a tray host, for the CDS run, check-deb.sh and bench/footprint.sh.
#   start_x_session [FIRST_DISPLAY]   picks the first free display from FIRST_DISPLAY on (default 130), starts
#                                     Xvfb -noreset and trayer, exports DISPLAY; stop_x_session ends both.
# -noreset keeps the X server (and its idle counter) alive while clients come and go.

# Running, and not a zombie left by an Xvfb that lost the race for its display number.
x_session_running() {
  local state
  state="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1 || true)"
  [ -n "$state" ] && [ "$state" != Z ]
}

start_x_session() {
  local display="${1:-130}" i
  # Two sessions starting at once may pick the same number: the loser's Xvfb exits and it tries the next one.
  for _ in 1 2 3 4 5; do
    while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
    Xvfb ":$display" -screen 0 1280x800x24 -noreset -nolisten tcp >/dev/null 2>&1 &
    X_SESSION_XVFB=$!
    export DISPLAY=":$display"
    for i in $(seq 100); do
      x_session_running "$X_SESSION_XVFB" || break
      xdpyinfo >/dev/null 2>&1 && break
      sleep 0.1
    done
    x_session_running "$X_SESSION_XVFB" && xdpyinfo >/dev/null 2>&1 && break
    display=$((display + 1))
  done
  xdpyinfo >/dev/null 2>&1 || { echo "Xvfb did not start on $DISPLAY" >&2; return 1; }
  trayer --edge top --align right --widthtype request --height 24 --SetDockType true >/dev/null 2>&1 &
  X_SESSION_TRAYER=$!
  # The tray selection owner must exist before the app looks for it.
  for i in $(seq 50); do
    xwininfo -root -tree 2>/dev/null | grep -q '"panel": ("panel" "trayer")' && break
    sleep 0.1
  done
}

stop_x_session() {
  kill ${X_SESSION_TRAYER:-} ${X_SESSION_XVFB:-} 2>/dev/null || true
  wait ${X_SESSION_TRAYER:-} ${X_SESSION_XVFB:-} 2>/dev/null || true
}

# The window of the first icon docked in trayer (trayer keeps a socket window per icon, the icon inside it).
x_tray_icon() {
  local panel socket icon
  panel="$(xwininfo -root -children | awk '/"panel" "trayer"/ {print $1; exit}')"
  [ -n "$panel" ] || return 0
  for socket in $(xwininfo -children -id "$panel" | sed -n '/child/,$p' | grep -o '^ *0x[0-9a-f]*'); do
    icon="$(xwininfo -children -id "$socket" | sed -n '/child/,$p' | grep -o '^ *0x[0-9a-f]*' | head -n1)"
    [ -n "$icon" ] && { echo $icon; return 0; }
  done
  return 0 # none docked yet: an empty answer, not a failure (callers run under set -e)
}

# Clicks the middle of window $1 with mouse button $2 (1 left, 3 right).
x_click() {
  local geometry
  geometry="$(xwininfo -id "$1" | awk -F: '/Absolute upper-left X/ {x=$2} /Absolute upper-left Y/ {y=$2}
    /Width/ {w=$2} /Height/ {h=$2} END {printf "%d %d", x + w / 2, y + h / 2}')"
  # shellcheck disable=SC2086
  xdotool mousemove --sync $geometry click "$2"
}

# GTK's pop-up menus on screen: mapped override-redirect windows larger than a tooltip, named as GTK names the
# program ("java", "Unknot"), not as AWT names Unknot's own Swing pop-ups ("win0", "win1"...).
x_open_menus() {
  local window info count=0
  for window in $(xwininfo -root -children | sed -n '/child/,$p' | grep -o '^ *0x[0-9a-f]*'); do
    info="$(xwininfo -id "$window" 2>/dev/null)" || continue
    grep -q 'Map State: IsViewable' <<<"$info" && grep -q 'Override Redirect State: yes' <<<"$info" \
      && ! grep -q '"win[0-9]*"' <<<"$info" || continue
    [ "$(awk '/Width/ {print $2}' <<<"$info")" -ge 80 ] && [ "$(awk '/Height/ {print $2}' <<<"$info")" -ge 80 ] \
      && count=$((count + 1))
  done
  echo $count
}
