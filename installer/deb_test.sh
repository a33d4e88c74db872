#!/usr/bin/env bash
# Install the .deb on this machine, test the installed app, remove it, check the data stayed.
# Debian/Ubuntu, as root (it installs and removes a package: use a test machine or container).
#
#   sudo installer/deb_test.sh [installer/dist/loyaltydesk_<version>_<arch>.deb]
#
# 1. Installs the packages in its Depends (apt-get), then the .deb itself with dpkg -i.
# 2. Checks the files: /usr/bin/loyaltydesk on the PATH, the menu entry, the icons, and that
#    no library of /opt/loyaltydesk is left unresolved (ldd).
# 3. `loyaltydesk --self-test`, then installer/smoke_test.sh on the installed binary.
# 4. With Xvfb installed: starts the app on a real X server (Qt's xcb plugin and the
#    libraries the package depends on) until its sign-in window has painted.
# 5. Makes a shop in a throwaway home, `dpkg -r`, and checks the program is gone and the
#    shop's database is still there.
# Exit status: the number of failed checks.
set -uo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
DEB="${1:-$(ls -t "$HERE"/dist/loyaltydesk_*.deb 2>/dev/null | head -1)}"
[ -f "$DEB" ] || { echo "deb_test.sh: no .deb (run installer/make_deb.sh)" >&2; exit 100; }
[ "$(id -u)" = 0 ] || { echo "deb_test.sh: run as root (it installs a package)" >&2; exit 100; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/loyaltydesk-deb.XXXXXX")"
XVFB_PID=""
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT
failed=0
pass() { printf 'PASS  %s\n' "$1"; }
fail() {
  printf 'FAIL  %s\n' "$1"
  [ -n "${2:-}" ] && printf '%s\n' "$2" | tail -15 | sed 's/^/      | /'
  failed=$((failed + 1))
}

echo "package: $DEB ($(du -m "$DEB" | cut -f1) MB)"
depends="$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g' | grep -v '^$')"
# shellcheck disable=SC2086
if out="$(DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $depends 2>&1)"; then
  pass "Depends installed with apt-get ($(wc -w <<<"$depends") packages)"
else
  fail "apt-get install of the Depends" "$out"
fi
if out="$(dpkg -i "$DEB" 2>&1)"; then pass "dpkg -i"; else fail "dpkg -i" "$out"; exit "$failed"; fi

# 2. Files.
[ "$(command -v loyaltydesk)" = /usr/bin/loyaltydesk ] && pass "loyaltydesk on the PATH: $(readlink /usr/bin/loyaltydesk)" \
  || fail "loyaltydesk is not /usr/bin/loyaltydesk on the PATH"
for f in /usr/share/applications/loyaltydesk.desktop /usr/share/icons/hicolor/256x256/apps/loyaltydesk.png \
         /usr/share/icons/hicolor/scalable/apps/loyaltydesk.svg /usr/share/doc/loyaltydesk/README.Debian; do
  [ -s "$f" ] || fail "missing $f"
done
if command -v desktop-file-validate >/dev/null; then
  out="$(desktop-file-validate /usr/share/applications/loyaltydesk.desktop 2>&1)" \
    && pass "menu entry valid (desktop-file-validate)" || fail "desktop-file-validate" "$out"
else
  grep -q '^Exec=loyaltydesk$' /usr/share/applications/loyaltydesk.desktop && pass "menu entry runs loyaltydesk" \
    || fail "menu entry"
fi
missing="$(find /opt/loyaltydesk -type f -name '*.so*' -print0 \
  | xargs -0 -n 50 env LD_LIBRARY_PATH=/opt/loyaltydesk/_internal ldd 2>/dev/null | grep 'not found' | sort -u)"
[ -z "$missing" ] && pass "every library in /opt/loyaltydesk resolves (ldd)" || fail "unresolved libraries" "$missing"

# 3. The self-test and the smoke test, on the installed copy.
export HOME="$TMP/home"
mkdir -p "$HOME"
if out="$(env -u DISPLAY -u QT_QPA_PLATFORM loyaltydesk --self-test 2>&1)" && [ "$(tail -1 <<<"$out")" = OK ]; then
  pass "loyaltydesk --self-test"; printf '%s\n' "$out" | sed 's/^/      /'
else
  fail "loyaltydesk --self-test" "$out"
fi
if out="$("$HERE/smoke_test.sh" /usr/bin/loyaltydesk 2>&1)"; then
  pass "smoke_test.sh on /usr/bin/loyaltydesk ($(grep -c '^PASS' <<<"$out") checks)"
else
  fail "smoke_test.sh on /usr/bin/loyaltydesk" "$(grep -E '^FAIL|\|' <<<"$out")"
fi

# 4. A real X server: Qt's xcb plugin with the libraries from Depends.
if command -v Xvfb >/dev/null; then
  Xvfb :87 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 1 50); do [ -e /tmp/.X11-unix/X87 ] && break; sleep 0.1; done
  start=$(date +%s.%N)
  out="$(env -u QT_QPA_PLATFORM DISPLAY=:87 LOYALTYDESK_QUIT_WHEN_SHOWN=1 LOYALTYDESK_HOME="$TMP/x11" \
         timeout 60 loyaltydesk 2>&1)"
  shown="$(sed -n 's/^window shown at //p' <<<"$out")"
  [ -n "$shown" ] && pass "X11 (Xvfb): sign-in window painted $(awk -v a="$start" -v b="$shown" 'BEGIN{printf "%.2f", b-a}') s after start" \
    || fail "X11 (Xvfb): no window" "$out"
  kill "$XVFB_PID" 2>/dev/null; wait "$XVFB_PID" 2>/dev/null; XVFB_PID=""
else
  echo "SKIP  X11 start (install xvfb to test Qt's xcb plugin)"
fi

# 5. Remove: the program goes, the shop's data stays.
unset LOYALTYDESK_HOME
loyaltydesk demo --json >/dev/null 2>&1
db="$HOME/.local/share/loyaltydesk/loyaltydesk.db"
[ -s "$db" ] && pass "a shop in the user's data folder: ${db#"$TMP"/}" || fail "no shop made at $db"
if out="$(dpkg -r loyaltydesk 2>&1)"; then pass "dpkg -r"; else fail "dpkg -r" "$out"; fi
[ ! -e /opt/loyaltydesk ] && [ ! -e /usr/bin/loyaltydesk ] && [ ! -e /usr/share/applications/loyaltydesk.desktop ] \
  && pass "program, command and menu entry removed" || fail "files left after dpkg -r" "$(ls -d /opt/loyaltydesk /usr/bin/loyaltydesk 2>&1)"
[ -s "$db" ] && pass "the shop's database is still there after removal" || fail "the shop's database was removed"

echo
[ "$failed" -eq 0 ] && echo "deb test: all checks passed" || echo "deb test: $failed check(s) FAILED"
exit "$failed"
