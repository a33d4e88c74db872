"""Room for languages longer than English: a pseudo-translation that makes every string 40 %
longer, and a right-to-left layout, on the counter and every owner page at 1366x768."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from loyaltydesk.bootstrap import open_services
from loyaltydesk.config import resolve_config
from loyaltydesk.services.backups import BackupService
from loyaltydesk.services.context import utc_now
from loyaltydesk.services.demo import OWNER_PIN, SimulatedClock, build_demo_shop
from loyaltydesk.ui.first_start.demo_words import demo_words
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.owner.registry import owner_pages
from tests.gui.helpers import look_up, open_window, press, screenshot, settle, sign_in, type_text
from tests.gui.layout_checks import cut_widgets

_KEEP = re.compile(r"%\d+|%L?n|&\w|<[^>]+>|\{\w+\}")
_QT_CONTEXT = re.compile(r"^Q[A-Z]")


def longer(text: str) -> str:
    """``text`` 40 % longer, accented, with its placeholders and accelerators intact."""
    words = sum(len(part) for part in _KEEP.split(text))
    if words < 2:
        return text
    accented = _KEEP.sub(lambda m: m.group(0).replace("a", "\0"), text)
    accented = accented.translate(str.maketrans("aeiouAEIOU", "àéîõüÀÉÎÕÜ")).replace("\0", "a")
    return accented + "·" * math.ceil(words * 0.4)


class PseudoTranslator(QTranslator):
    """Every string longer; a count's sentence first takes its English plural form."""

    def __init__(self) -> None:
        super().__init__()
        self.english = QTranslator(self)
        catalogs = files("loyaltydesk.resources").joinpath("translations")
        assert self.english.load("loyaltydesk_en", str(catalogs))

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or _QT_CONTEXT.match(context or ""):
            return None
        if n >= 0:
            source = self.english.translate(context, source, disambiguation, n) or source
        return longer(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(autouse=True)
def _no_daily_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BackupService, "run_daily_backup_if_due", lambda *_a, **_k: None)


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _every_screen(qtbot, qapp, tmp_path: Path, name: str) -> list[str]:
    """Counter with a customer, then every owner page: screenshots and what is cut."""
    config = resolve_config(home=str(tmp_path), demo=True)
    clock = SimulatedClock(utc_now())
    services = open_services(config, durable=False, clock=clock)
    build_demo_shop(services, clock, customers=12, words=demo_words())  # in the language
    services = open_services(config)
    window: MainWindow = open_window(
        qtbot, qapp, services, Path(config.db_url.removeprefix("sqlite:///")), tmp_path
    )
    sign_in(qtbot, window, OWNER_PIN)
    look_up(qtbot, window, "+60123456789")
    type_text(qtbot, window.counter.actions.amount, "12.50")
    screenshot(window, f"{name}-counter")
    cuts = [f"counter: {cut}" for cut in cut_widgets(window)]
    press(qtbot, window.counter.scan, Qt.Key.Key_Escape)
    press(qtbot, None, Qt.Key.Key_F10)
    assert window.owner_area is not None
    for key, _title, _factory in owner_pages():
        window.owner_area.show_page(key)
        settle(qtbot, window)
        screenshot(window, f"{name}-owner-{key}")
        cuts += [f"{key}: {cut}" for cut in cut_widgets(window)]
    return cuts


def test_longer_words_are_never_cut(qtbot, qapp, tmp_path, pseudo) -> None:
    cuts = _every_screen(qtbot, qapp, tmp_path, "pseudo-long")
    assert not cuts, "\n".join(cuts)


def test_right_to_left_layouts_hold(qtbot, qapp, tmp_path, right_to_left) -> None:
    cuts = _every_screen(qtbot, qapp, tmp_path, "right-to-left")
    assert not cuts, "\n".join(cuts)


def test_the_pseudo_translation_keeps_what_the_code_fills_in() -> None:
    assert longer("Not enough points: %1 of %2.").startswith("Nõt énõügh põînts: %1 õf %2.")
    assert longer("&Save") == "&Sàvé··"
    assert longer("%1") == "%1"
