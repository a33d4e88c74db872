#!/usr/bin/env bash
# Smoke test of a built loyaltydesk (Linux; macOS with the .app's inner binary as argument).
#
#   installer/smoke_test.sh [BINARY]     default: installer/dist/loyaltydesk/loyaltydesk
#   KEEP=1 installer/smoke_test.sh       keep the temporary data folder for a look
#
# Runs real commands against a throwaway LOYALTYDESK_HOME, then the GUI offscreen. Needs a
# Python with qrcode, numpy and cv2 to draw a test QR (the dev venv by default; PYTHON=...).
# Exit status: the number of failed checks (0 = all passed).
set -uo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
BIN="${1:-$HERE/dist/loyaltydesk/loyaltydesk}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$HERE/build/venv/bin/python"  # the build venv has qrcode/numpy/cv2 too
[ -x "$BIN" ] || { echo "smoke_test.sh: no binary at $BIN (run installer/build.sh)" >&2; exit 100; }
[ -x "$PY" ] || { echo "smoke_test.sh: no Python with qrcode+cv2 (set PYTHON=...)" >&2; exit 100; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/loyaltydesk-smoke.XXXXXX")"
GUI_PID=""
cleanup() {
  [ -n "$GUI_PID" ] && kill "$GUI_PID" 2>/dev/null
  if [ "${KEEP:-0}" = 1 ]; then echo "kept: $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
export LOYALTYDESK_HOME="$TMP/home" QT_QPA_PLATFORM=offscreen
unset LOYALTYDESK_DB LOYALTYDESK_PIN LOYALTYDESK_TILL
LOG="$LOYALTYDESK_HOME/logs/loyaltydesk.log"

failed=0
pass() { printf 'PASS  %s\n' "$1"; }
fail() {
  printf 'FAIL  %s\n' "$1"
  [ -n "${2:-}" ] && printf '%s\n' "$2" | tail -15 | sed 's/^/      | /'
  failed=$((failed + 1))
}
# run NAME ARGS... : run the binary, keep stdout in $OUT, fail on a non-zero exit.
run() {
  local name="$1"; shift
  local status=0
  OUT="$("$BIN" "$@" 2>"$TMP/stderr")" || status=$?
  [ "$status" -eq 0 ] && return 0
  fail "$name (exit $status)" "$OUT"$'\n'"$(cat "$TMP/stderr")"; return 1
}
# json_check NAME PYTHON_EXPRESSION : evaluate the expression on the parsed JSON in $OUT as `d`.
json_check() {
  if printf '%s' "$OUT" | "$PY" -c "import json,sys; d=json.load(sys.stdin); sys.exit(0 if ($2) else 1)" 2>/dev/null
  then pass "$1"; else fail "$1" "$OUT"; fi
}

echo "binary: $BIN"
echo "data:   $LOYALTYDESK_HOME"

# 1. It starts at all.
run "--version" --version && { [[ "$OUT" == "loyaltydesk "* ]] && pass "--version: $OUT" || fail "--version" "$OUT"; }

# 1b. The built-in self-test: migrations, a check-in and its replay, the camera stack, a voucher
#     PDF read back, the main window offscreen. It runs without a display (DISPLAY unset).
OUT="$(env -u DISPLAY "$BIN" --self-test 2>"$TMP/stderr")"; status=$?
if [ "$status" -eq 0 ] && [ "$(printf '%s' "$OUT" | tail -1)" = OK ]; then
  pass "--self-test: $(printf '%s' "$OUT" | grep -c ' ok ') steps ok"
else
  fail "--self-test (exit $status)" "$OUT"$'\n'"$(cat "$TMP/stderr")"
fi

# 2. demo: creates the database (Alembic migrations bundled as files) and the demo shop.
run "demo" demo --json && json_check "demo: $(printf '%s' "$OUT" | grep -o '"customers": [0-9]*')" \
  'd["customers"] > 0 and d["demo_customer"]["short_code"] == "A1B2C3"'

# 3. lookup, and 4. a check-in (phonenumbers metadata, SQLAlchemy, the points rules).
run "lookup" lookup A1B2C3 --json && json_check "lookup A1B2C3 -> Demo Customer" 'd["name"] == "Demo Customer"'
MEMBER_ID="$(printf '%s' "$OUT" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["customer_id"].replace("-","").upper())' 2>/dev/null)"
run "checkin" checkin A1B2C3 --amount 12.50 --pin 0000 --json \
  && json_check "checkin 12.50 -> $(printf '%s' "$OUT" | grep -o '"points": [0-9]*')" \
     'd["kind"] == "CHECK_IN" and d["amount"] == "12.50" and d["points"] > 0'

# 5. decode: a member-card QR drawn here with qrcode+numpy, written by cv2 (no Pillow).
PAYLOAD="LD1:M:${MEMBER_ID:-00000000000000000000000000000000}"
if "$PY" - "$PAYLOAD" "$TMP/card.png" <<'PYEOF'
import sys, cv2, numpy as np, qrcode
qr = qrcode.QRCode(border=4)
qr.add_data(sys.argv[1])
qr.make(fit=True)
modules = np.array(qr.get_matrix(), dtype=bool)                   # True = dark, border included
image = np.kron(np.where(modules, 0, 255).astype(np.uint8), np.ones((8, 8), np.uint8))
sys.exit(0 if cv2.imwrite(sys.argv[2], image) else 1)
PYEOF
then
  run "decode" decode "$TMP/card.png" --json \
    && json_check "decode card.png -> $PAYLOAD" "d[0]['codes'][0]['text'] == '$PAYLOAD'"
else
  fail "decode: could not draw the test QR with $PY"
fi

# 6. vouchers: a batch, then its QR sheet as a PDF (Qt's PDF writer, offscreen platform).
run "vouchers create" vouchers create --name Smoke --type FIXED --value 5 --quantity 6 \
    --until 2030-12-31 --pin 1234 --json \
  && BATCH="$(printf '%s' "$OUT" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["batch_id"])')" \
  && pass "vouchers create -> batch $BATCH" \
  && run "vouchers pdf" vouchers pdf "$BATCH" "$TMP/vouchers.pdf" --page A4 --json \
  && if [ "$(head -c 5 "$TMP/vouchers.pdf" 2>/dev/null)" != "%PDF-" ]; then
       fail "vouchers pdf: not a PDF" "$(ls -l "$TMP/vouchers.pdf" 2>&1)"
     elif command -v pdfinfo >/dev/null; then
       pages="$(pdfinfo "$TMP/vouchers.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')"
       [ "${pages:-0}" -ge 1 ] && pass "vouchers pdf: $pages page(s), $(wc -c <"$TMP/vouchers.pdf") bytes" \
         || fail "vouchers pdf: pdfinfo cannot read it"
     else pass "vouchers pdf: %PDF header, $(wc -c <"$TMP/vouchers.pdf") bytes (no pdfinfo)"; fi

# 7. The PostgreSQL driver is bundled: a refused connection must be a clean "store unavailable"
#    (exit 1), not "no module named psycopg" (a traceback). Its own --home: the refusal is
#    logged as an ERROR, which must not count against the GUI's log below.
OUT="$("$BIN" lookup A1B2C3 --json --home "$TMP/pg" --db "postgresql+psycopg://smoke@127.0.0.1:9/none" 2>&1)"
[[ "$OUT" == *STORE_UNAVAILABLE* ]] && pass "postgresql+psycopg URL -> driver loads, clean refusal" \
  || fail "postgresql+psycopg driver" "$OUT"

# 7b. Start-up time: the sign-in window painted (offscreen), on the demo shop made above.
start=$(date +%s.%N)
shown="$(LOYALTYDESK_QUIT_WHEN_SHOWN=1 timeout 60 "$BIN" 2>&1 | sed -n 's/^window shown at //p')"
if [ -n "$shown" ]; then
  pass "GUI start: sign-in window painted $(awk -v a="$start" -v b="$shown" 'BEGIN{printf "%.2f", b-a}') s after the command"
else
  fail "GUI start: the window never painted (LOYALTYDESK_QUIT_WHEN_SHOWN)"
fi

# 8. The GUI on the demo shop, offscreen: it must build the demo, show the window and keep
#    running; housekeeping logs "expiry sweep" 5 s after the window is up, proof the event loop
#    and the worker threads ran. Then it is stopped.
"$BIN" --demo >"$TMP/gui.out" 2>&1 &
GUI_PID=$!
for _ in $(seq 1 180); do
  grep -q "expiry sweep" "$LOG" 2>/dev/null && break
  kill -0 "$GUI_PID" 2>/dev/null || break
  sleep 1
done
sleep 1
if kill -0 "$GUI_PID" 2>/dev/null; then
  grep -q "expiry sweep" "$LOG" && pass "GUI --demo: window up, event loop ran 5 s (expiry sweep logged)" \
    || fail "GUI --demo: still running but no expiry sweep after 180 s" "$(cat "$TMP/gui.out")"
  kill "$GUI_PID"; wait "$GUI_PID" 2>/dev/null; GUI_PID=""
else
  wait "$GUI_PID"; fail "GUI --demo: exited early (status $?)" "$(tail -20 "$TMP/gui.out")"; GUI_PID=""
fi
if grep -qE "Traceback|CRITICAL| ERROR " "$LOG" "$TMP/gui.out"; then
  fail "log: errors or tracebacks" "$(grep -nE -A3 "Traceback|CRITICAL| ERROR " "$LOG" "$TMP/gui.out" | head -40)"
else
  pass "log: no traceback or error ($(wc -l <"$LOG") lines in logs/loyaltydesk.log)"
fi

# 9. Nothing was written into the bundle (it may be installed read-only).
written="$(find "$(dirname "$BIN")" -newer "$TMP/card.png" -print 2>/dev/null | head -5)"
[ -z "$written" ] && pass "bundle untouched (no __pycache__ next to the migrations)" \
  || fail "files written into the bundle" "$written"

echo
[ "$failed" -eq 0 ] && echo "smoke test: all checks passed" || echo "smoke test: $failed check(s) FAILED"
exit "$failed"
