#!/usr/bin/env bash
# Build loyaltydesk with PyInstaller (Linux and macOS). Output: installer/dist/loyaltydesk/
# (Linux) or installer/dist/LoyaltyDesk.app (macOS).
#
#   installer/build.sh            # reuse installer/build/venv when it is still good
#   installer/build.sh --clean    # start over: new venv, empty PyInstaller cache
#   installer/build.sh --resolve  # ignore installer/constraints.txt, resolve afresh, rewrite it
#   PYTHON=python3.12 installer/build.sh
#
# A release build installs exactly the versions in installer/constraints.txt (every dependency,
# PyInstaller and pip included). It ends by printing the bundle's path, size and those versions.
#
# Everything it writes stays under installer/build/ and installer/dist/: the package is built
# from a copy of the repo (a pip build from the repo root would leave build/ and *.egg-info
# there).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
BUILD="$HERE/build"
VENV="$BUILD/venv"
SRC="$BUILD/src"
PYTHON="${PYTHON:-python3}"
CONSTRAINTS="$HERE/constraints.txt"
# The version comes from constraints.txt; bump it there (or with --resolve) and rerun the tests.
PYINSTALLER_REQ="${PYINSTALLER_REQ:-pyinstaller}"

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'build.sh: error: %s\n' "$*" >&2; exit 1; }
trap 'die "failed at line $LINENO (see the output above)"' ERR

clean=()
resolve=0
for arg in "$@"; do
  case "$arg" in
    --clean) say "Removing $BUILD and $HERE/dist"; rm -rf "$BUILD" "$HERE/dist"; clean=(--clean) ;;
    --resolve) resolve=1 ;;
    *) die "unknown argument $arg (usage: build.sh [--clean] [--resolve])" ;;
  esac
done
pins=()
if [ "$resolve" = 0 ]; then
  [ -f "$CONSTRAINTS" ] || die "no ${CONSTRAINTS#"$ROOT"/} (run build.sh --resolve once to write it)"
  pins=(-c "$CONSTRAINTS")
fi

command -v "$PYTHON" >/dev/null || die "$PYTHON not found (set PYTHON=/path/to/python3.11+)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "$PYTHON is $("$PYTHON" -V 2>&1); loyaltydesk needs Python 3.11 or newer"
start=$(date +%s)

# 1. A throwaway venv, recreated when missing, broken or made by another Python version.
want="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
have="$("$VENV/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)"
if [ "$have" != "$want" ]; then
  say "Creating the build venv ($("$PYTHON" -V 2>&1)) in ${VENV#"$ROOT"/}"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade ${pins[@]+"${pins[@]}"} pip
else
  say "Reusing the build venv ($("$VENV/bin/python" -V))"
fi

# 2. A clean copy of what the package is built from (the working tree as it is now).
say "Copying the package sources to ${SRC#"$ROOT"/}"
rm -rf "$SRC"
mkdir -p "$SRC"
cp -R "$ROOT/pyproject.toml" "$ROOT/setup.py" "$ROOT/README.md" "$ROOT/loyaltydesk" "$ROOT/resources" "$SRC/"
find "$SRC" \( -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +

# 3. The app (not editable, with the PostgreSQL driver) and PyInstaller. --force-reinstall on
#    the app alone: same version number, new code.
say "Installing loyaltydesk[postgres] and $PYINSTALLER_REQ${pins[*]:+ (pinned by ${CONSTRAINTS#"$ROOT"/})}"
# The build backend is installed (and pinned) here too, not fetched by pip's build isolation.
"$VENV/bin/python" -m pip install --quiet ${pins[@]+"${pins[@]}"} "setuptools>=69" wheel
"$VENV/bin/python" -m pip install --quiet --no-build-isolation ${pins[@]+"${pins[@]}"} \
  "$SRC[postgres]" "$PYINSTALLER_REQ"
"$VENV/bin/python" -m pip install --quiet --no-build-isolation --no-deps --force-reinstall "$SRC"
"$VENV/bin/python" -m pip check
VERSIONS="$BUILD/versions.txt"
"$VENV/bin/python" -m pip freeze --all --exclude loyaltydesk >"$VERSIONS"
if [ "$resolve" = 1 ]; then
  others="$(grep ';' "$CONSTRAINTS" 2>/dev/null || true)"  # Windows/macOS-only pins: kept
  { echo "# Every package of a release build (installer/build.sh --resolve wrote this; $(date -u +%F))."
    echo "# Python $("$VENV/bin/python" -c 'import platform; print(platform.python_version())'), $(uname -sm)."
    cat "$VERSIONS"
    if [ -n "$others" ]; then
      echo "# Only on Windows or macOS (kept by --resolve; check them with a build there):"
      echo "$others"
    fi; } >"$CONSTRAINTS"
  say "Wrote ${CONSTRAINTS#"$ROOT"/}: review and commit it"
else
  # Everything installed must be pinned (pip installs unlisted packages without complaint).
  unpinned="$(comm -13 <(grep -v '^#' "$CONSTRAINTS" | sed 's/ *;.*//' | sort) <(sort "$VERSIONS"))"
  [ -z "$unpinned" ] || die "installed but not pinned in ${CONSTRAINTS#"$ROOT"/}: $unpinned"
fi

# 4. PyInstaller. Run from installer/build so the repo root is not on sys.path: the analysis
#    must see the installed package, not the checkout (the spec checks this too).
say "Running PyInstaller"
cd "$BUILD"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN ${clean[@]+"${clean[@]}"} \
  --distpath "$HERE/dist" --workpath "$BUILD/pyinstaller" "$HERE/loyaltydesk.spec"

if [ "$(uname)" = Darwin ]; then out="$HERE/dist/LoyaltyDesk.app"; exe="$out/Contents/MacOS/loyaltydesk"
else out="$HERE/dist/loyaltydesk"; exe="$out/loyaltydesk"; fi
[ -x "$exe" ] || die "PyInstaller finished but $exe is missing"
"$exe" --version >/dev/null || die "$exe --version failed"

say "Done in $(( $(date +%s) - start )) s"
echo "bundle:   $out"
echo "size:     $(du -sm "$out" | cut -f1) MB on disk, $(find "$out" -type f | wc -l) files"
echo "python:   $("$VENV/bin/python" -c 'import platform,sys; print(platform.python_version(), sys.executable)')"
echo "versions: (${VERSIONS#"$ROOT"/})"
sed 's/^/    /' "$VERSIONS"
echo "run: $exe --demo    check: $exe --self-test    test: installer/smoke_test.sh"
