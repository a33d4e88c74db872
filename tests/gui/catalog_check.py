"""Every string the GUI tests make the app show is in the translation catalog.

A session fixture puts a recording translator in front of the app's for the whole GUI run:
it answers nothing (the app shows English as before) and notes each (context, source) Qt
asks for. At the end of the session every string of ours must be in
``resources/translations/loyaltydesk_es.ts`` under one of the contexts it was asked in (a
widget's ``self.tr`` asks its class, then each base class in turn). Qt's own words (contexts
``Q...`` only) are Qt's business. A string built at run time (an f-string in ``tr``, data
passed to ``tr``) is never in the catalog and fails here.

Counts are Qt's plural ("numerus") entries: ``self.tr("%Ln customer(s)", "", n)``. The app
shows them through the English catalog (``loyaltydesk_en.qm``, plural forms only), which the
session installs beneath the recorder as the app installs it under every language, so the GUI
tests read "1 customer" / "12 customers". A string asked with a count must be a numerus entry
of the catalog (and one asked without a count must not be), or Qt would never pick its forms.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

CATALOG = Path(__file__).resolve().parents[2] / "resources" / "translations" / "loyaltydesk_es.ts"
_QT_CLASS = re.compile(r"^Q[A-Z]")


class RecordingTranslator(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []
        self.counted: set[tuple[str, str]] = set()
        """The asks that came with a count (``n`` >= 0)."""
        self._lock = threading.Lock()

    def translate(self, context, source, disambiguation=None, n=-1):
        with self._lock:
            self.asked.append((context or "", source or ""))
            if n is not None and n >= 0:
                self.counted.add((context or "", source or ""))
        return None

    def isEmpty(self) -> bool:
        return False


def catalog_entries(path: Path = CATALOG) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether the entry is a numerus (plural) one."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return found


def miscounted(
    asked: list[tuple[str, str]],
    counted: set[tuple[str, str]],
    catalog: dict[tuple[str, str], bool],
) -> list[tuple[str, str]]:
    """The asks whose count does not match their catalog entry: asked with a count but filed
    as a plain string, or asked without one for a plural entry."""
    return sorted({ask for ask in asked if ask in catalog and (ask in counted) != catalog[ask]})


def english_plurals(parent: QCoreApplication) -> QTranslator:
    """The English catalog's plural forms, as ``install_language`` puts them in place."""
    translator = QTranslator(parent)
    folder = str(files("loyaltydesk.resources").joinpath("translations"))
    assert translator.load("loyaltydesk_en", folder), f"no loyaltydesk_en.qm in {folder}"
    return translator


def missing_from_catalog(
    asked: list[tuple[str, str]], catalog: dict[tuple[str, str], bool] | set[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The asks of ours with no catalog entry under any context of their chain."""
    missing, chain = [], []
    for context, source in [*asked, ("", "\0end")]:
        if chain and source != chain[0][1]:
            contexts = [c for c, _ in chain]
            ours = [c for c in contexts if not _QT_CLASS.match(c)]
            if ours and not any((c, chain[0][1]) in catalog for c in contexts):
                missing.append((ours[0], chain[0][1]))
            chain = []
        chain.append((context, source))
    return sorted(set(missing))


@pytest.fixture(scope="session", autouse=True)
def strings_shown_are_in_the_catalog(qapp) -> Iterator[None]:
    english = english_plurals(qapp)
    QCoreApplication.installTranslator(english)
    recorder = RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    yield
    QCoreApplication.removeTranslator(recorder)
    QCoreApplication.removeTranslator(english)
    catalog = catalog_entries()
    missing = missing_from_catalog(recorder.asked, catalog)
    assert not missing, (
        "strings shown in the GUI tests but missing from the translation catalog "
        f"(run installer/update_translations.py, or give them a real context): {missing[:15]}"
    )
    wrong = miscounted(recorder.asked, recorder.counted, catalog)
    assert not wrong, (
        "strings asked with a count that the catalog files as plain ones, or the other way "
        f"round (a count goes through tr(source, '', n) and nowhere else): {wrong[:15]}"
    )
