#!/usr/bin/env bash
# Package the PyInstaller one-folder bundle (installer/dist/loyaltydesk/, from build.sh) as a
# Debian package: installer/dist/loyaltydesk_<version>_<arch>.deb
#
#   installer/make_deb.sh [BUNDLE_DIR]
#
# Layout: the bundle in /opt/loyaltydesk, /usr/bin/loyaltydesk -> /opt/loyaltydesk/loyaltydesk,
# a menu entry (.desktop) and the icon (SVG and 256 px PNG) under /usr/share. The shop's data
# is in each user's home (~/.local/share/loyaltydesk): the package holds none of it, so
# removing or purging the package keeps every shop.
#
# Depends is computed from the bundle itself: every library its ELF files load that is not
# inside the bundle (ldd), mapped to the Debian package that has it (dpkg -S), plus the
# libraries of Qt's X11 plugin that are missing on this build host (a fixed table below).
# Needs: dpkg-deb, dpkg, ldd (Debian/Ubuntu). Writes only under installer/build and dist.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
BUNDLE="$(cd "${1:-$HERE/dist/loyaltydesk}" && pwd)"
STAGE="$HERE/build/deb"
PKG=loyaltydesk

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'make_deb.sh: error: %s\n' "$*" >&2; exit 1; }
for tool in dpkg-deb dpkg ldd; do command -v "$tool" >/dev/null || die "$tool not found (Debian/Ubuntu only)"; done
[ -x "$BUNDLE/loyaltydesk" ] || die "no bundle at $BUNDLE (run installer/build.sh first)"

version="$("$BUNDLE/loyaltydesk" --version | awk '{print $2}')"
arch="$(dpkg --print-architecture)"
deb="$HERE/dist/${PKG}_${version}_${arch}.deb"

# Libraries Qt's platform plugins load that a minimal system may lack, and their packages.
# Used when ldd on this host cannot find one (then dpkg -S cannot name its package).
declare -A KNOWN=(
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-image.so.0]=libxcb-image0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-xkb.so.1]=libxcb-xkb1 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libxcb-randr.so.0]=libxcb-randr0 [libxcb-util.so.1]=libxcb-util1
  [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-sync.so.1]=libxcb-sync1
  [libxcb-shm.so.0]=libxcb-shm0 [libxcb-render.so.0]=libxcb-render0
  [libwayland-cursor.so.0]=libwayland-cursor0 [libwayland-egl.so.1]=libwayland-egl1
  [libwayland-client.so.0]=libwayland-client0
)
# Whatever ldd finds, the X11 plugin needs these at run time (some are dlopen()ed).
ALWAYS=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)

say "Staging $PKG $version ($arch) from ${BUNDLE#"$ROOT"/}"
rm -rf "$STAGE"
root="$STAGE/root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/icons/hicolor/256x256/apps" \
  "$root/usr/share/doc/$PKG"
cp -a "$BUNDLE" "$root/opt/$PKG"
ln -s "/opt/$PKG/loyaltydesk" "$root/usr/bin/loyaltydesk"
install -m 0644 "$HERE/linux/loyaltydesk.desktop" "$root/usr/share/applications/"
install -m 0644 "$HERE/linux/README.Debian" "$root/usr/share/doc/$PKG/"
install -m 0644 "$ROOT/resources/icons/loyaltydesk.svg" "$root/usr/share/icons/hicolor/scalable/apps/"
PY="${PYTHON:-$HERE/build/venv/bin/python}"  # has PySide6 with QtSvg
"$PY" "$HERE/make_icons.py" "$ROOT/resources/icons/loyaltydesk.svg" "$STAGE/icons" >/dev/null \
  || die "make_icons.py failed (set PYTHON= to a Python with PySide6)"
install -m 0644 "$STAGE/icons/loyaltydesk.png" "$root/usr/share/icons/hicolor/256x256/apps/"
chmod -R u=rwX,go=rX "$root/opt" "$root/usr"

say "Working out Depends from the bundle's libraries"
lib_dirs="$root/opt/$PKG/_internal"
deps=("${ALWAYS[@]}")
while IFS= read -r line; do
  name="${line%% =>*}"; name="${name//[[:space:]]/}"
  target="$(sed -n 's/.*=> \([^ ]*\).*/\1/p' <<<"$line")"
  if [ "$target" = not ]; then
    [ -n "${KNOWN[$name]:-}" ] || die "$name is needed by the bundle but not found, and not in KNOWN"
    deps+=("${KNOWN[$name]}")
  elif [[ "$target" == /* && "$target" != "$root"* ]]; then
    real="$(readlink -f "$target")"
    owner="$(dpkg -S "$real" 2>/dev/null || dpkg -S "/usr$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null || true)"
    [ -n "$owner" ] || die "no Debian package owns $real (needed by the bundle)"
    deps+=("${owner%%:*}")
  fi
done < <(find "$root/opt/$PKG" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
           | xargs -0 file -N --mime-type | awk -F': ' '$2 ~ /x-(sharedlib|executable|pie-executable)/ {print $1}' \
           | while read -r elf; do LD_LIBRARY_PATH="$lib_dirs" ldd "$elf" 2>/dev/null || true; done \
           | grep '=>' | sed 's/ (0x[0-9a-f]*)$//' | sort -u)  # one line a library
libc="$(dpkg-query -W -f='${Version}' libc6 | cut -d- -f1)"
depends="$(printf '%s\n' "${deps[@]}" | grep -v '^libc6$' | sort -u | paste -sd, | sed 's/,/, /g')"
depends="libc6 (>= $libc), $depends"
echo "Depends: $depends"

installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat >"$root/DEBIAN/control" <<EOF
Package: $PKG
Version: $version
Architecture: $arch
Maintainer: LoyaltyDesk <support@loyaltydesk.invalid>
Installed-Size: $installed_kb
Depends: $depends
Section: misc
Priority: optional
Description: loyalty counter for small shops
 Check-ins, points, rewards and vouchers at the shop counter, with a webcam or
 barcode scanner, offline first.
 .
 The program lives in /opt/loyaltydesk. Each user's shop data lives in
 ~/.local/share/loyaltydesk and is kept when the package is removed or purged.
EOF

say "Building ${deb#"$ROOT"/}"
mkdir -p "$(dirname "$deb")"
# xz: the smallest file and readable by every dpkg; it takes minutes on a slow machine.
# DEB_COMPRESS=zstd is much faster to build (dpkg >= 1.21.18: Debian 12, Ubuntu 22.04).
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-xz}" --build "$root" "$deb" >/dev/null
echo "package:   $deb"
echo "size:      $(du -m "$deb" | cut -f1) MB (.deb, ${DEB_COMPRESS:-xz}); installed $(( installed_kb / 1024 )) MB"
echo "install:   sudo apt install $deb      (or: sudo dpkg -i $deb after installing Depends)"
echo "test:      sudo installer/deb_test.sh $deb"
