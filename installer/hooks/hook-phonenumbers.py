# Replaces pyinstaller-hooks-contrib's hook, which bundles every phonenumbers submodule
# (~20 MB of geocoder, carrier and time-zone data). The app only parses, validates and
# formats numbers: that needs the per-region metadata, which phonenumbers imports by name.
# If the app ever imports phonenumbers.geocoder/carrier/timezone, their data packages are
# found by the normal import analysis.
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = [
    *collect_submodules("phonenumbers.data"),
    *collect_submodules("phonenumbers.shortdata"),
]
