"""Refresh the translation catalogs from the code and compile them for the app.

    .venv/bin/python installer/update_translations.py

``pyside6-lupdate`` reads every ``self.tr``, ``Context.tr`` (``ui/translation.py``),
``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP`` in ``loyaltydesk/`` into
``resources/translations/loyaltydesk_<language>.ts`` (obsolete entries dropped, finished
translations kept); ``pyside6-lrelease`` compiles each into the ``.qm`` file the app loads and
the wheel and the installer bundle ship.

English is the source language, so its catalog (``loyaltydesk_en.ts``) holds only the plural
("numerus") entries: a count is one source string, ``self.tr("%Ln customer(s)", "", n)``, and
English needs its own two forms ("%Ln customer" / "%Ln customers") as every other language
needs its own. The app installs it under every language, so a count a catalog lacks still
reads as English, never as "customer(s)". Translators edit the ``.ts`` files (Qt Linguist:
``pyside6-linguist``); run this again afterwards. ``tests/unit/test_translation_catalog.py``
fails when the catalogs or the compiled files are behind the code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"
"""Its catalog holds the plural forms only (``lupdate -pluralonly``)."""
LANGUAGES = (SOURCE_LANGUAGE, "es", "ms", "id", "zh_CN")


def tool(name: str) -> str:
    """A Qt tool installed beside this Python (the venv's ``bin`` or ``Scripts``)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "loyaltydesk").rglob("*.py"))


def catalog(language: str, folder: Path = CATALOGS) -> Path:
    return folder / f"loyaltydesk_{language}.ts"


def update_catalogs(folder: Path = CATALOGS) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    listing = folder / "sources.lst"
    listing.write_text("\n".join(sources()) + "\n", encoding="utf-8")
    try:
        for language in LANGUAGES:
            command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                       "-source-language", "en", "-target-language", language, "-extensions",
                       "py", f"@{listing}", "-ts", str(catalog(language, folder))]  # fmt: skip
            if language == SOURCE_LANGUAGE:
                command.insert(1, "-pluralonly")
            subprocess.run(command, cwd=ROOT, check=True)
    finally:
        listing.unlink()


def compile_catalogs(folder: Path = CATALOGS, into: Path = CATALOGS) -> list[Path]:
    compiled = []
    for language in LANGUAGES:
        qm = into / f"loyaltydesk_{language}.qm"
        command = [tool("pyside6-lrelease"), "-silent", "-removeidentical",
                   str(catalog(language, folder)), "-qm", str(qm)]  # fmt: skip
        subprocess.run(command, cwd=ROOT, check=True)
        compiled.append(qm)
    return compiled


def main() -> None:
    update_catalogs()
    for qm in compile_catalogs():
        print(qm.relative_to(ROOT))


if __name__ == "__main__":
    main()
