"""The import's header words and month names in every language, read from the catalogs.

The translation catalogs (``resources/translations/loyaltydesk_<language>.ts``, shipped as
package data) are Qt Linguist XML; this reads their ``ImportHeaders`` and ``ImportMonths``
contexts with the standard library, so the import service knows ``Teléfono`` and ``电话``
without Qt and without a list kept by hand (``domain.csv_headers`` declares the English words).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from loyaltydesk.domain.csv_headers import HEADERS, MONTHS, HeaderWords

_PREFIX = "loyaltydesk_"
_UNFINISHED = {"unfinished", "obsolete", "vanished"}


def catalog_folder() -> Path:
    """Where the installed app keeps its ``.ts`` catalogs."""
    return Path(str(files("loyaltydesk.resources").joinpath("translations")))


def header_words(folder: Path | None = None) -> HeaderWords:
    """English words plus every catalog's finished translations (cached per folder)."""
    return _words(folder or catalog_folder())


@lru_cache(maxsize=4)
def _words(folder: Path) -> HeaderWords:
    from xml.etree.ElementTree import ParseError  # read on the first import, not at start

    catalogs: dict[str, dict[tuple[str, str], str]] = {}
    for path in sorted(folder.glob(f"{_PREFIX}*.ts")) if folder.is_dir() else ():
        language = path.stem.removeprefix(_PREFIX)
        try:
            catalogs[language] = read_entries(path, {HEADERS, MONTHS})
        except (OSError, ParseError):
            continue  # a damaged catalog costs that language's words, not the import
    return HeaderWords.from_catalogs(catalogs)


def read_entries(path: Path, contexts: set[str]) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for the finished entries of ``contexts``."""
    from xml.etree import ElementTree

    entries: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _UNFINISHED:
                continue
            text = "".join(translation.itertext()).strip()
            if text:
                entries[(name, message.findtext("source") or "")] = text
    return entries
