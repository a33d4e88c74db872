#!/usr/bin/env bash
# macOS: sign LoyaltyDesk.app (from build.sh), put it in a .dmg, sign, notarise and staple it.
# Run on a Mac with Xcode's command line tools; it cannot run on Linux.
#
#   installer/macos/make_dmg.sh                      # unsigned .dmg, for testing on this Mac
#   SIGN_IDENTITY="Developer ID Application: Shop Software Ltd (TEAMID1234)" \
#   NOTARY_PROFILE=loyaltydesk-notary installer/macos/make_dmg.sh
#
# NOTARY_PROFILE is a keychain profile made once with
#   xcrun notarytool store-credentials loyaltydesk-notary --apple-id ... --team-id ... --password ...
# Output: installer/dist/LoyaltyDesk-<version>.dmg (the app and a link to /Applications).
#
# Kept in step with loyaltydesk.spec: BUNDLE() makes dist/LoyaltyDesk.app with
# NSCameraUsageDescription; the camera entitlement is in entitlements.plist. The shop's data
# lives in ~/Library/Application Support/loyaltydesk, outside the app: moving the app to the
# Trash keeps every shop.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
DIST="$(cd "$HERE/../dist" && pwd)"
APP="$DIST/LoyaltyDesk.app"
die() { printf 'make_dmg.sh: error: %s\n' "$*" >&2; exit 1; }
[ "$(uname)" = Darwin ] || die "macOS only (hdiutil, codesign, notarytool)"
[ -d "$APP" ] || die "no $APP (run installer/build.sh on this Mac first)"

version="$("$APP/Contents/MacOS/loyaltydesk" --version | awk '{print $2}')"
dmg="$DIST/LoyaltyDesk-$version.dmg"

if [ -n "${SIGN_IDENTITY:-}" ]; then
  # Inside out: every library and the executables, then the bundle, with the hardened runtime
  # (required for notarisation) and a secure timestamp.
  find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime --sign "$SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" \
    --sign "$SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "SIGN_IDENTITY not set: building an unsigned .dmg (Gatekeeper will block it elsewhere)"
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "LoyaltyDesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$SIGN_IDENTITY" "$dmg"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  else
    echo "NOTARY_PROFILE not set: signed but not notarised (Gatekeeper warns on other Macs)"
  fi
fi
echo "dmg: $dmg ($(du -m "$dmg" | cut -f1) MB)"
