#!/usr/bin/env bash
# The CI check of the .rpm's own part, as root, on Debian's rpm tool (its own database, no dependency solving):
#   1. the package carries the scriptlets that put `unknot` on PATH and take it away again (build-deb.sh adds
#      them to jpackage's spec);
#   2. rpm -i runs them: /usr/bin/unknot links to the launcher and `unknot --version` answers from PATH;
#   3. rpm -e removes /opt/unknot and /usr/bin/unknot.
# Starting the app itself is check-deb.sh's part: both packages hold the same app image.
# Usage: installer/linux/check-rpm.sh   (after check-deb.sh, which builds both packages; env UNKNOT_OUT as there)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export UNKNOT_OUT="${UNKNOT_OUT:-$repo/target/installer}"

checks=0
pass() { checks=$((checks + 1)); echo "  ok: $*"; }
fail() { echo "check-rpm: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (rpm -i / rpm -e)"
command -v rpmbuild >/dev/null || apt-get install -y -q rpm >/dev/null 2>&1 || fail "no rpm tools (apt-get install rpm)"
[ -e /opt/unknot ] && fail "/opt/unknot exists: remove the installed Unknot first"
rpm_file="$(ls "$UNKNOT_OUT"/dist/unknot-*.rpm 2>/dev/null | head -n1 || true)"
if [ -z "$rpm_file" ]; then
  echo "== building the packages"
  bash "$here/build-deb.sh" >"$UNKNOT_OUT/build-rpm.log" 2>&1 || { tail -n 40 "$UNKNOT_OUT/build-rpm.log" >&2; fail "build-deb.sh failed"; }
  rpm_file="$(ls "$UNKNOT_OUT"/dist/unknot-*.rpm | head -n1)"
fi
echo "  $rpm_file: $(stat -c %s "$rpm_file") bytes"

echo "== scriptlets"
scripts="$(rpm -qp --scripts "$rpm_file" 2>/dev/null)"
grep -q 'ln -sf /opt/unknot/bin/Unknot /usr/bin/unknot' <<<"$scripts" || fail "%post does not link /usr/bin/unknot"
grep -q 'rm -f /usr/bin/unknot' <<<"$scripts" || fail "%preun does not remove /usr/bin/unknot"
pass "%post links and %preun removes /usr/bin/unknot"

echo "== rpm -i"
cleanup() { rpm -e unknot >/dev/null 2>&1 || true; }
trap cleanup EXIT
rpm -i --nodeps "$rpm_file" 2>"$UNKNOT_OUT/rpm-install.log" || { cat "$UNKNOT_OUT/rpm-install.log" >&2; fail "rpm -i failed"; }
[ "$(readlink /usr/bin/unknot)" = /opt/unknot/bin/Unknot ] || fail "/usr/bin/unknot is not a link to the launcher"
version="$(env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/tmp unknot --version 2>&1)" || fail "unknot --version: $version"
pass "/usr/bin/unknot -> /opt/unknot/bin/Unknot; unknot --version: $version"

echo "== rpm -e"
rpm -e unknot || fail "rpm -e failed"
trap - EXIT
[ -e /usr/bin/unknot ] || [ -L /usr/bin/unknot ] && fail "/usr/bin/unknot left behind"
[ -e /opt/unknot/bin/Unknot ] && fail "/opt/unknot left behind"
pass "rpm -e: the launcher and the unknot command are gone"

echo "check-rpm: OK, $checks checks"
