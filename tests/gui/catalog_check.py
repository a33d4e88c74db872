"""Every string the GUI tests make the app show is in the translation catalog.

A session fixture puts a recording translator in front of the app's for the whole GUI run:
it answers nothing (the app shows English as before) and notes each (context, source) Qt
asks for. At the end of the session every string of ours must be in
``resources/translations/loyaltydesk_es.ts`` under one of the contexts it was asked in (a
widget's ``self.tr`` asks its class, then each base class in turn). Qt's own words (contexts
``Q...`` only) are Qt's business. A string built at run time (an f-string in ``tr``, data
passed to ``tr``) is never in the catalog and fails here.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

CATALOG = Path(__file__).resolve().parents[2] / "resources" / "translations" / "loyaltydesk_es.ts"
_QT_CLASS = re.compile(r"^Q[A-Z]")


class RecordingTranslator(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def translate(self, context, source, disambiguation=None, n=-1):
        with self._lock:
            self.asked.append((context or "", source or ""))
        return None

    def isEmpty(self) -> bool:
        return False


def catalog_entries(path: Path = CATALOG) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def missing_from_catalog(
    asked: list[tuple[str, str]], catalog: set[tuple[str, str]]
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
    recorder = RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    yield
    QCoreApplication.removeTranslator(recorder)
    missing = missing_from_catalog(recorder.asked, catalog_entries())
    assert not missing, (
        "strings shown in the GUI tests but missing from the translation catalog "
        f"(run installer/update_translations.py, or give them a real context): {missing[:15]}"
    )
